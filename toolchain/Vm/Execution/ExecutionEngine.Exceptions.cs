using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

public partial class ExecutionEngine
{
    private void ExecuteTry(ExecutionContext context, int catchOffset, int finallyOffset)
    {
        if (catchOffset == 0 && finallyOffset == 0)
            throw new InvalidOperationException("catchOffset and finallyOffset can't both be 0 in a TRY block.");
        if (context.TryStack is null) context.TryStack = new Stack<ExceptionHandlingContext>();
        else if (context.TryStack.Count >= Limits.MaxTryNestingDepth) throw new InvalidOperationException("MaxTryNestingDepth exceed.");
        int catchPointer = catchOffset == 0 ? -1 : checked(context.InstructionPointer + catchOffset);
        int finallyPointer = finallyOffset == 0 ? -1 : checked(context.InstructionPointer + finallyOffset);
        context.TryStack.Push(new ExceptionHandlingContext(catchPointer, finallyPointer));
    }

    private void ExecuteEndTry(ExecutionContext context, int endOffset)
    {
        if (context.TryStack is null || !context.TryStack.TryPeek(out var current))
            throw new InvalidOperationException("The corresponding TRY block cannot be found.");
        if (current.State == ExceptionHandlingState.Finally)
            throw new InvalidOperationException("The opcode ENDTRY can't be executed in a FINALLY block.");
        int endPointer = checked(context.InstructionPointer + endOffset);
        if (current.HasFinally)
        {
            current.State = ExceptionHandlingState.Finally;
            current.EndPointer = endPointer;
            context.InstructionPointer = current.FinallyPointer;
        }
        else
        {
            context.TryStack.Pop();
            context.InstructionPointer = endPointer;
        }
        _jumping = true;
    }

    private void EndFinally(ExecutionContext context)
    {
        if (context.TryStack is null || !context.TryStack.TryPop(out var current))
            throw new InvalidOperationException("The corresponding TRY block cannot be found.");
        if (UncaughtException is null) context.InstructionPointer = current.EndPointer;
        else ExecuteThrow(UncaughtException);
        _jumping = true;
    }

    /// <summary>
    /// Throws <paramref name="exception"/> inside the VM: unwinds frames to the nearest TRY that can
    /// handle it (entering its CATCH with the item pushed, or its FINALLY with the item kept pending).
    /// With no handler left the engine FAULTs with <see cref="VMUnhandledException"/>. Hosts call this
    /// for errors a script may catch.
    /// </summary>
    public void ExecuteThrow(StackItem exception)
    {
        UncaughtException = exception;
        int framesToPop = 0;
        foreach (var context in InvocationStack)
        {
            var tries = context.TryStack;
            while (tries is not null && tries.TryPeek(out var handler))
            {
                if (handler.State == ExceptionHandlingState.Finally
                    || (handler.State == ExceptionHandlingState.Catch && !handler.HasFinally))
                {
                    tries.Pop();
                    continue;
                }
                for (int i = 0; i < framesToPop; i++) ContextUnloaded(InvocationStack.Pop());
                if (handler.State == ExceptionHandlingState.Try && handler.HasCatch)
                {
                    handler.State = ExceptionHandlingState.Catch;
                    Push(exception);
                    context.InstructionPointer = handler.CatchPointer;
                    UncaughtException = null;
                }
                else
                {
                    handler.State = ExceptionHandlingState.Finally;
                    context.InstructionPointer = handler.FinallyPointer;
                }
                _jumping = true;
                return;
            }
            framesToPop++;
        }
        throw new VMUnhandledException(exception);
    }

    /// <summary>Throws a catchable VM exception carrying <paramref name="message"/> as a ByteString.</summary>
    protected void ExecuteThrow(string message) => ExecuteThrow(new ByteString(StrictUtf8.Encode(message)));
}
