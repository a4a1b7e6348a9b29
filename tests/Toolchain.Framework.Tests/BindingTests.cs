using System.ComponentModel;
using System.Reflection;
using Protocol.Toolchain.Runtime.Interop;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Toolchain.Framework.Tests;

/// <summary>
/// The framework's bindings resolve in our runtime: every [Syscall] name is a registered syscall, every
/// [Contract] class carries the hash of a native contract, and every extern member of a native class names a
/// method of that native's ABI with the same parameter count (the CALLT token the compiler will emit).
/// </summary>
public class BindingTests
{
    private const string SyscallAttribute = "Neo.SmartContract.Framework.Attributes.SyscallAttribute";
    private const string ContractAttribute = "Neo.SmartContract.Framework.Attributes.ContractAttribute";
    private const string ContractHashAttribute = "Neo.SmartContract.Framework.Attributes.ContractHashAttribute";

    /// <summary>Framework class name → runtime native name where they differ.</summary>
    private static readonly Dictionary<string, string> NativeNames = new()
    {
        ["GAS"] = "GasToken",
        ["NEO"] = "NeoToken",
        ["Ledger"] = "LedgerContract",
        ["Policy"] = "PolicyContract",
        ["Oracle"] = "OracleContract",
    };

    private static IEnumerable<Type> NativeClasses() =>
        FrameworkAssembly.Assembly.GetTypes().Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType.FullName == ContractAttribute));

    private static string HashOf(Type type) =>
        (string)FrameworkAssembly.AttributeArguments(type, ContractAttribute).Single()[0].Value!;

    [Fact]
    public void EverySyscallNameIsRegisteredInTheRuntime()
    {
        var registered = Syscalls.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var used = FrameworkAssembly.AllMethods()
            .SelectMany(m => FrameworkAssembly.AttributeArguments(m, SyscallAttribute).Select(args => (Method: m, Name: (string)args[0].Value!)))
            .ToList();
        Assert.True(used.Count > 100, $"only {used.Count} syscall bindings found");
        var unknown = used.Where(u => !registered.Contains(u.Name)).Select(u => $"{FrameworkAssembly.Describe(u.Method)}: {u.Name}").ToList();
        Assert.True(unknown.Count == 0, "unknown syscalls:\n" + string.Join("\n", unknown));
        // Every syscall a contract may call directly is reachable from the framework (CallNative and the
        // persist hooks are for native stubs and system scripts only).
        var contractOnly = registered.Where(n => n is not ("System.Contract.CallNative" or "System.Contract.NativeOnPersist" or "System.Contract.NativePostPersist"));
        var unbound = contractOnly.Except(used.Select(u => u.Name)).ToList();
        Assert.True(unbound.Count == 0, "syscalls without a framework binding: " + string.Join(", ", unbound));
    }

    [Fact]
    public void EveryContractHashMatchesTheNativeRegistry()
    {
        var classes = NativeClasses().ToList();
        Assert.Equal(NativeContracts.All.Count, classes.Count);
        foreach (var type in classes)
        {
            var name = NativeNames.GetValueOrDefault(type.Name, type.Name);
            var native = NativeContracts.All.SingleOrDefault(n => n.Name == name);
            Assert.True(native is not null, $"{type.Name}: no native contract named {name}");
            Assert.Equal(native!.Hash.ToString(), HashOf(type));
        }
    }

    [Fact]
    public void EveryNativeExternMemberIsAMethodOfThatNativesAbi()
    {
        var checkedCount = 0;
        foreach (var type in NativeClasses())
        {
            var native = NativeContracts.Get(Runtime.Models.UInt160.Parse(HashOf(type)))!;
            var abi = native.State.Manifest.Abi.Methods.Select(m => (m.Name, m.Parameters.Count)).ToHashSet();
            foreach (var (member, name, arity) in ExternCalls(type))
            {
                Assert.True(abi.Contains((name, arity)), $"{type.Name}.{member}: {native.Name} has no method {name}/{arity}");
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 80, $"only {checkedCount} native bindings checked");
    }

    [Fact]
    public void ContractHashPropertiesAreTheOnlyNonCallExterns()
    {
        foreach (var type in NativeClasses())
        {
            var hash = type.GetProperty("Hash", BindingFlags.Public | BindingFlags.Static);
            Assert.True(hash is not null && hash.IsDefined(typeof(Neo.SmartContract.Framework.Attributes.ContractHashAttribute)), $"{type.Name}.Hash");
            Assert.Equal(typeof(Neo.SmartContract.Framework.UInt160), hash!.PropertyType);
        }
        Assert.Equal(ContractHashAttribute, typeof(Neo.SmartContract.Framework.Attributes.ContractHashAttribute).FullName);
    }

    /// <summary>
    /// The (C# member, ABI name, parameter count) of each CALLT a native class's extern members compile to:
    /// [DisplayName] or the member name with its first letter lower-cased; a getter uses the property's name.
    /// </summary>
    private static IEnumerable<(string Member, string Name, int Arity)> ExternCalls(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName && m.GetMethodBody() is null))
            yield return (method.Name, AbiName(method), method.GetParameters().Length);
        foreach (var property in type.GetProperties(flags).Where(p => !p.IsDefined(typeof(Neo.SmartContract.Framework.Attributes.ContractHashAttribute))))
            yield return (property.Name, AbiName(property), 0);
    }

    private static string AbiName(MemberInfo member) =>
        member.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
}
