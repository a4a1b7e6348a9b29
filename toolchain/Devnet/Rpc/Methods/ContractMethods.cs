using System.Globalization;
using System.Text.Json;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>
/// neo-node RpcServer.SmartContract.cs: invokefunction and invokescript (test invocations answered as {script, state,
/// gasconsumed, exception, notifications, stack}), and the session methods, which answer -601 because sessions are off
/// (neo-node's default). An iterator on the result stack is still tagged {"interface":"IIterator","id"}, as neo-node does.
/// </summary>
public static class ContractMethods
{
    public static void Register(RpcDispatcher rpc, DevnetNode node)
    {
        var version = node.Settings.AddressVersion;
        rpc.Register("invokefunction", (p, w) =>
        {
            var hash = p.Hash160(0, "scriptHash");
            var operation = p.String(1, "operation");
            var args = p.Has(2) ? Arguments(p.Element(2)) : [];
            var (signers, witnesses) = p.Has(3) ? RpcSigners.Parse(p.Element(3), version) : (null, null);
            Invoke(node, ScriptFactory.DynamicCall(hash, operation, CallFlags.All, args), signers, witnesses, w);
        });
        rpc.Register("invokescript", (p, w) =>
        {
            var script = p.Base64(0, "script");
            var (signers, witnesses) = p.Has(1) ? RpcSigners.Parse(p.Element(1), version) : (null, null);
            Invoke(node, script, signers, witnesses, w);
        });
        rpc.Register("traverseiterator", (p, w) =>
        {
            Guid(p, 0, "sessionId");
            Guid(p, 1, "iteratorId");
            p.Integer(2, "count", int.MinValue, int.MaxValue);
            throw new RpcServerException(RpcError.SessionsDisabled);
        });
        rpc.Register("terminatesession", (p, w) =>
        {
            Guid(p, 0, "sessionId");
            throw new RpcServerException(RpcError.SessionsDisabled);
        });
        rpc.Register("getunclaimedgas", (p, w) =>
        {
            var account = p.Address(0, "address");
            var unclaimed = node.Read(s =>
            {
                var engine = new ApplicationEngine(TriggerType.Application, null, s, node.Settings);
                return NativeContracts.Neo.UnclaimedGas(engine, account, LedgerContract.CurrentIndex(s) + 1);
            });
            w.WriteStartObject();
            w.WriteString("unclaimed", unclaimed.ToString(CultureInfo.InvariantCulture));
            w.WriteString("address", Address.FromScriptHash(account, version));
            w.WriteEndObject();
        });
    }

    private static void Guid(RpcParams p, int index, string name)
    {
        var text = p.String(index, name);
        if (!System.Guid.TryParse(text, out _)) throw new RpcServerException(RpcError.InvalidParams.WithData($"Invalid Guid: {p.Element(index).GetRawText()}"));
    }

    private static ContractParameter[] Arguments(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array) throw new RpcServerException(RpcError.InvalidParams.WithData($"Invalid Addresses: {json.GetRawText()}"));
        var args = new List<ContractParameter>();
        int i = 0;
        foreach (var item in json.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new RpcServerException(RpcError.InvalidParams.WithData($"Invalid ContractParameter at [{i}]"));
            try
            {
                args.Add(ContractParameter.FromJson(item));
            }
            catch (FormatException ex)
            {
                throw new RpcServerException(RpcError.InvalidParams.WithData($"Invalid ContractParameter at [{i}]: {ex.Message}"));
            }
            i++;
        }
        return [.. args];
    }

    private static void Invoke(DevnetNode node, byte[] script, Signer[]? signers, Witness[]? witnesses, Utf8JsonWriter w) =>
        node.TestInvoke(script, signers, witnesses, engine =>
        {
            w.WriteStartObject();
            w.WriteString("script", Convert.ToBase64String(script));
            w.WriteString("state", engine.State.ToString());
            w.WriteString("gasconsumed", engine.FeeConsumed.ToString(CultureInfo.InvariantCulture));
            var exception = ApplicationLogJson.FaultMessage(engine.FaultException);
            if (exception is null) w.WriteNull("exception");
            else w.WriteString("exception", exception);
            w.WriteStartArray("notifications");
            foreach (var n in engine.Notifications)
            {
                w.WriteStartObject();
                w.WriteString("eventname", n.EventName);
                w.WriteString("contract", n.ScriptHash.ToString());
                w.WritePropertyName("state");
                StackItemJson.Write(w, n.State);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("stack");
            foreach (var item in engine.ResultStack) WriteResult(w, item);
            w.WriteEndArray();
            w.WriteEndObject();
            return 0;
        });

    private static void WriteResult(Utf8JsonWriter w, StackItem item)
    {
        string json;
        try
        {
            json = StackItemJson.ToJson(item);
        }
        catch (InvalidOperationException ex)
        {
            w.WriteStringValue("error: " + ex.Message);
            return;
        }
        if (item is InteropInterface { Object: IIterator })
        {
            w.WriteStartObject();
            w.WriteString("type", "InteropInterface");
            w.WriteString("interface", "IIterator");
            w.WriteString("id", System.Guid.NewGuid().ToString());
            w.WriteEndObject();
            return;
        }
        w.WriteRawValue(json);
    }
}
