using System;
using System.Collections.Generic;
using System.Linq;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>A proxy member for one ABI method: a property (safe getter) or a method; overloads share a name.</summary>
public sealed class PlannedMethod
{
    internal PlannedMethod(AbiMethod abi, string name, bool isProperty, IReadOnlyList<string> parameterNames, bool nullDefaultOnLast)
    {
        Abi = abi;
        Name = name;
        IsProperty = isProperty;
        ParameterNames = parameterNames;
        NullDefaultOnLast = nullDefaultOnLast;
    }

    public AbiMethod Abi { get; }
    public string Name { get; }
    public bool IsProperty { get; }
    public IReadOnlyList<string> ParameterNames { get; }
    public bool NullDefaultOnLast { get; }
}

/// <summary>The members generated for one ABI event: a record, a C# event and the last call's decoded list.</summary>
public sealed class PlannedEvent
{
    internal PlannedEvent(AbiEvent abi, string recordName, string eventName, string listName, IReadOnlyList<string> fieldNames)
    {
        Abi = abi;
        RecordName = recordName;
        EventName = eventName;
        ListName = listName;
        FieldNames = fieldNames;
    }

    public AbiEvent Abi { get; }
    public string RecordName { get; }
    public string EventName { get; }
    public string ListName { get; }
    public IReadOnlyList<string> FieldNames { get; }
}

/// <summary>
/// Decides every generated name, deterministically from the ABI order. Rules:
/// <list type="bullet">
/// <item>methods starting with '_' (_deploy, _initialize) are left out: neo refuses to call them from outside;</item>
/// <item>a safe, parameterless, non-overloaded method returning a value (not an iterator, not <c>verify</c>) becomes a
/// read-only property, "getX" named "X" (symbol → Symbol, getOwner → Owner);</item>
/// <item>ABI overloads (same name, other parameter count) become C# overloads; a trailing Any/reference parameter
/// defaults to null unless the name is overloaded;</item>
/// <item>a name already taken (by the proxy's own members, the class name or an earlier ABI entry) gets "Method"
/// (for the base-class names) or a number (2, 3, …) appended.</item>
/// </list>
/// </summary>
public sealed class ProxyPlan
{
    private static readonly string[] BaseMembers =
    {
        "Engine", "Hash", "ContractName", "ManifestJson", "Deploy", "Call", "Invoke", "LastEvents", "Arg", "OnNotification",
        "DeployChecked", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone",
        "Finalize", "Decode",
    };

    private readonly HashSet<string> _taken = new HashSet<string>(StringComparer.Ordinal);

    private ProxyPlan(ManifestModel manifest, string className)
    {
        Manifest = manifest;
        ClassName = className;
        _taken.Add(className);
        foreach (var m in BaseMembers) _taken.Add(m);
        Methods = PlanMethods();
        Events = manifest.Events.Select(PlanEvent).ToArray();
    }

    public ManifestModel Manifest { get; }
    public string ClassName { get; }
    public IReadOnlyList<PlannedMethod> Methods { get; }
    public IReadOnlyList<PlannedEvent> Events { get; }

    public static ProxyPlan Create(ManifestModel manifest, string className) => new ProxyPlan(manifest, className);

    /// <summary>The class name a manifest name gives ("SampleNep17Token" stays, "my token" → "MyToken").</summary>
    public static string ClassNameFor(string manifestName) => CSharpNames.Pascal(manifestName) ?? "Contract";

    private List<PlannedMethod> PlanMethods()
    {
        var result = new List<PlannedMethod>();
        var callable = Manifest.Methods.Where(m => !m.Name.StartsWith("_", StringComparison.Ordinal)).ToList();
        var groups = callable.GroupBy(m => m.Name, StringComparer.Ordinal).ToList();
        for (int g = 0; g < groups.Count; g++)
        {
            var overloads = groups[g].ToList();
            bool property = overloads.Count == 1 && IsPropertyCandidate(overloads[0]);
            var plain = CSharpNames.Pascal(groups[g].Key) ?? $"Method{g + 1}";
            var preferred = property ? PropertyName(groups[g].Key) ?? plain : plain;
            var name = Claim(preferred, property ? plain : null);
            foreach (var m in overloads)
                result.Add(new PlannedMethod(m, name, property, ParameterNames(m), overloads.Count == 1 && TrailingNullable(m)));
        }
        return result;
    }

    private PlannedEvent PlanEvent(AbiEvent e, int index)
    {
        var stem = CSharpNames.Pascal(e.Name) ?? $"Event{index + 1}";
        for (int n = 1; ; n++)
        {
            var s = n == 1 ? stem : stem + n;
            string record = s + "Event", handler = "On" + s, list = "Last" + s + "Events";
            if (_taken.Contains(record) || _taken.Contains(handler) || _taken.Contains(list)) continue;
            _taken.Add(record);
            _taken.Add(handler);
            _taken.Add(list);
            return new PlannedEvent(e, record, handler, list, FieldNames(e, record));
        }
    }

    private string Claim(string preferred, string? fallback)
    {
        if (_taken.Add(preferred)) return preferred;
        if (fallback is not null && _taken.Add(fallback)) return fallback;
        if (BaseMembers.Contains(preferred) && _taken.Add(preferred + "Method")) return preferred + "Method";
        for (int n = 2; ; n++)
        {
            if (_taken.Add(preferred + n)) return preferred + n;
        }
    }

    private static bool IsPropertyCandidate(AbiMethod m) =>
        m.Safe && m.Parameters.Count == 0 && m.ReturnType != AbiType.Void && m.ReturnType != AbiType.InteropInterface
        && !string.Equals(m.Name, "verify", StringComparison.Ordinal);

    private static string? PropertyName(string abiName) =>
        abiName.Length > 3 && abiName.StartsWith("get", StringComparison.Ordinal) && char.IsUpper(abiName[3])
            ? CSharpNames.Pascal(abiName.Substring(3))
            : CSharpNames.Pascal(abiName);

    private static bool TrailingNullable(AbiMethod m) =>
        m.Parameters.Count > 0 && m.Parameters[m.Parameters.Count - 1].Type == AbiType.Any;

    private static IReadOnlyList<string> ParameterNames(AbiMethod m) =>
        Unique(m.Parameters.Select((p, i) => CSharpNames.Camel(p.Name) ?? $"arg{i + 1}"), new HashSet<string>(StringComparer.Ordinal));

    private static IReadOnlyList<string> FieldNames(AbiEvent e, string recordName)
    {
        var taken = new HashSet<string>(RecordMembers, StringComparer.Ordinal) { recordName };
        return Unique(e.Parameters.Select((p, i) => CSharpNames.Pascal(p.Name) ?? $"Field{i + 1}"), taken);
    }

    private static IReadOnlyList<string> Unique(IEnumerable<string> names, HashSet<string> taken)
    {
        var result = new List<string>();
        foreach (var name in names)
        {
            var candidate = name;
            for (int n = 2; !taken.Add(candidate); n++) candidate = name + n;
            result.Add(candidate);
        }
        return result;
    }
}
