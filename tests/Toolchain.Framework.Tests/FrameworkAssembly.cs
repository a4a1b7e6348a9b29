using System.Reflection;

namespace Protocol.Toolchain.Framework.Tests;

/// <summary>Our Neo.SmartContract.Framework assembly and reflection helpers over it.</summary>
internal static class FrameworkAssembly
{
    public static Assembly Assembly { get; } = typeof(Neo.SmartContract.Framework.SmartContract).Assembly;

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static |
        BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>Every method, constructor and property/event accessor declared in the assembly, any visibility.</summary>
    public static IEnumerable<MethodBase> AllMethods() =>
        Assembly.GetTypes().SelectMany(t => t.GetMethods(All).Cast<MethodBase>().Concat(t.GetConstructors(All)));

    /// <summary>The constructor arguments of every attribute of the given full type name on a member.</summary>
    public static IEnumerable<IList<CustomAttributeTypedArgument>> AttributeArguments(MemberInfo member, string attributeFullName) =>
        member.GetCustomAttributesData().Where(a => a.AttributeType.FullName == attributeFullName).Select(a => a.ConstructorArguments);

    public static string Describe(MethodBase m) => $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";
}
