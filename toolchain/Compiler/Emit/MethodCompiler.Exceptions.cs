using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Emit;

/// <summary>
/// try/catch/finally as NeoVM TRY/ENDTRY/ENDFINALLY. A catch receives the thrown item (its message) and Exception.Message
/// reads it back. A return inside a try leaves it through ENDTRY (running any finally) to a stub that returns.
/// </summary>
public sealed partial class MethodCompiler
{
    private sealed class TryFrame
    {
        public Label? ReturnStub;
        public int ReturnSlot = -1;
        public bool ReturnsValue;
    }

    private readonly Stack<TryFrame> _tries = new();

    private void Try(ITryOperation operation)
    {
        if (operation.Catches.Length > 1 || operation.Catches.Any(c => c.Filter is not null))
            throw Unsupported("NC2501", "Only one catch clause without a filter is supported (NeoVM throws one kind of exception).", operation.Syntax.GetLocation());
        if (_tries.Count > 0 && HasReturn(operation))
            throw Unsupported("NC2502", "return inside nested try blocks is not supported yet; return after the outer try.", operation.Syntax.GetLocation());
        var end = new Label("try-end");
        var catchLabel = operation.Catches.Length == 1 ? new Label("catch") : null;
        var finallyLabel = operation.Finally is not null ? new Label("finally") : null;
        var frame = new TryFrame();
        Code.Try(catchLabel, finallyLabel);
        _tries.Push(frame);
        Statement(operation.Body);
        Code.Branch(OpCode.ENDTRY, end);
        if (catchLabel is not null)
        {
            var clause = operation.Catches[0];
            Code.Mark(catchLabel);
            if (clause.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation declarator) StoreLocal(declarator.Symbol);
            else Code.Emit(OpCode.DROP);
            Statement(clause.Handler);
            Code.Branch(OpCode.ENDTRY, end);
        }
        _tries.Pop();
        if (finallyLabel is not null)
        {
            Code.Mark(finallyLabel);
            Statement(operation.Finally!);
            Code.Emit(OpCode.ENDFINALLY);
        }
        Code.Mark(end);
        if (frame.ReturnStub is null) return;
        var after = new Label("try-after");
        Code.Branch(OpCode.JMP, after);
        Code.Mark(frame.ReturnStub);
        if (frame.ReturnsValue) Slot(OpCode.LDLOC0, frame.ReturnSlot);
        Code.Emit(OpCode.RET);
        Code.Mark(after);
    }

    /// <summary>return value: RET directly, or through the enclosing try's ENDTRY and return stub.</summary>
    private void Return(IReturnOperation ret)
    {
        if (ret.ReturnedValue is not null) Expression(ret.ReturnedValue);
        if (_tries.Count == 0)
        {
            Code.Emit(OpCode.RET);
            return;
        }
        var frame = _tries.Peek();
        frame.ReturnStub ??= new Label("try-return");
        if (ret.ReturnedValue is not null)
        {
            if (frame.ReturnSlot < 0) frame.ReturnSlot = NewTemp();
            frame.ReturnsValue = true;
            Slot(OpCode.STLOC0, frame.ReturnSlot);
        }
        Code.Branch(OpCode.ENDTRY, frame.ReturnStub);
    }

    private static bool HasReturn(IOperation operation) => operation.Descendants().Any(o => o is IReturnOperation);

    private void Switch(ISwitchOperation operation)
    {
        int value = NewTemp();
        Expression(operation.Value);
        Slot(OpCode.STLOC0, value);
        bool numeric = IntegerType.Of(operation.Value.Type) is not null || IntegerType.IsBigInteger(operation.Value.Type);
        var end = new Label("switch-end");
        var sections = operation.Cases.Select(_ => new Label("case")).ToArray();
        Label? fallback = null;
        for (int i = 0; i < operation.Cases.Length; i++)
        {
            foreach (var clause in operation.Cases[i].Clauses)
            {
                switch (clause)
                {
                    case ISingleValueCaseClauseOperation single:
                        Slot(OpCode.LDLOC0, value);
                        Expression(single.Value);
                        Code.Emit(numeric ? OpCode.NUMEQUAL : OpCode.EQUAL);
                        Code.Branch(OpCode.JMPIF, sections[i]);
                        break;
                    case IDefaultCaseClauseOperation:
                        fallback = sections[i];
                        break;
                    default:
                        throw Unsupported("NC2503", "Only constant case labels and default are supported in switch (yet).", clause.Syntax.GetLocation());
                }
            }
        }
        Code.Branch(OpCode.JMP, fallback ?? end);
        var outerContinue = _loops.Count > 0 ? _loops.Peek().Continue : end;
        _loops.Push((end, outerContinue, _tries.Count));
        for (int i = 0; i < operation.Cases.Length; i++)
        {
            Code.Mark(sections[i]);
            foreach (var statement in operation.Cases[i].Body) Statement(statement);
        }
        _loops.Pop();
        Code.Mark(end);
    }
}
