using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Protocol.Toolchain.Compiler.Diagnostics;

namespace Protocol.Toolchain.Compiler.Front;

/// <summary>
/// Finds the C# features a contract cannot use (reference §1a "Unsupported") anywhere in the user's sources, reachable
/// or not, and reports each at its location with what to write instead (NC4xxx). Code generation then only meets
/// constructs it can compile.
/// </summary>
public sealed class UnsupportedSyntax : CSharpSyntaxWalker
{
    private readonly SemanticModel _model;
    private readonly List<CompilerDiagnostic> _diagnostics;

    private UnsupportedSyntax(SemanticModel model, List<CompilerDiagnostic> diagnostics)
    {
        _model = model;
        _diagnostics = diagnostics;
    }

    public static void Check(Compilation compilation, List<CompilerDiagnostic> diagnostics)
    {
        foreach (var tree in compilation.SyntaxTrees.Where(t => !CompilationFactory.IsFramework(t)))
            new UnsupportedSyntax(compilation.GetSemanticModel(tree), diagnostics).Visit(tree.GetRoot());
    }

    private void Report(string id, SyntaxNode node, string message) => _diagnostics.Add(CompilerDiagnostic.Error(id, message, node.GetLocation()));

    private void Report(string id, SyntaxToken token, string message) => _diagnostics.Add(CompilerDiagnostic.Error(id, message, token.GetLocation()));

    public override void VisitUnsafeStatement(UnsafeStatementSyntax node)
    {
        Report("NC4001", node.UnsafeKeyword, "unsafe code is not supported: NeoVM has no pointers; use byte[] or ByteString.");
        base.VisitUnsafeStatement(node);
    }

    public override void VisitFixedStatement(FixedStatementSyntax node)
    {
        Report("NC4001", node, "fixed is not supported: NeoVM has no pointers; use byte[] or ByteString.");
        base.VisitFixedStatement(node);
    }

    public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
    {
        Report("NC4001", node, "stackalloc is not supported: create an array (new byte[n]).");
        base.VisitStackAllocArrayCreationExpression(node);
    }

    public override void VisitPointerType(PointerTypeSyntax node)
    {
        Report("NC4001", node, "Pointer types are not supported: use byte[] or ByteString.");
        base.VisitPointerType(node);
    }

    public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
    {
        Report("NC4010", node, "Function pointers are not supported: use a Func<…> delegate of a static method.");
        base.VisitFunctionPointerType(node);
    }

    public override void VisitYieldStatement(YieldStatementSyntax node)
    {
        Report("NC4002", node, "Iterators (yield) are not supported: build and return a List<T> or an array.");
        base.VisitYieldStatement(node);
    }

    public override void VisitAwaitExpression(AwaitExpressionSyntax node)
    {
        Report("NC4003", node, "async/await is not supported: a contract runs synchronously; call the method directly.");
        base.VisitAwaitExpression(node);
    }

    public override void VisitQueryExpression(QueryExpressionSyntax node)
    {
        Report("NC4004", node, "LINQ query expressions are not supported: use a foreach loop or the framework's Linq extension methods.");
        base.VisitQueryExpression(node);
    }

