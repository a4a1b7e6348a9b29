using System.Numerics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Testing;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>
/// Compiles one contract body twice: by Roslyn to IL (run on .NET) and by our compiler to NeoVM (run in the test engine),
/// so a test can demand the same value, or a failure on both sides.
/// </summary>
internal sealed class Differential
{
    private const string Prelude = "using System.Numerics;\n";

    private readonly Type _dotnet;
    private readonly TestEngine _engine = new();
    private readonly Runtime.Models.UInt160 _hash;

    public Differential(string members)
    {
        var source = Prelude + "public class Snippet : Neo.SmartContract.Framework.SmartContract\n{\n" + members + "\n}\n";
        var result = ContractCompiler.Compile([("Snippet.cs", source)]);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Compiled = Assert.Single(result.Contracts);
        _hash = _engine.Deploy(Compiled.Nef, Compiled.Manifest);
        _dotnet = LoadDotnet(source);
    }

    public CompiledContract Compiled { get; }

    public long LastFee => _engine.LastFeeConsumed;

    /// <summary>Runs <paramref name="method"/> both ways and asserts the same outcome; returns the .NET result.</summary>
    public object? Same(string method, params object?[] args)
    {
        var info = _dotnet.GetMethod(method)!;
        object? expected;
        Exception? dotnetError = null;
        try
        {
            expected = info.Invoke(null, args);
        }
        catch (TargetInvocationException e)
        {
            expected = null;
            dotnetError = e.InnerException;
        }
        var abiName = char.ToLowerInvariant(method[0]) + method[1..];
        if (dotnetError is not null)
        {
            var fault = Assert.Throws<TestFaultException>(() => _engine.Call<Vm.Types.StackItem>(_hash, abiName, args));
            Assert.Contains(FaultText(dotnetError), fault.Message);
            return dotnetError;
        }
        var actual = _engine.Call<Vm.Types.StackItem>(_hash, abiName, args);
        if (info.ReturnType == typeof(void)) return null;
        var converted = StackItemConverter.FromStackItem(actual, info.ReturnType);
        Assert.Equal(expected, converted);
        return expected;
    }

    /// <summary>Runs only the NeoVM side (for behaviour .NET does not share).</summary>
    public Vm.Types.StackItem Neo(string method, params object?[] args) =>
        _engine.Call<Vm.Types.StackItem>(_hash, char.ToLowerInvariant(method[0]) + method[1..], args);

    /// <summary>What the NeoVM FAULT message contains for a .NET exception thrown by the same code.</summary>
    private static string FaultText(Exception e) => e switch
    {
        OverflowException => "overflow",
        DivideByZeroException or ArgumentOutOfRangeException or IndexOutOfRangeException => "", // the VM's own FAULT message
        _ => e.Message,
    };

    private static Type LoadDotnet(string source)
    {
        var compilation = CompilationFactory.Create([("Snippet.cs", source)]);
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray()).GetType("Snippet")!;
    }
}
