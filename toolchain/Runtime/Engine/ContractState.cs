using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>A deployed (or native) contract: id, update counter, hash, NEF and manifest.</summary>
public sealed class ContractState(int id, ushort updateCounter, UInt160 hash, NefFile nef, ContractManifest manifest)
{
    private Script? _script;

    public int Id { get; } = id;

    public ushort UpdateCounter { get; } = updateCounter;

    public UInt160 Hash { get; } = hash;

    public NefFile Nef { get; } = nef;

    public ContractManifest Manifest { get; } = manifest;

    /// <summary>The NEF script, decoded strictly once per state object.</summary>
    public Script Script => _script ??= new Script(Nef.Script, strict: true);

    /// <summary>Whether this contract's manifest lets it call <paramref name="method"/> of <paramref name="target"/>.</summary>
    public bool CanCall(ContractState target, string method) => Manifest.CanCall(target.Hash, target.Manifest, method);
}
