using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>A syscall: its name, id (first 4 bytes of SHA256(name)), fixed price, required call flags and handler.</summary>
public sealed class InteropDescriptor(string name, long fixedPrice, CallFlags requiredCallFlags, Action<ApplicationEngine> handler)
{
    public string Name { get; } = name;

    public uint Hash { get; } = InteropIds.Of(name);

    /// <summary>Fee units charged (× ExecFeeFactor) before the handler runs; handlers may add dynamic fees.</summary>
    public long FixedPrice { get; } = fixedPrice;

    public CallFlags RequiredCallFlags { get; } = requiredCallFlags;

    /// <summary>Pops its arguments (first parameter on top), runs, and pushes any result.</summary>
    public Action<ApplicationEngine> Handler { get; } = handler;
}