    public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        Report("NC4005", node.DelegateKeyword, "Anonymous methods (delegate { … }) are not supported: write a lambda (x => …) or a static method.");
        base.VisitAnonymousMethodExpression(node);
    }

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        Report("NC4006", node.Identifier, "Local functions are not supported: make it a private static method of the class.");
        base.VisitLocalFunctionStatement(node);
    }

    public override void VisitCatchFilterClause(CatchFilterClauseSyntax node)
    {
        Report("NC4007", node, "Exception filters (catch … when) are not supported: test the condition inside the catch block and rethrow with throw;.");
        base.VisitCatchFilterClause(node);
    }

    public override void VisitRangeExpression(RangeExpressionSyntax node)
    {
        Report("NC4008", node, "Ranges (a..b) are not supported: use Substring, Helper.Range, Take or Last.");
        base.VisitRangeExpression(node);
    }

    public override void VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.IndexExpression))
            Report("NC4008", node, "Index from end (^n) is not supported: use array.Length - n.");
        base.VisitPrefixUnaryExpression(node);
    }

    public override void VisitListPattern(ListPatternSyntax node)
    {
        Report("NC4009", node, "List patterns ([a, b, ..]) are not supported: test Length and the elements.");
        base.VisitListPattern(node);
    }

    public override void VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            Report("NC4011", node, "UTF-8 string literals (\"…\"u8) are not supported: a string already is UTF-8 bytes; use (ByteString)\"…\".");
        if (node.Token.Value is float or double or decimal)
            Report("NC4025", node, $"The literal {node.Token.Text} is not an integer: NeoVM has integers only; use BigInteger with a fixed number of decimals.");
        base.VisitLiteralExpression(node);
    }

    public override void VisitGlobalStatement(GlobalStatementSyntax node)
    {
        Report("NC4012", node, "Top-level statements are not supported: a contract is a class deriving from SmartContract.");
    }

    public override void VisitUsingDirective(UsingDirectiveSyntax node)
    {
        if (node.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            Report("NC4013", node.GlobalKeyword, "global using is not supported: put the using directive in each file.");
        base.VisitUsingDirective(node);
    }

    public override void VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
    {
        if (node.UsingKeyword.IsKind(SyntaxKind.UsingKeyword))
            Report("NC4014", node.UsingKeyword, "using declarations are not supported: NeoVM has no IDisposable; call the cleanup explicitly.");
        base.VisitLocalDeclarationStatement(node);
    }

    public override void VisitUsingStatement(UsingStatementSyntax node)
    {
        Report("NC4014", node.UsingKeyword, "using statements are not supported: NeoVM has no IDisposable; call the cleanup explicitly.");
        base.VisitUsingStatement(node);
    }

    public override void VisitLockStatement(LockStatementSyntax node)
    {
        Report("NC4015", node.LockKeyword, "lock is not supported: a contract runs on one thread; remove the lock.");
        base.VisitLockStatement(node);
    }

    public override void VisitRefType(RefTypeSyntax node)
    {
        Report("NC4016", node, "ref returns and ref locals are not supported: return the value (or a tuple).");
        base.VisitRefType(node);
    }

    public override void VisitParameter(ParameterSyntax node)
    {
        foreach (var modifier in node.Modifiers)
        {
            if (modifier.Kind() is SyntaxKind.RefKeyword or SyntaxKind.OutKeyword or SyntaxKind.InKeyword)
                Report("NC4017", modifier, $"{modifier.Text} parameters are not supported: return a tuple instead.");
            if (modifier.IsKind(SyntaxKind.ParamsKeyword) && node.Type is not ArrayTypeSyntax)
                Report("NC4018", modifier, "params collections other than arrays are not supported: use params T[].");
        }
        if (node.Default is not null && node.Parent?.Parent is LambdaExpressionSyntax)
            Report("NC4019", node.Default, "Default values on lambda parameters are not supported: pass the value.");
        base.VisitParameter(node);
    }

    public override void VisitArgument(ArgumentSyntax node)
    {
        if (node.RefKindKeyword.Kind() is SyntaxKind.RefKeyword or SyntaxKind.OutKeyword or SyntaxKind.InKeyword)
            Report("NC4017", node.RefKindKeyword, $"{node.RefKindKeyword.Text} arguments are not supported: return a tuple instead.");
        base.VisitArgument(node);
    }

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        if (node.Modifiers.Any(SyntaxKind.AsyncKeyword))
            Report("NC4003", node.Identifier, "async methods are not supported: a contract runs synchronously.");
        if (node.Modifiers.Any(SyntaxKind.ExternKeyword))
            Report("NC4020", node.Identifier, "extern methods are for the framework's bindings; a contract method needs a body.");
        if (node.Parent is InterfaceDeclarationSyntax && (node.Body is not null || node.ExpressionBody is not null))
            Report("NC4021", node.Identifier, "Default interface methods are not supported: implement the method in each class.");
        base.VisitMethodDeclaration(node);
    }

    public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        if (node.OperatorToken.Kind() is SyntaxKind.PlusEqualsToken or SyntaxKind.MinusEqualsToken or SyntaxKind.AsteriskEqualsToken or SyntaxKind.SlashEqualsToken
            or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken && node.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
            Report("NC4022", node.OperatorToken, "User-defined compound assignment operators are not supported: define the binary operator and write x = x op y.");
        base.VisitOperatorDeclaration(node);
    }

    public override void VisitExtensionBlockDeclaration(ExtensionBlockDeclarationSyntax node)
    {
        Report("NC4023", node.Keyword, "Extension blocks (extension members) are not supported: write static extension methods (this T x).");
    }

    public override void VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        CheckFileLocal(node);
        base.VisitClassDeclaration(node);
    }

    public override void VisitStructDeclaration(StructDeclarationSyntax node)
    {
        CheckFileLocal(node);
        base.VisitStructDeclaration(node);
    }

    private void CheckFileLocal(TypeDeclarationSyntax node)
    {
        var file = node.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.FileKeyword));
        if (file.IsKind(SyntaxKind.FileKeyword))
            Report("NC4024", file, "file-local types are not supported: make the type internal.");
    }

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (node.IsVar) { base.VisitIdentifierName(node); return; }
        if (_model.GetSymbolInfo(node).Symbol is ITypeSymbol type) CheckType(type, node);
        base.VisitIdentifierName(node);
    }

    public override void VisitPredefinedType(PredefinedTypeSyntax node)
    {
        var message = node.Keyword.Kind() switch
        {
            SyntaxKind.FloatKeyword or SyntaxKind.DoubleKeyword or SyntaxKind.DecimalKeyword =>
                $"{node.Keyword.Text} is not supported: NeoVM has integers only; use BigInteger with a fixed number of decimals.",
            _ => null,
        };
        if (message is not null) Report("NC4025", node, message);
        base.VisitPredefinedType(node);
    }

    private void CheckType(ITypeSymbol type, SyntaxNode node)
    {
        var name = type.ToDisplayString();
        var message = name switch
        {
            "System.DateTime" or "System.DateTimeOffset" => "DateTime is not supported: use Runtime.Time (milliseconds since the Unix epoch) as a ulong.",
            "System.TimeSpan" => "TimeSpan is not supported: use milliseconds as a ulong.",
            "System.Convert" => "System.Convert is not supported: use StdLib (Itoa, Atoi, Base64Encode …) or a cast.",
            "System.Numerics.BitOperations" => "BitOperations is not supported: use shifts and masks.",
            "System.Threading.Tasks.Task" or "System.Threading.Thread" => "Threads and tasks are not supported: a contract runs synchronously.",
            "nint" or "nuint" or "System.IntPtr" or "System.UIntPtr" => "Native-sized integers (nint, nuint) are not supported: use int, long or BigInteger.",
            "System.Single" or "System.Double" or "System.Decimal" => $"{type.Name} is not supported: NeoVM has integers only; use BigInteger with a fixed number of decimals.",
            "System.Random" => "System.Random is not supported: use Runtime.GetRandom().",
            "System.Text.StringBuilder" => "StringBuilder is not supported: concatenate strings or use an interpolated string.",
            _ when type.TypeKind == TypeKind.Dynamic => "dynamic is not supported: use object and cast, or a concrete type.",
            _ => null,
        };
        if (message is not null) Report("NC4025", node, message);
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        if (_model.GetSymbolInfo(node).Symbol is ITypeSymbol type)
        {
            var definition = type.OriginalDefinition.ToDisplayString();
            if (definition.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) || definition.StartsWith("System.Span<", StringComparison.Ordinal)
                || definition.StartsWith("System.ReadOnlySpan<", StringComparison.Ordinal) || definition.StartsWith("System.Memory<", StringComparison.Ordinal))
                Report("NC4026", node, $"{definition} is not supported: use the framework's List<T> and Map<TKey, TValue>, arrays, or ByteString.");
        }
        base.VisitGenericName(node);
    }
}
