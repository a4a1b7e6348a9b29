using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Compiler.Emit;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Compiler.Artifacts;

/// <summary>
/// The manifest of a compiled contract (reference §1a, §2.3): ABI methods with offsets and safe flags, the events, the
/// supported standards, permissions for the calls the code makes plus the declared ones (never a wildcard unless
/// declared), trusts and extra.
/// </summary>
public static class ManifestBuilder
{
    public static ContractManifest Build(ContractCompilation cc, List<ContractMethodDescriptor> methods)
    {
        var model = cc.Contract;
        var events = cc.Events.Values.OrderBy(e => EventOrder(model, e)).Select(e => new ContractEventDescriptor(e.Name,
            e.Parameters.Select((p, i) => new ContractParameterDefinition(string.IsNullOrEmpty(p.Name) ? $"arg{i + 1}" : p.Name, AbiTypes.Of(p.Type))).ToList())).ToList();
        if (cc.UsesDebugEvent && events.All(e => e.Name != "Debug"))
            events.Add(new ContractEventDescriptor("Debug", [new ContractParameterDefinition("message", ContractParameterType.String)]));
        return new ContractManifest(model.Name, [], Standards(model), new ContractAbi(methods, events), Permissions(cc), Trusts(model), Extra(cc));
    }

    /// <summary>Declaration order: base classes first, as the ABI methods.</summary>
    private static (int, int) EventOrder(ContractModel model, AbiEvent e)
    {
        var hierarchy = model.Hierarchy.Reverse().ToList();
        int depth = hierarchy.FindIndex(t => SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, e.Event.ContainingType.OriginalDefinition));
        return (depth, e.Event.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
    }

    public static ContractMethodDescriptor Method(AbiMethod method, int offset) => new(method.Name,
        method.Method.Parameters.Select(p => new ContractParameterDefinition(p.Name, AbiTypes.Of(p.Type))).ToList(),
        method.Method.MethodKind == MethodKind.Constructor ? ContractParameterType.Void : AbiTypes.Of(method.Method.ReturnType), offset, method.Safe);

    /// <summary>Neo calls _deploy(data, update), verify() and the payment callbacks with fixed shapes; a mismatch FAULTs there, so it is an error here.</summary>
    public static void CheckSpecialMethods(IReadOnlyList<AbiMethod> methods, List<CompilerDiagnostic> diagnostics)
    {
        foreach (var method in methods)
        {
            var m = method.Method;
            string? expected = method.Name switch
            {
                "_deploy" when m.Parameters.Length != 2 || m.Parameters[1].Type.SpecialType != SpecialType.System_Boolean || !m.ReturnsVoid =>
                    "_deploy(object data, bool update) returning void",
                "verify" when m.ReturnType.SpecialType != SpecialType.System_Boolean => "verify(…) returning bool",
                "onNEP17Payment" when m.Parameters.Length != 3 || !m.ReturnsVoid => "onNEP17Payment(UInt160 from, BigInteger amount, object data) returning void",
                "onNEP11Payment" when m.Parameters.Length != 4 || !m.ReturnsVoid => "onNEP11Payment(UInt160 from, BigInteger amount, ByteString tokenId, object data) returning void",
                _ => null,
            };
            if (expected is not null)
                diagnostics.Add(CompilerDiagnostic.Error("NC1004", $"The ABI method '{method.Name}' must be {expected}: Neo calls it with that shape.", m.Locations.FirstOrDefault()));
            if (method.Name.StartsWith('_') && method.Name is not ("_deploy" or "_initialize"))
                diagnostics.Add(CompilerDiagnostic.Error("NC1005", $"ABI method names starting with '_' are reserved by Neo ('{method.Name}'): rename it or make it non-public.",
                    m.Locations.FirstOrDefault()));
        }
    }

