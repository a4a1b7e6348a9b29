using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Artifacts;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Compiler.Emit;
using Protocol.Toolchain.Compiler.Front;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler;

/// <summary>One compiled contract: NEF, manifest and the offset of each ABI method.</summary>
public sealed record CompiledContract(string Name, NefFile Nef, ContractManifest Manifest);

/// <summary>The result of a compilation: contracts when there is no error, and every diagnostic (located).</summary>
public sealed record CompileResult(IReadOnlyList<CompiledContract> Contracts, IReadOnlyList<CompilerDiagnostic> Diagnostics)
{
    public bool Success => Diagnostics.All(d => !d.IsError);
}

/// <summary>C# (Roslyn semantic model) to NeoVM: NEF + manifest per contract class.</summary>
public static class ContractCompiler
{
    public const string CompilerName = "Protocol.Compiler 0.1";

    public static CompileResult Compile(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference>? references = null)
    {
        var compilation = Front.CompilationFactory.Create(sources, references);
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(CompilerDiagnostic.From).ToList();
        if (diagnostics.Count > 0) return new CompileResult([], diagnostics);
        var contracts = new List<CompiledContract>();
        foreach (var model in ContractModel.Find(compilation, diagnostics))
        {
            var contract = CompileContract(new ContractCompilation(compilation, model));
            diagnostics.AddRange(contract.Diagnostics);
            if (contract.Result is { } compiled) contracts.Add(compiled);
        }
        return new CompileResult(diagnostics.Any(d => d.IsError) ? [] : contracts, diagnostics);
    }

    private static (CompiledContract? Result, List<CompilerDiagnostic> Diagnostics) CompileContract(ContractCompilation cc)
    {
        var model = cc.Contract;
        foreach (var field in model.StaticFields) cc.StaticSlots[field] = cc.StaticSlots.Count;
        var abi = model.AbiMethods.Select(m => (Method: m, Label: cc.MethodLabel(m))).ToList();
        var initialize = cc.StaticSlots.Count > 0 ? new Label("_initialize") : null;
        if (initialize is not null) Guard(cc, () => EmitInitialize(cc, initialize));
        while (cc.TryDequeue(out var method)) Guard(cc, () => new MethodCompiler(cc, method).Compile(cc.MethodLabel(method)));
        if (cc.Diagnostics.Any(d => d.IsError)) return (null, cc.Diagnostics);

        var (script, positions) = cc.Code.Assemble();
        var methods = abi.Select(a => new ContractMethodDescriptor(ContractModel.AbiName(a.Method),
            a.Method.Parameters.Select(p => new ContractParameterDefinition(p.Name, AbiTypes.Of(p.Type))).ToList(),
            AbiTypes.Of(a.Method.ReturnType), positions[a.Label], ContractModel.HasAttribute(a.Method, "SafeAttribute"))).ToList();
        if (initialize is not null)
            methods.Add(new ContractMethodDescriptor("_initialize", [], ContractParameterType.Void, positions[initialize], false));
        var manifest = new ContractManifest(model.Name, [], [], new ContractAbi(methods, []), [],
            WildcardContainer<ContractPermissionDescriptor>.Create(), null);
        var nef = NefFile.Create(CompilerName, "", [], script);
        try
        {
            _ = new Script(script, strict: true); // a self-check: deployment parses the script the same way
        }
        catch (BadScriptException e)
        {
            cc.Diagnostics.Add(CompilerDiagnostic.Error("NC9000", $"Internal compiler error: the emitted script is invalid ({e.Message}).",
                model.Type.Locations.FirstOrDefault()));
            return (null, cc.Diagnostics);
        }
        manifest.CheckAgainstScript(nef.Script, VmManifestChecks.Default);
        return (new CompiledContract(model.Name, nef, manifest), cc.Diagnostics);
    }

    /// <summary>_initialize: INITSSLOT for every static field, then their initialisers in declaration order.</summary>
    private static void EmitInitialize(ContractCompilation cc, Label label)
    {
        cc.Code.Mark(label);
        cc.Code.Emit(OpCode.INITSSLOT, (byte)cc.StaticSlots.Count);
        foreach (var (field, slot) in cc.StaticSlots.OrderBy(s => s.Value))
        {
            var syntax = field.DeclaringSyntaxReferences[0].GetSyntax() as Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax;
            if (syntax?.Initializer is null) continue;
            var initializer = cc.ModelOf(syntax.SyntaxTree).GetOperation(syntax.Initializer) as IFieldInitializerOperation;
            new MethodCompiler(cc, null).InitializeStatic(initializer!.Value, slot);
        }
        cc.Code.Emit(OpCode.RET);
    }

    private static void Guard(ContractCompilation cc, Action compile)
    {
        try
        {
            compile();
        }
        catch (UnsupportedException e)
        {
            cc.Diagnostics.Add(e.Diagnostic);
        }
    }
}
