using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>The manifest rules that need the VM: method offsets on instruction boundaries of the strict-parsed
/// script, and a stack-item form that serializes within the engine limits.</summary>
public sealed class VmManifestChecks(ExecutionEngineLimits limits) : IManifestVmChecks
{
    public static readonly VmManifestChecks Default = new(ExecutionEngineLimits.Default);

    public bool IsInstructionBoundary(ReadOnlyMemory<byte> script, int offset)
    {
        try
        {
            new Script(script, strict: true).GetInstruction(offset);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or BadScriptException)
        {
            return false;
        }
    }

    public bool FitsStackItemLimits(ContractManifest manifest)
    {
        try
        {
            BinarySerializer.Serialize(manifest.ToStackItem(), limits);
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NotSupportedException)
        {
            return false;
        }
    }
}
