using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// try/catch/finally as NeoVM TRY/ENDTRY/ENDFINALLY. An exception is its message: `new X("m")` is the string "m" (the
/// type name without one), a catch receives the thrown item and Exception.Message reads it back. Leaving try blocks
/// (return, break, continue, goto) goes through ENDTRY one level at a time, via a stub after each try, so every finally
/// runs; a return value waits in a hidden slot. Every statement leaves the method's evaluation stack empty, so a catch
/// clears what an interrupted expression left behind.
/// </summary>
public sealed partial class MethodCompiler
{
    private sealed class TryFrame
    {
        /// <summary>Jumps that leave this try: their final target and depth → the stub after this try that continues them.</summary>
        public readonly List<(Label Target, int Depth, Label Stub)> Exits = [];
    }

    private readonly Stack<TryFrame> _tries = new();
    private readonly Stack<int> _caught = new();
    private Label? _returnPoint;
    private int _returnSlot = -1;

    private void Try(ITryOperation operation)
    {
        if (operation.Catches.Length > 1 || operation.Catches.Any(c => c.Filter is not null))
            throw Unsupported("NC2501", "Only one catch clause without a filter is supported (NeoVM throws one kind of exception): catch (Exception e) and test e.Message.",
                operation.Syntax.GetLocation());
        var clause = operation.Catches.FirstOrDefault();
        Action<int>? handler = clause is null ? null : slot =>
        {
            _caught.Push(slot);
            Statement(clause.Handler);
            _caught.Pop();
        };
        var caughtLocal = (clause?.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
        TryBlock(() => Statement(operation.Body), handler, caughtLocal, operation.Finally is { } finallyBlock ? () => Statement(finallyBlock) : null, operation.Syntax);
    }

    /// <summary>
    /// TRY body [catch (slot) handler] [finally]: the catch stores what was thrown (in the declared local or a hidden
    /// slot) and clears the stack; exits from the body or handler continue through stubs after the block.
    /// </summary>
    private void TryBlock(Action body, Action<int>? handler, ILocalSymbol? caughtLocal, Action? finallyBody, SyntaxNode at)
    {
        if (_tries.Count >= 16)
            throw Unsupported("NC2505", "try blocks nest at most 16 deep in NeoVM.", at.GetLocation());
        var end = new Label("try-end");
        var catchLabel = handler is not null ? new Label("catch") : null;
        var finallyLabel = finallyBody is not null ? new Label("finally") : null;
        var frame = new TryFrame();
        Code.Try(catchLabel, finallyLabel);
        _tries.Push(frame);
        body();
        Code.Branch(OpCode.ENDTRY, end);
        if (catchLabel is not null)
        {
            Code.Mark(catchLabel);
            int slot = caughtLocal is not null ? LocalSlot(caughtLocal, at.GetLocation()) : NewTemp();
            Slot(OpCode.STLOC0, slot);
            // Statements leave this method's stack empty, so whatever the throw left half-evaluated goes.
            Code.Emit(OpCode.CLEAR);
            handler!(slot);
            Code.Branch(OpCode.ENDTRY, end);
        }
        _tries.Pop();
        if (finallyLabel is not null)
        {
            Code.Mark(finallyLabel);
            finallyBody!();
            Code.Emit(OpCode.ENDFINALLY);
        }
        Code.Mark(end);
        if (frame.Exits.Count == 0) return;
        var after = new Label("try-after");
        Code.Branch(OpCode.JMP, after);
        foreach (var (target, depth, stub) in frame.Exits)
        {
            Code.Mark(stub);
            Leave(target, depth);
        }
        Code.Mark(after);
    }

    /// <summary>Jumps to a label at try depth <paramref name="targetDepth"/>: JMP when no try is left, else ENDTRY to this try's stub.</summary>
    private void Leave(Label target, int targetDepth)
    {
        if (_tries.Count == targetDepth)
        {
            Code.Branch(OpCode.JMP, target);
            return;
        }
        var frame = _tries.Peek();
        var exit = frame.Exits.FirstOrDefault(e => e.Target == target);
        if (exit.Stub is null)
        {
            exit = (target, targetDepth, new Label("leave-try"));
            frame.Exits.Add(exit);
        }
        Code.Branch(OpCode.ENDTRY, exit.Stub);
    }

    /// <summary>return [value]: RET directly; inside a try, through the try exits to a shared return point.</summary>
    private void Return(IReturnOperation ret)
    {
        bool isConstructor = methodSymbol?.MethodKind == MethodKind.Constructor;
        if (ret.ReturnedValue is not null) Value(ret.ReturnedValue);
        else if (isConstructor) Code.Emit(OpCode.LDARG0); // compiled constructors return `this`
        if (_tries.Count == 0)
        {
            Code.Emit(OpCode.RET);
            return;
        }
        bool hasValue = ret.ReturnedValue is not null || isConstructor;
        if (hasValue)
        {
            if (_returnSlot < 0) _returnSlot = NewTemp();
            Slot(OpCode.STLOC0, _returnSlot);
        }
        _returnPoint ??= new Label("return");
        Leave(_returnPoint, 0);
    }

    /// <summary>The shared return point of returns from inside try blocks (after the method's last RET).</summary>
    private void EmitReturnPoint()
    {
        if (_returnPoint is null) return;
        Code.Mark(_returnPoint);
        if (_returnSlot >= 0) Slot(OpCode.LDLOC0, _returnSlot);
        Code.Emit(OpCode.RET);
    }

    private void Throw(IThrowOperation thrown) => Throw(thrown.Exception, thrown);

    /// <summary>throw x: THROW the exception's message; `throw;` rethrows what the enclosing catch caught.</summary>
    private void Throw(IOperation? exception, IOperation at)
    {
        switch (exception)
        {
            case null:
                if (_caught.Count == 0) throw Unsupported("NC2102", "throw; outside a catch block.", at.Syntax.GetLocation());
                Slot(OpCode.LDLOC0, _caught.Peek());
                break;
            case IObjectCreationOperation creation when IsException(creation.Type):
                ExceptionValue(creation);
                break;
            case IConversionOperation { Operand: var operand } when IsException(operand.Type):
                Throw(operand, at);
                return;
            default:
                if (!IsException(exception.Type))
                    throw Unsupported("NC2102", "Only exceptions can be thrown.", at.Syntax.GetLocation());
                Expression(exception);
                break;
        }
        Code.Emit(OpCode.THROW);
    }

    /// <summary>
    /// new SomeException(…): its message as .NET would word it: the message argument, .NET's text around a constant
    /// parameter name for the Argument*Exception(paramName) forms, otherwise the type's name.
    /// </summary>
    private void ExceptionValue(IObjectCreationOperation creation)
    {
        var first = creation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).FirstOrDefault();
        if (first is null || first.Value.Type?.SpecialType != SpecialType.System_String)
        {
            Code.Push(Encoding.UTF8.GetBytes(creation.Type!.Name));
            return;
        }
        if (first.Parameter?.Name == "paramName" && first.Value.ConstantValue is { HasValue: true, Value: string parameter })
        {
            var text = creation.Type!.Name switch
            {
                "ArgumentNullException" => $"Value cannot be null. (Parameter '{parameter}')",
                "ArgumentOutOfRangeException" => $"Specified argument was out of the range of valid values. (Parameter '{parameter}')",
                _ => parameter,
            };
            Code.Push(Encoding.UTF8.GetBytes(text));
            return;
        }
        Value(first.Value);
    }
}
