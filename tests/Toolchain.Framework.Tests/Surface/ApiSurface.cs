using System.Reflection;
using System.Text;

namespace Protocol.Toolchain.Framework.Tests.Surface;

/// <summary>
/// Describes the public surface of a framework assembly as one text line per type and member: kind,
/// modifiers, nullable-annotated types, parameter names/modifiers/defaults and the binding attributes
/// (Syscall, OpCode, Contract, Safe, DisplayName …) with their arguments in declaration order. Two
/// assemblies with equal lines are source-compatible for a contract and bind to the same NeoVM code.
/// The same code produced Data/official-surface.txt (from the official framework 3.9.1) and describes ours.
/// </summary>
public static class ApiSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static |
        BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static readonly HashSet<string> KeptAttributeNamespaces = ["Neo.SmartContract.Framework.Attributes"];

    private static readonly HashSet<string> KeptAttributes =
    [
        "System.ComponentModel.DisplayNameAttribute", "System.ObsoleteAttribute", "System.FlagsAttribute",
        "System.AttributeUsageAttribute",
    ];

    public static IReadOnlyList<string> Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetTypes().Where(IsVisible))
            Describe(type, lines);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNested && (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));

    private static bool IsVisible(MethodBase? method) =>
        method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static void Describe(Type type, List<string> lines)
    {
        var name = TypeName(type, null);
        var head = new StringBuilder($"{name} :: type {Kind(type)}");
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
            head.Append(" : ").Append(TypeName(b, null));
        var interfaces = type.GetInterfaces().Select(i => TypeName(i, null)).Order(StringComparer.Ordinal).ToList();
        if (interfaces.Count > 0) head.Append(" implements ").Append(string.Join(", ", interfaces));
        if (type.IsEnum) head.Append(" of ").Append(TypeName(Enum.GetUnderlyingType(type), null));
        foreach (var p in type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])
        {
            var constraints = p.GetGenericParameterConstraints().Select(c => TypeName(c, null)).ToList();
            if (constraints.Count > 0) head.Append($" where {p.Name} : {string.Join(", ", constraints)}");
        }
        head.Append(Attributes(type.GetCustomAttributesData()));
        lines.Add(head.ToString());

        var nullability = new NullabilityInfoContext();
        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
            lines.Add($"{name} :: {Field(field, nullability)}");
        foreach (var property in type.GetProperties(Declared).Where(p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod)))
            lines.Add($"{name} :: {Property(property, nullability)}");
        foreach (var evt in type.GetEvents(Declared).Where(e => IsVisible(e.AddMethod)))
            lines.Add($"{name} :: event{Static(evt.AddMethod!)} {TypeName(evt.EventHandlerType!, nullability.Create(evt))} {evt.Name}{Attributes(evt.GetCustomAttributesData())}");
        foreach (var ctor in type.GetConstructors(Declared).Where(c => IsVisible(c) && !c.IsStatic))
            lines.Add($"{name} :: ctor {Access(ctor)}{Extern(ctor)} ({Parameters(ctor, nullability)}){Attributes(ctor.GetCustomAttributesData())}");
        foreach (var method in type.GetMethods(Declared).Where(m => IsVisible(m) && !m.IsSpecialName || IsOperator(m)))
            lines.Add($"{name} :: {Method(method, nullability)}");
    }

    private static bool IsOperator(MethodInfo m) => m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) && m.IsPublic;

    private static string Kind(Type type)
    {
        if (type.IsEnum) return "enum";
        if (type.IsInterface) return "interface";
        if (type.IsValueType) return "struct";
        if (typeof(Delegate).IsAssignableFrom(type)) return "delegate";
        if (type.IsAbstract && type.IsSealed) return "static class";
        return (type.IsAbstract ? "abstract " : "") + (type.IsSealed ? "sealed " : "") + "class";
    }

    private static string Field(FieldInfo field, NullabilityInfoContext nullability)
    {
        var sb = new StringBuilder("field ").Append(field.IsPublic ? "public" : "protected");
        if (field.IsLiteral) sb.Append(" const");
        else
        {
            if (field.IsStatic) sb.Append(" static");
            if (field.IsInitOnly) sb.Append(" readonly");
        }
        sb.Append(' ').Append(TypeName(field.FieldType, field.IsLiteral ? null : nullability.Create(field))).Append(' ').Append(field.Name);
        if (field.IsLiteral) sb.Append(" = ").Append(Value(field.GetRawConstantValue()));
        return sb.Append(Attributes(field.GetCustomAttributesData())).ToString();
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var accessor = property.GetMethod ?? property.SetMethod!;
        var sb = new StringBuilder("property ").Append(Access(accessor)).Append(Static(accessor)).Append(Virtuality(accessor));
        sb.Append(' ').Append(TypeName(property.PropertyType, nullability.Create(property))).Append(' ').Append(property.Name);
        var index = property.GetIndexParameters();
        if (index.Length > 0) sb.Append('[').Append(string.Join(", ", index.Select(p => Parameter(p, nullability)))).Append(']');
        sb.Append(" {");
        foreach (var (label, m) in new[] { ("get", property.GetMethod), ("set", property.SetMethod) })
        {
            if (!IsVisible(m)) continue;
            sb.Append(' ');
            if (Access(m!) != Access(accessor)) sb.Append(Access(m!)).Append(' ');
            sb.Append(label).Append(Extern(m!)).Append(Attributes(m!.GetCustomAttributesData())).Append(';');
        }
        return sb.Append(" }").Append(Attributes(property.GetCustomAttributesData())).ToString();
    }

    private static string Method(MethodInfo method, NullabilityInfoContext nullability)
    {
        var sb = new StringBuilder("method ").Append(Access(method)).Append(Static(method)).Append(Virtuality(method)).Append(Extern(method));
        sb.Append(' ').Append(TypeName(method.ReturnType, nullability.Create(method.ReturnParameter))).Append(' ').Append(method.Name);
        if (method.IsGenericMethodDefinition) sb.Append('<').Append(string.Join(", ", method.GetGenericArguments().Select(a => a.Name))).Append('>');
        sb.Append('(');
        if (method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false)) sb.Append("this ");
        sb.Append(Parameters(method, nullability)).Append(')');
        return sb.Append(Attributes(method.GetCustomAttributesData())).ToString();
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p => Parameter(p, nullability)));

    private static string Parameter(ParameterInfo p, NullabilityInfoContext nullability)
    {
        var sb = new StringBuilder();
        if (p.IsDefined(typeof(ParamArrayAttribute), false)) sb.Append("params ");
        var type = p.ParameterType;
        if (type.IsByRef)
        {
            sb.Append(p.IsOut ? "out " : p.IsIn ? "in " : "ref ");
            type = type.GetElementType()!;
        }
        sb.Append(TypeName(type, type == p.ParameterType ? nullability.Create(p) : null)).Append(' ').Append(p.Name);
        if (p.HasDefaultValue) sb.Append(" = ").Append(Value(p.RawDefaultValue));
        if (p.IsDefined(typeof(System.Runtime.CompilerServices.CallerMemberNameAttribute), false)) sb.Append(" [CallerMemberName]");
        return sb.ToString();
    }

    private static string Access(MethodBase m) => m.IsPublic ? "public" : m.IsFamilyOrAssembly ? "protected internal" : m.IsFamily ? "protected" : "private";

    private static string Static(MethodBase m) => m.IsStatic ? " static" : "";

    private static string Extern(MethodBase m) => !m.IsAbstract && m.GetMethodBody() is null ? " extern" : "";

    private static string Virtuality(MethodInfo m)
    {
        if (!m.IsVirtual || m.DeclaringType!.IsInterface && m.IsAbstract && !m.IsStatic) return m.IsAbstract ? " abstract" : "";
        if (m.IsAbstract) return " abstract";
        var isOverride = m.GetBaseDefinition() != m;
        if (isOverride) return m.IsFinal ? " sealed override" : " override";
        return m.IsFinal ? "" : " virtual";
    }

    private static string Attributes(IEnumerable<CustomAttributeData> attributes)
    {
        var kept = attributes.Where(a => KeptAttributes.Contains(a.AttributeType.FullName!) ||
            KeptAttributeNamespaces.Contains(a.AttributeType.Namespace ?? "")).ToList();
        if (kept.Count == 0) return "";
        return " @" + string.Concat(kept.Select(a =>
        {
            if (a.AttributeType == typeof(AttributeUsageAttribute)) return Usage(a);
            // Only whether a use warns or fails matters to a contract; the message is prose.
            if (a.AttributeType == typeof(ObsoleteAttribute))
                return $"[Obsolete(error={a.ConstructorArguments.Count > 1 && (bool)a.ConstructorArguments[1].Value!})]";
            var args = a.ConstructorArguments.Select(Argument)
                .Concat(a.NamedArguments.Select(n => $"{n.MemberName}={Argument(n.TypedValue)}"));
            return $"[{a.AttributeType.Name[..^"Attribute".Length]}({string.Join(", ", args)})]";
        }));
    }

    /// <summary>AttributeUsage as its effective values, so explicit defaults and omitted ones compare equal.</summary>
    private static string Usage(CustomAttributeData usage)
    {
        var targets = (AttributeTargets)usage.ConstructorArguments[0].Value!;
        bool Named(string name, bool fallback) =>
            usage.NamedArguments.Where(n => n.MemberName == name).Select(n => (bool)n.TypedValue.Value!).DefaultIfEmpty(fallback).First();
        return $"[AttributeUsage({targets}, AllowMultiple={Named("AllowMultiple", false)}, Inherited={Named("Inherited", true)})]";
    }

    private static string Argument(CustomAttributeTypedArgument arg)
    {
        if (arg.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items)
            return "[" + string.Join(", ", items.Select(Argument)) + "]";
        if (arg.ArgumentType.IsEnum && arg.Value is not null)
            return $"{arg.ArgumentType.Name}.{Enum.ToObject(arg.ArgumentType, arg.Value)}";
        return Value(arg.Value);
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A type as C# spells it, namespace-qualified, with nullable annotations where known.</summary>
    public static string TypeName(Type type, NullabilityInfo? info)
    {
        if (type.IsGenericParameter) return type.Name; // T? on an unconstrained T carries no compile-time meaning here
        if (type.IsArray)
            return TypeName(type.GetElementType()!, info?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + Nullable(type, info);
        if (type.IsByRef) return TypeName(type.GetElementType()!, info) + "&";
        if (System.Nullable.GetUnderlyingType(type) is { } underlying) return TypeName(underlying, null) + "?";
        var name = type.IsNested ? TypeName(type.DeclaringType!, null) + "+" + type.Name : $"{type.Namespace}.{type.Name}";
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (type.IsGenericType && type.GetGenericArguments().Length > (type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0))
        {
            var args = type.GetGenericArguments();
            var argInfos = info?.GenericTypeArguments;
            // A nested type's own arguments are its last ones (the declaring type's come first).
            var own = args.Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0).ToArray();
            var offset = args.Length - own.Length;
            name += "<" + string.Join(", ", own.Select((a, i) =>
                TypeName(a, argInfos is not null && argInfos.Length == args.Length ? argInfos[offset + i] : null))) + ">";
        }
        return name + Nullable(type, info);
    }

    private static string Nullable(Type type, NullabilityInfo? info) =>
        !type.IsValueType && info is { ReadState: NullabilityState.Nullable } ? "?" : "";
}
