using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Compiler.Diagnostics;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// Compiles one method (or accessor, constructor, lambda) from Roslyn's operation tree: arguments and locals live in
/// slots (INITSLOT, counts patched once the body is compiled), values on the evaluation stack. An instance method of a
/// class or struct takes `this` as argument 0; members of the contract class never do. Anything outside the supported
/// subset is a located compile error, never wrong code.
/// </summary>
public sealed partial class MethodCompiler
{
    private readonly ContractCompilation contract;
    private readonly IMethodSymbol? methodSymbol;
    private readonly Dictionary<ILocalSymbol, int> _locals = new(SymbolEqualityComparer.Default);
    private readonly Stack<(Label Break, int BreakDepth, Label Continue, int ContinueDepth)> _loops = new();
    private readonly bool _hasThis;
    private int _slots;
    private IOperation? _body;

    public MethodCompiler(ContractCompilation contract, IMethodSymbol? methodSymbol)
    {
        this.contract = contract;
        this.methodSymbol = methodSymbol;
        _hasThis = methodSymbol is not null && TakesThis(methodSymbol);
    }

    private Code Code => contract.Code;

    /// <summary>Whether calls to this method pass `this`: instance members of anything but the contract class.</summary>
    private bool TakesThis(IMethodSymbol method) =>
        !method.IsStatic && method.MethodKind != MethodKind.AnonymousFunction && !contract.Contract.IsContractType(method.ContainingType);

    private int ParameterCount => (methodSymbol?.Parameters.Length ?? 0) + (_hasThis ? 1 : 0);

    private int _initializerSlot = -1;

    /// <summary>Starts _initialize's code (static initialisers), which may need hidden local slots: INITSLOT, patched at the end.</summary>
    public void BeginInitializer()
    {
        _initializerSlot = Code.Count;
        Code.Emit(OpCode.INITSLOT, 0, 0);
    }

    public void EndInitializer()
    {
        if (_slots > 0) Code.SetOperand(_initializerSlot, (byte)_slots, 0);
        else Code.Drop(_initializerSlot);
    }

    public void Compile(Label entry)
    {
        var method = methodSymbol ?? throw new InvalidOperationException("No method to compile.");
        if (ParameterCount > byte.MaxValue)
            throw Unsupported("NC2002", $"Method {method.Name} has more than 255 parameters.", method.Locations.FirstOrDefault());
        Code.Mark(entry);
        int initslot = Code.Count;
        Code.Emit(OpCode.INITSLOT, 0, (byte)ParameterCount);
        if (Modifiers(method) is { Count: > 0 } modifiers) BodyWithModifiers(method, modifiers);
        else Body(method);
        if (method.MethodKind == MethodKind.Constructor) Code.Emit(OpCode.LDARG0); // compiled constructors return `this`
        Code.Emit(OpCode.RET);
        EmitReturnPoint();
        if (_slots > byte.MaxValue)
            throw Unsupported("NC2002", $"Method {method.Name} needs more than 255 local slots; split it.", method.Locations.FirstOrDefault());
        if (_slots == 0 && ParameterCount == 0) Code.Drop(initslot); // INITSLOT 0, 0 is invalid
        else Code.SetOperand(initslot, (byte)_slots, (byte)ParameterCount);
        var end = new Label(entry.Name + "-end");
        Code.Mark(end);
        contract.CompiledMethods.Add(new CompiledMethod(method, entry, end,
            _locals.Select(l => (l.Key.Name, l.Key.Type, l.Value)).OrderBy(l => l.Value).ToList()));
    }