    /// <summary>
    /// A [Safe] method runs with read-only call flags, so Neo FAULTs it on any storage write or notification: report
    /// each safe ABI method whose reachable code makes such a syscall or calls a native method that is not safe.
    /// </summary>
    public static void CheckSafeMethods(ContractCompilation cc, IReadOnlyList<AbiMethod> methods, IReadOnlyList<Label> labels)
    {
        for (int i = 0; i < methods.Count; i++)
        {
            if (!methods[i].Safe) continue;
            foreach (var (opCode, operand) in cc.Code.ReachableFrom(labels[i]))
            {
                string? offence = opCode switch
                {
                    Vm.OpCode.SYSCALL when Runtime.Interop.Syscalls.Get(BitConverter.ToUInt32(operand)) is var s
                        && (s.RequiredCallFlags & ~CallFlags.ReadOnly) != 0 => s.Name,
                    Vm.OpCode.CALLT when cc.Tokens[BitConverter.ToUInt16(operand)] is var t && Runtime.Native.NativeContracts.Get(t.Hash) is { } native
                        && native.State.Manifest.Abi.GetMethod(t.Method, t.ParametersCount) is { Safe: false } => $"{native.Name}.{t.Method}",
                    _ => null,
                };
                if (offence is null) continue;
                cc.Diagnostics.Add(CompilerDiagnostic.Error("NC1007",
                    $"[Safe] method '{methods[i].Name}' reaches {offence}, which Neo refuses under the read-only flags a safe call runs with (it would FAULT): remove [Safe] or the write.",
                    methods[i].Method.Locations.FirstOrDefault()));
                break;
            }
        }
    }

