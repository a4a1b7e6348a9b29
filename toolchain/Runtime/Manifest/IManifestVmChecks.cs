namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>
/// Extension point for the two manifest rules that need the VM: method offsets on instruction boundaries of the
/// strictly parsed script (neo Helper.Check) and the manifest's stack-item form fitting the VM limits
/// (ContractManifest.IsValid). The VM layer implements it; the Runtime models only call it.
/// </summary>
public interface IManifestVmChecks
{
    /// <summary>True when <paramref name="offset"/> starts an instruction of <paramref name="script"/> parsed strictly.</summary>
    bool IsInstructionBoundary(ReadOnlyMemory<byte> script, int offset);

    /// <summary>True when the manifest's stack-item form serialises within the VM limits (MaxItemSize, MaxStackSize).</summary>
    bool FitsStackItemLimits(ContractManifest manifest);
}
