namespace Protocol.Toolchain.Vm;

public enum ExceptionHandlingState : byte
{
    Try,
    Catch,
    Finally,
}

/// <summary>One TRY block: where its catch and finally start (-1 if absent) and where ENDTRY leads.</summary>
public sealed class ExceptionHandlingContext(int catchPointer, int finallyPointer)
{
    public int CatchPointer { get; } = catchPointer;

    public int FinallyPointer { get; } = finallyPointer;

    public int EndPointer { get; internal set; } = -1;

    public bool HasCatch => CatchPointer >= 0;

    public bool HasFinally => FinallyPointer >= 0;

    public ExceptionHandlingState State { get; internal set; } = ExceptionHandlingState.Try;
}
