using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Artifacts;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Compiler.Emit;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler;

/// <summary>One compiled contract: NEF, manifest, NEP-19 debug info and an assembly listing.</summary>
public sealed record CompiledContract(string Name, NefFile Nef, ContractManifest Manifest, DebugInfo DebugInfo)
{
    /// <summary>The script as readable assembly, one instruction per line with its offset.</summary>
    public string Listing => AssemblyListing.Of(Nef, Manifest, DebugInfo);
}

/// <summary>The result of a compilation: contracts when there is no error, and every diagnostic (located).</summary>
public sealed record CompileResult(IReadOnlyList<CompiledContract> Contracts, IReadOnlyList<CompilerDiagnostic> Diagnostics)
{
    public bool Success => Diagnostics.All(d => !d.IsError);
}

/// <summary>C# (Roslyn semantic model) to NeoVM: NEF + manifest + debug info per contract class.</summary>
public static class ContractCompiler
{
    public const string CompilerName = "Protocol.Compiler 0.1";

    public static CompileResult Compile(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference>? references = null,
        CompileOptions? options = null)
    {
        options ??= CompileOptions.Default;
        var compilation = CompilationFactory.Create(sources, references, options.Checked, preprocessorSymbols: options.Debug ? ["DEBUG"] : []);
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(CompilerDiagnostic.From).ToList();
        if (diagnostics.Count > 0) return new CompileResult([], diagnostics);
        UnsupportedSyntax.Check(compilation, diagnostics);
        if (diagnostics.Count > 0) return new CompileResult([], diagnostics);
        var contracts = new List<CompiledContract>();
        foreach (var model in ContractModel.Find(compilation, diagnostics))
        {
            var cc = new ContractCompilation(compilation, model, options);
            var compiled = CompileContract(cc);
            diagnostics.AddRange(cc.Diagnostics);
            if (compiled is not null) contracts.Add(compiled);
        }
        return new CompileResult(diagnostics.Any(d => d.IsError) ? [] : contracts, diagnostics);
    }

    private static CompiledContract? CompileContract(ContractCompilation cc)
    {
        var model = cc.Contract;
        var abi = model.AbiMethods(cc.Diagnostics);
        foreach (var e in model.Events(cc.Diagnostics)) cc.Events[(IEventSymbol)e.Event.OriginalDefinition] = e;
        ManifestBuilder.CheckSpecialMethods(abi, cc.Diagnostics);
        var labels = abi.Select(m => cc.MethodLabel(m.Method)).ToList();
        var initialize = CompileAll(cc);
        cc.EmitSharedThrows();
        if (cc.Diagnostics.Any(d => d.IsError)) return null;
        ManifestBuilder.CheckSafeMethods(cc, abi, labels);
        if (cc.Diagnostics.Any(d => d.IsError)) return null;

        if (cc.Options.Optimize) cc.Code.Optimize(initialize is null ? labels : [.. labels, initialize]);
        var (script, positions) = cc.Code.Assemble(out var sequencePoints);
        var methods = abi.Select((m, i) => ManifestBuilder.Method(m, positions[labels[i]])).ToList();
        if (initialize is not null)
            methods.Add(new ContractMethodDescriptor("_initialize", [], ContractParameterType.Void, positions[initialize], false));
        var manifest = ManifestBuilder.Build(cc, methods);
        var source = ManifestBuilder.SourceUrl(model) ?? "";
        if (System.Text.Encoding.UTF8.GetByteCount(source) > 256)
        {
            cc.Diagnostics.Add(CompilerDiagnostic.Error("NC1006", "[ContractSourceCode] is longer than the NEF's 256-byte source field: shorten the URL.", model.Type.Locations.FirstOrDefault()));
            return null;
        }
        var nef = NefFile.Create(CompilerName, source, cc.Tokens, script);
        try
        {
            _ = new Script(script, strict: true); // a self-check: deployment parses the script the same way
            manifest.CheckAgainstScript(nef.Script, VmManifestChecks.Default);
        }
        catch (Exception e) when (e is BadScriptException or FormatException or InvalidOperationException)
        {
            cc.Diagnostics.Add(CompilerDiagnostic.Error("NC9000", $"Internal compiler error: the emitted contract is invalid ({e.Message}).",
                model.Type.Locations.FirstOrDefault()));
            return null;
        }
        if (cc.Diagnostics.Any(d => d.IsError)) return null;
        var debugInfo = DebugInfo.Create(cc, nef, positions, sequencePoints);
        return new CompiledContract(model.Name, nef, manifest, debugInfo);
    }