    private void Body(IMethodSymbol method)
    {
        var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (syntax is null || syntax is TypeDeclarationSyntax || (method.AssociatedSymbol is IPropertySymbol && syntax is AccessorDeclarationSyntax { Body: null, ExpressionBody: null }))
        {
            SynthesizedBody(method);
            return;
        }
        if (syntax is PropertyDeclarationSyntax { ExpressionBody: { } arrow }) syntax = arrow;
        var operation = contract.ModelOf(syntax.SyntaxTree).GetOperation(syntax);
        _body = operation;
        switch (operation)
        {
            case IMethodBodyOperation body:
                Statement((IOperation?)body.BlockBody ?? body.ExpressionBody ?? throw Unsupported("NC2001", $"Method {method.Name} has no body.", syntax.GetLocation()));
                break;
            case IConstructorBodyOperation ctor:
                var initializer = ctor.Initializer switch
                {
                    IExpressionStatementOperation { Operation: IInvocationOperation call } => call,
                    IInvocationOperation call => call,
                    _ => null,
                };
                if (method.MethodKind == MethodKind.Constructor) ConstructorPrologue(method, initializer);
                var ctorBody = (IOperation?)ctor.BlockBody ?? ctor.ExpressionBody;
                if (ctorBody is not null) Statement(ctorBody);
                break;
            case IAnonymousFunctionOperation lambda:
                Statement(lambda.Body);
                break;
            case IBlockOperation block:
                Statement(block);
                break;
            default:
                throw Unsupported("NC2001", $"Method {method.Name} has no body to compile.", syntax.GetLocation());
        }
    }

