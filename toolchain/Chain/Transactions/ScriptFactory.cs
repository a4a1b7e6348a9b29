using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Chain.Transactions;

/// <summary>
/// Invocation scripts exactly as Neo's ScriptBuilderExtensions emit them (reference §2.13): the arguments in reverse then
/// PUSH n, PACK (NEWARRAY0 for none), PUSH flags, PUSHDATA1 method, PUSHDATA1 hash (LE), SYSCALL System.Contract.Call.
/// A nested empty Array parameter is PUSH0 PACK and an empty Map NEWMAP, as neo's EmitPush(ContractParameter) does.
/// </summary>
public static class ScriptFactory
{
    public static byte[] DynamicCall(UInt160 hash, string method, params ContractParameter[] args) =>
        DynamicCall(hash, method, CallFlags.All, args);

    public static byte[] DynamicCall(UInt160 hash, string method, CallFlags flags, IReadOnlyList<ContractParameter> args)
    {
        var sb = new ScriptBuilder();
        EmitDynamicCall(sb, hash, method, flags, args);
        return sb.ToArray();
    }

    public static void EmitDynamicCall(ScriptBuilder sb, UInt160 hash, string method, CallFlags flags, IReadOnlyList<ContractParameter> args)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (args.Count == 0) sb.Emit(OpCode.NEWARRAY0);
        else
        {
            for (int i = args.Count - 1; i >= 0; i--) EmitPush(sb, args[i]);
            sb.EmitPush(args.Count).Emit(OpCode.PACK);
        }
        sb.EmitPush((long)flags).EmitPush(method).EmitPush(hash.AsSpan()).EmitSysCall(Syscalls.ContractCall.Hash);
    }

    public static void EmitPush(ScriptBuilder sb, ContractParameter parameter)
    {
        if (parameter.Value is null)
        {
            sb.Emit(OpCode.PUSHNULL);
            return;
        }
        switch (parameter.Type)
        {
            case ContractParameterType.Signature:
            case ContractParameterType.ByteArray: sb.EmitPush((byte[])parameter.Value); break;
            case ContractParameterType.Boolean: sb.EmitPush((bool)parameter.Value); break;
            case ContractParameterType.Integer: sb.EmitPush((System.Numerics.BigInteger)parameter.Value); break;
            case ContractParameterType.Hash160: sb.EmitPush(((UInt160)parameter.Value).AsSpan()); break;
            case ContractParameterType.Hash256: sb.EmitPush(((UInt256)parameter.Value).AsSpan()); break;
            case ContractParameterType.PublicKey: sb.EmitPush(((Runtime.Cryptography.ECPoint)parameter.Value).Encode(true)); break;
            case ContractParameterType.String: sb.EmitPush((string)parameter.Value); break;
            case ContractParameterType.Array:
                var items = (IReadOnlyList<ContractParameter>)parameter.Value;
                for (int i = items.Count - 1; i >= 0; i--) EmitPush(sb, items[i]);
                sb.EmitPush(items.Count).Emit(OpCode.PACK);
                break;
            case ContractParameterType.Map:
                var pairs = (IReadOnlyList<KeyValuePair<ContractParameter, ContractParameter>>)parameter.Value;
                if (pairs.Count == 0)
                {
                    sb.Emit(OpCode.NEWMAP);
                    break;
                }
                for (int i = pairs.Count - 1; i >= 0; i--)
                {
                    EmitPush(sb, pairs[i].Value);
                    EmitPush(sb, pairs[i].Key);
                }
                sb.EmitPush(pairs.Count).Emit(OpCode.PACKMAP);
                break;
            default:
                throw new ArgumentException($"Unsupported parameter type {parameter.Type}: it cannot be pushed onto the stack.");
        }
    }
}