    private static List<string> Standards(ContractModel model)
    {
        var standards = new List<string>();
        foreach (var attribute in model.ClassAttributes("SupportedStandardsAttribute"))
        {
            foreach (var value in attribute.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : [a]))
            {
                var text = value.Value switch
                {
                    string s => s,
                    int n when value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e => StandardName(e.GetMembers().OfType<IFieldSymbol>().First(f => Equals(f.ConstantValue, n)).Name),
                    _ => null,
                };
                if (text is not null && !standards.Contains(text)) standards.Add(text);
            }
        }
        return standards;
    }

    /// <summary>NepStandard.Nep17 → "NEP-17".</summary>
    private static string StandardName(string member) => member.StartsWith("Nep", StringComparison.Ordinal) ? "NEP-" + member[3..] : member;

    /// <summary>
    /// Declared [ContractPermission]s plus one per call the code makes to a known contract and method that no declared
    /// permission covers. A call whose target is only known at run time must be covered by a declaration.
    /// </summary>
    private static List<ContractPermission> Permissions(ContractCompilation cc)
    {
        var entries = new Dictionary<string, SortedSet<string>?>(StringComparer.Ordinal);
        foreach (var attribute in cc.Contract.ClassAttributes("ContractPermissionAttribute"))
        {
            var contract = attribute.ConstructorArguments[0].Value as string ?? "*";
            var methods = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Values.Select(v => (string)v.Value!).ToList() : [];
            try
            {
                contract = ContractPermissionDescriptor.Parse(contract).ToString();
            }
            catch (FormatException e)
            {
                cc.Diagnostics.Add(CompilerDiagnostic.Error("NC3002", e.Message, attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation()));
                continue;
            }
            if (methods.Count == 0 || methods.Contains("*")) entries[contract] = null;
            else if (!entries.TryGetValue(contract, out var set) || set is not null)
            {
                set ??= new SortedSet<string>(StringComparer.Ordinal);
                set.UnionWith(methods);
                entries[contract] = set;
            }
        }
        bool Covers(string contract, string? method) =>
            entries.TryGetValue(contract, out var set) && (set is null || (method is not null && set.Contains(method)));
        bool AnyCovers(string? method) => entries.Any(e => !e.Key.StartsWith("0x", StringComparison.Ordinal) && (e.Value is null || (method is not null && e.Value.Contains(method))));
        foreach (var call in cc.Calls)
        {
            if (call.Hash is { } hash && call.Method is { } method)
            {
                if (Covers("*", method) || Covers(hash.ToString(), method)) continue;
                if (!entries.TryGetValue(hash.ToString(), out var set)) entries[hash.ToString()] = set = new SortedSet<string>(StringComparer.Ordinal);
                set?.Add(method);
                continue;
            }
            if (call.Hash is { } knownHash && (Covers(knownHash.ToString(), null) || Covers("*", null))) continue;
            if (AnyCovers(call.Method)) continue;
            var what = call.Method is null ? "a method known only at run time" : $"'{call.Method}'";
            cc.Diagnostics.Add(CompilerDiagnostic.Error("NC3001",
                $"This Contract.Call reaches {what} of a contract known only at run time, which Neo refuses without a permission: declare it, e.g. [ContractPermission(Permission.Any, \"{call.Method ?? "*"}\")] or with the exact hash.",
                call.At));
        }
        return entries.OrderBy(e => e.Key.StartsWith("0x", StringComparison.Ordinal) ? 0 : e.Key == "*" ? 2 : 1).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new ContractPermission(ContractPermissionDescriptor.Parse(e.Key),
                e.Value is null ? WildcardContainer<string>.CreateWildcard() : WildcardContainer<string>.Create([.. e.Value])))
            .ToList();
    }

    private static WildcardContainer<ContractPermissionDescriptor> Trusts(ContractModel model)
    {
        var trusts = new List<ContractPermissionDescriptor>();
        foreach (var attribute in model.ClassAttributes("ContractTrustAttribute"))
        {
            var descriptor = ContractPermissionDescriptor.Parse(attribute.ConstructorArguments[0].Value as string ?? "*");
            if (descriptor.IsWildcard) return WildcardContainer<ContractPermissionDescriptor>.CreateWildcard();
            if (!trusts.Contains(descriptor)) trusts.Add(descriptor);
        }
        return WildcardContainer<ContractPermissionDescriptor>.Create([.. trusts]);
    }

    /// <summary>Author, E-mail, Description, Version, Sourcecode and [ManifestExtra] pairs, then "nef": {"optimization": …}.</summary>
    private static JsonObject Extra(ContractCompilation cc)
    {
        var extra = new JsonObject();
        foreach (var attribute in cc.Contract.Hierarchy.Reverse().SelectMany(t => t.GetAttributes()))
        {
            var values = attribute.ConstructorArguments.Select(a => a.Kind == TypedConstantKind.Array ? null : a.Value as string).ToList();
            switch (attribute.AttributeClass?.Name)
            {
                case "ContractAuthorAttribute":
                    extra["Author"] = values[0];
                    if (values.Count > 1) extra["E-mail"] = values[1];
                    break;
                case "ContractEmailAttribute": extra["E-mail"] = values[0]; break;
                case "ContractDescriptionAttribute": extra["Description"] = values[0]; break;
                case "ContractVersionAttribute": extra["Version"] = values[0]; break;
                case "ContractSourceCodeAttribute": extra["Sourcecode"] = values[0]; break;
                case "ManifestExtraAttribute" when values.Count >= 2 && values[0] is { } key:
                    extra[key] = values.Count > 2 && values[2] is not null ? values[1] + " " + values[2] : values[1];
                    break;
            }
        }
        if (!extra.ContainsKey("Version") && cc.Options.Version is { } version) extra["Version"] = version;
        extra["nef"] = new JsonObject { ["optimization"] = cc.Options.Optimize ? "Basic" : "None" };
        return extra;
    }

    /// <summary>[ContractSourceCode] is also the NEF's source field (at most 256 bytes, checked by the caller).</summary>
    public static string? SourceUrl(ContractModel model)
    {
        return model.ClassAttributes("ContractSourceCodeAttribute").FirstOrDefault()?.ConstructorArguments[0].Value as string;
    }
}