    private void Statement(IOperation operation)
    {
        if (operation is not IBlockOperation && !operation.IsImplicit) Code.SequencePoint(operation.Syntax.GetLocation());
        switch (operation)
        {
            case IBlockOperation block:
                foreach (var statement in block.Operations) Statement(statement);
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                        if (initializer is null || TryDeclareKnownMap(declarator, initializer)) continue;
                        Value(initializer);
                        StoreLocal(declarator.Symbol);
                    }
                }
                break;
            case IExpressionStatementOperation expression:
                Discarded(expression.Operation);
                break;
            case IReturnOperation ret:
                Return(ret);
                break;
            case ITryOperation tryOperation:
                Try(tryOperation);
                break;
            case ISwitchOperation switchOperation:
                Switch(switchOperation);
                break;
            case IConditionalOperation conditional:
                If(conditional);
                break;
            case IWhileLoopOperation loop:
                While(loop);
                break;
            case IForLoopOperation loop:
                For(loop);
                break;
            case IForEachLoopOperation loop:
                ForEach(loop);
                break;
            case IBranchOperation { BranchKind: BranchKind.Break }:
                Leave(Loop(operation).Break, Loop(operation).BreakDepth);
                break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                Leave(Loop(operation).Continue, Loop(operation).ContinueDepth);
                break;
            case IThrowOperation thrown:
                Throw(thrown);
                break;
            case ILabeledOperation labeled:
                Code.Mark(GotoLabel(labeled.Label));
                if (labeled.Operation is { } inner) Statement(inner);
                break;
            case IBranchOperation { BranchKind: BranchKind.GoTo } jump:
                Leave(GotoLabel(jump.Target), GotoTryDepth(jump));
                break;
            case IUsingOperation:
                throw Unsupported("NC2104", "using statements are not supported: NeoVM has no IDisposable; call the cleanup explicitly.", operation.Syntax.GetLocation());
            case ILockOperation:
                throw Unsupported("NC2105", "lock is not supported: a contract runs on one thread; remove the lock.", operation.Syntax.GetLocation());
            case ILocalFunctionOperation:
                throw Unsupported("NC2106", "Local functions are not supported: make it a private static method of the class.", operation.Syntax.GetLocation());
            case IEmptyOperation:
                break;
            default:
                throw Unsupported("NC2100", $"This statement ({operation.Kind}) is not supported.", operation.Syntax.GetLocation());
        }
    }

    private (Label Break, int BreakDepth, Label Continue, int ContinueDepth) Loop(IOperation at) =>
        _loops.Count > 0 ? _loops.Peek() : throw Unsupported("NC2101", "break/continue outside a loop.", at.Syntax.GetLocation());

    private void If(IConditionalOperation conditional)
    {
        var otherwise = new Label("else");
        var end = new Label("endif");
        Condition(conditional.Condition, otherwise, jumpIf: false);
        Statement(conditional.WhenTrue);
        if (conditional.WhenFalse is null)
        {
            Code.Mark(otherwise);
            return;
        }
        Code.Branch(OpCode.JMP, end);
        Code.Mark(otherwise);
        Statement(conditional.WhenFalse);
        Code.Mark(end);
    }

    private void While(IWhileLoopOperation loop)
    {
        var top = new Label("loop");
        var check = new Label("check");
        var end = new Label("endloop");
        if (loop.ConditionIsTop) Code.Branch(OpCode.JMP, check);
        Code.Mark(top);
        _loops.Push((end, _tries.Count, check, _tries.Count));
        Statement(loop.Body);
        _loops.Pop();
        Code.Mark(check);
        if (loop.Condition is null) Code.Branch(OpCode.JMP, top);
        else Condition(loop.Condition, top, jumpIf: !loop.ConditionIsUntil);
        Code.Mark(end);
    }

    private void For(IForLoopOperation loop)
    {
        foreach (var before in loop.Before) Statement(before);
        var top = new Label("for");
        var next = new Label("next");
        var check = new Label("check");
        var end = new Label("endfor");
        Code.Branch(OpCode.JMP, check);
        Code.Mark(top);
        _loops.Push((end, _tries.Count, next, _tries.Count));
        Statement(loop.Body);
        _loops.Pop();
        Code.Mark(next);
        foreach (var step in loop.AtLoopBottom) Statement(step);
        Code.Mark(check);
        if (loop.Condition is null) Code.Branch(OpCode.JMP, top);
        else Condition(loop.Condition, top, jumpIf: true);
        Code.Mark(end);
    }

    private readonly Dictionary<ILabelSymbol, Label> _gotoLabels = new(SymbolEqualityComparer.Default);

    private Label GotoLabel(ILabelSymbol label)
    {
        if (!_gotoLabels.TryGetValue(label, out var target)) _gotoLabels[label] = target = new Label(label.Name);
        return target;
    }

    /// <summary>goto may not leave or enter a try block in this compiler (its target's try depth must be the current one).</summary>
    private int GotoTryDepth(IBranchOperation jump)
    {
        var declaring = jump.Target.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var here = jump.Syntax.Ancestors().OfType<TryStatementSyntax>().Count();
        var there = declaring?.Ancestors().OfType<TryStatementSyntax>().Count() ?? here;
        if (here != there)
            throw Unsupported("NC2107", "goto into or out of a try block is not supported.", jump.Syntax.GetLocation());
        return _tries.Count;
    }

    private int LocalSlot(ILocalSymbol local, Location? at)
    {
        if (_locals.TryGetValue(local, out int slot)) return slot;
        if (methodSymbol is { MethodKind: MethodKind.AnonymousFunction } && !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, methodSymbol))
            throw Unsupported("NC2108", $"The lambda captures the local '{local.Name}': lambdas may not capture locals; pass the value as a parameter or use a static field.", at);
        slot = NewTemp();
        _locals[local] = slot;
        return slot;
    }

    private void StoreLocal(ILocalSymbol local, Location? at = null) => Slot(OpCode.STLOC0, LocalSlot(local, at));

    /// <summary>A fresh local slot (declared locals and hidden temporaries share the local slots).</summary>
    private int NewTemp() => _slots++;

    private int ArgumentSlot(IParameterSymbol parameter, IOperation at)
    {
        var owner = parameter.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol } accessor ? accessor : parameter.ContainingSymbol;
        if (methodSymbol is { MethodKind: MethodKind.AnonymousFunction } && !SymbolEqualityComparer.Default.Equals(owner, methodSymbol))
            throw Unsupported("NC2108", $"The lambda captures the parameter '{parameter.Name}': lambdas may not capture; pass it as a lambda parameter.", at.Syntax.GetLocation());
        return parameter.Ordinal + (_hasThis ? 1 : 0);
    }

    private void Slot(OpCode first, int index)
    {
        if (index < 7) Code.Emit((OpCode)((byte)first + index));
        else Code.Emit((OpCode)((byte)first + 7), (byte)index);
    }

    private static UnsupportedException Unsupported(string id, string message, Location? location) => new(id, message, location);
}
