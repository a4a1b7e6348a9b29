using System.Text;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Testing;

public sealed partial class TestEngine
{
    /// <summary>Deploys through ContractManagement.deploy from the current sender; returns the contract hash.</summary>
    public UInt160 Deploy(NefFile nef, ContractManifest manifest, object? data = null)
    {
        Invoke(NativeContracts.ContractManagement.Hash, "deploy", nef.ToArray(), Encoding.UTF8.GetBytes(manifest.ToJson()), data);
        return ContractHash.Compute(Sender, nef.CheckSum, manifest.Name);
    }

    /// <summary>Deploys the artefacts <paramref name="nefPath"/> and <paramref name="manifestPath"/> (files as nccs writes them).</summary>
    public UInt160 Deploy(string nefPath, string manifestPath, object? data = null) =>
        Deploy(File.ReadAllBytes(nefPath), File.ReadAllBytes(manifestPath), data);

    /// <summary>Deploys a NEF and a manifest given as bytes, passed to ContractManagement.deploy unchanged.</summary>
    public UInt160 Deploy(byte[] nef, byte[] manifest, object? data = null)
    {
        var parsed = NefFile.Parse(nef);
        Invoke(NativeContracts.ContractManagement.Hash, "deploy", nef, manifest, data);
        return ContractHash.Compute(Sender, parsed.CheckSum, ContractManifest.Parse(manifest).Name);
    }

    /// <summary>Asserts that <paramref name="action"/> FAULTs with a reason containing <paramref name="reason"/>.</summary>
    public static TestFaultException AssertFault(Action action, string reason)
    {
        try
        {
            action();
        }
        catch (TestFaultException fault)
        {
            if (!fault.Message.Contains(reason, StringComparison.Ordinal))
                throw new InvalidOperationException($"Expected a FAULT containing \"{reason}\", got \"{fault.Message}\".", fault);
            return fault;
        }
        throw new InvalidOperationException($"Expected a FAULT containing \"{reason}\", but the call succeeded.");
    }
}
