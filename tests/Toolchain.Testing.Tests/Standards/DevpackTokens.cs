using Protocol.Toolchain.Conformance.Devpack;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Testing.Tests.Standards;

/// <summary>The official devpack's compiled token samples (../shared/conformance/neo-devpack/artifacts) and their built-in owners.</summary>
internal static class DevpackTokens
{
    /// <summary>InitialOwner and InitialMinter of SampleNep17Token and SampleRoyaltyNEP11Token ("NUuJw4C4XJFzxAvSZnFTfsNoWZytmQKXQP" in their sources).</summary>
    public static readonly UInt160 SampleOwner = Address.ToScriptHash("NUuJw4C4XJFzxAvSZnFTfsNoWZytmQKXQP");

    /// <summary>The Owner of SampleLootNFT (Loot.Admin.cs: "NaA5nQieb5YGg5nSFjhJMVEXQCQ5HdukwP").</summary>
    public static readonly UInt160 LootOwner = Address.ToScriptHash("NaA5nQieb5YGg5nSFjhJMVEXQCQ5HdukwP");

    public static string Nef(string artifact) => Path.Combine(DevpackTestRunner.ArtifactsFolder, artifact + ".nef");

    public static string Manifest(string artifact) => Path.Combine(DevpackTestRunner.ArtifactsFolder, artifact + ".manifest.json");

    /// <summary>Runs <paramref name="action"/> with <paramref name="account"/> as the only signer (CalledByEntry).</summary>
    public static void As(TestEngine engine, UInt160 account, Action action)
    {
        var previous = engine.Signers;
        engine.Signers = [new Signer(account, WitnessScope.CalledByEntry)];
        try { action(); }
        finally { engine.Signers = previous; }
    }
}