    /// <summary>
    /// Compiles every reachable method (methods are queued on first call), then static initialisers into _initialize.
    /// Initialisers may reach new methods and those new static fields, so _initialize grows in chunks joined by jumps.
    /// </summary>
    private static Label? CompileAll(ContractCompilation cc)
    {
        Label? initialize = null;
        Label? nextChunk = null;
        int initsslot = -1;
        MethodCompiler? initializer = null;
        while (cc.HasPendingWork)
        {
            while (cc.TryDequeue(out var method, out var label))
                Guard(cc, () => new MethodCompiler(cc, method).Compile(label), method);
            if (!cc.TryDequeueUninitialised(out var member)) continue;
            if (initialize is null)
            {
                initialize = new Label("_initialize");
                cc.Code.Mark(initialize);
                initsslot = cc.Code.Count;
                cc.Code.Emit(OpCode.INITSSLOT, 1);
                initializer = new MethodCompiler(cc, null);
                initializer.BeginInitializer();
            }
            else
            {
                cc.Code.Mark(nextChunk!);
            }
            do
            {
                var current = member;
                Guard(cc, () => initializer!.InitializeStatic(current), current);
            }
            while (cc.TryDequeueUninitialised(out member));
            bool firstChunk = nextChunk is null;
            nextChunk = new Label("_initialize-next");
            cc.Code.Branch(OpCode.JMP, nextChunk);
            if (firstChunk && InitializeSymbol(cc) is { } symbol)
            {
                var end = new Label("_initialize-end");
                cc.Code.Mark(end);
                cc.CompiledMethods.Add(new CompiledMethod(symbol, initialize, end, []));
            }
        }
        if (initialize is null) return null;
        cc.Code.Mark(nextChunk!);
        cc.Code.Emit(OpCode.RET);
        if (cc.StaticSlots.Count > byte.MaxValue)
            cc.Diagnostics.Add(CompilerDiagnostic.Error("NC2003", $"The contract has {cc.StaticSlots.Count} static fields; NeoVM allows 255.", cc.Contract.Type.Locations.FirstOrDefault()));
        else cc.Code.SetOperand(initsslot, (byte)cc.StaticSlots.Count);
        initializer!.EndInitializer();
        return initialize;
    }

    /// <summary>SmartContract._initialize, which names the static initialiser in debug info.</summary>
    private static IMethodSymbol? InitializeSymbol(ContractCompilation cc) =>
        cc.Compilation.GetTypeByMetadataName(ContractModel.SmartContractType)?.GetMembers("_initialize").OfType<IMethodSymbol>().FirstOrDefault();

    /// <summary>Runs one unit of code generation; an unsupported construct becomes its located error, and a compiler fault an NC9001 error, never a crash.</summary>
    private static void Guard(ContractCompilation cc, Action compile, ISymbol? at = null)
    {
        try
        {
            compile();
        }
        catch (UnsupportedException e)
        {
            cc.Diagnostics.Add(e.Diagnostic);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or InvalidCastException or NullReferenceException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            cc.Diagnostics.Add(CompilerDiagnostic.Error("NC9001", $"Internal compiler error while compiling {at?.ToDisplayString() ?? "this contract"}: {e.GetType().Name}: {e.Message}",
                at?.Locations.FirstOrDefault() ?? cc.Contract.Type.Locations.FirstOrDefault()));
        }
    }
}
