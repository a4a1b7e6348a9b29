using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>
/// The manifest's stack-item form (how ContractManagement stores it and getContract returns it):
/// Struct[name, groups[Struct[pubkey, signature]], features Map (empty), standards[], abi Struct[methods[Struct[name,
/// params[Struct[name, type]], returntype, offset, safe]], events[Struct[name, params]]], permissions[Struct[contract
/// (Null = *, else hash or pubkey bytes), methods (Null = *, else names)]], trusts (Null = *, else descriptors),
/// extra (its compact JSON text, "null" when absent)].
/// </summary>
public static class ManifestStackItems
{
    public static Struct ToStackItem(this ContractManifest m) => new(
    [
        m.Name,
        new Array(m.Groups.Select(g => (StackItem)new Struct([g.PublicKey.Encode(true), g.Signature.ToArray()]))),
        new Map(),
        new Array(m.SupportedStandards.Select(s => (StackItem)s)),
        new Struct([
            new Array(m.Abi.Methods.Select(d => (StackItem)new Struct([d.Name, Parameters(d.Parameters), (long)d.ReturnType, d.Offset, d.Safe]))),
            new Array(m.Abi.Events.Select(e => (StackItem)new Struct([e.Name, Parameters(e.Parameters)]))),
        ]),
        new Array(m.Permissions.Select(p => (StackItem)new Struct([
            Descriptor(p.Contract),
            p.Methods.IsWildcard ? StackItem.Null : new Array(p.Methods.Select(name => (StackItem)name)),
        ]))),
        m.Trusts.IsWildcard ? StackItem.Null : new Array(m.Trusts.Select(Descriptor)),
        m.Extra is null ? "null" : JsonWrite.ToUtf8(w => JsonTree.Write(w, m.Extra)),
    ]);

    public static ContractManifest FromStackItem(StackItem item)
    {
        var s = (Struct)item;
        if (((Map)s[2]).Count != 0) throw new ArgumentException("Features field must be empty");
        var abi = (Struct)s[4];
        var extraJson = s[7].GetSpan().ToArray();
        using var extraDoc = JsonDocument.Parse(extraJson);
        return new ContractManifest(
            s[0].GetString()!,
            ((Array)s[1]).Select(g => new ContractGroup(ECPoint.Decode(((Struct)g)[0].GetSpan(), ECCurve.Secp256r1), ((Struct)g)[1].GetSpan().ToArray())).ToList(),
            ((Array)s[3]).Select(x => x.GetString()!).ToList(),
            new ContractAbi(
                ((Array)abi[0]).Select(x => (Struct)x).Select(d => new ContractMethodDescriptor(d[0].GetString()!, ParametersOf(d[1]),
                    (ContractParameterType)(byte)d[2].GetInteger(), (int)d[3].GetInteger(), d[4].GetBoolean())).ToList(),
                ((Array)abi[1]).Select(x => (Struct)x).Select(e => new ContractEventDescriptor(e[0].GetString()!, ParametersOf(e[1]))).ToList()),
            ((Array)s[5]).Select(x => (Struct)x).Select(p => new ContractPermission(
                p[0].IsNull ? ContractPermissionDescriptor.Wildcard : DescriptorOf(p[0]),
                p[1] switch
                {
                    Null => WildcardContainer<string>.CreateWildcard(),
                    Array names => WildcardContainer<string>.Create(names.Select(n => n.GetString()!).ToArray()),
                    _ => throw new ArgumentException("Methods field must be null or array"),
                })).ToList(),
            s[6] switch
            {
                Null => WildcardContainer<ContractPermissionDescriptor>.CreateWildcard(),
                Array trusts => WildcardContainer<ContractPermissionDescriptor>.Create(trusts.Select(DescriptorOf).ToArray()),
                _ => throw new ArgumentException("Trusts field must be null or array"),
            },
            extraDoc.RootElement.ValueKind == JsonValueKind.Null ? null : JsonTree.ToObject(extraDoc.RootElement));
    }

    private static Array Parameters(IReadOnlyList<ContractParameterDefinition> parameters) =>
        new(parameters.Select(p => (StackItem)new Struct([p.Name, (long)p.Type])));

    private static List<ContractParameterDefinition> ParametersOf(StackItem item) =>
        ((Array)item).Select(x => (Struct)x).Select(p => new ContractParameterDefinition(p[0].GetString()!, (ContractParameterType)(byte)p[1].GetInteger())).ToList();

    private static StackItem Descriptor(ContractPermissionDescriptor d) =>
        d.Hash is { } hash ? hash.ToArray() : d.Group is { } group ? group.Encode(true) : StackItem.Null;

    private static ContractPermissionDescriptor DescriptorOf(StackItem item)
    {
        var bytes = item.GetSpan();
        return bytes.Length switch
        {
            UInt160.Length => ContractPermissionDescriptor.Create(new UInt160(bytes)),
            33 => ContractPermissionDescriptor.Create(ECPoint.Decode(bytes, ECCurve.Secp256r1)),
            _ => throw new ArgumentException($"A permission descriptor is 20 or 33 bytes, got {bytes.Length}."),
        };
    }
}
