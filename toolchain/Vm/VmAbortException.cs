namespace Protocol.Toolchain.Vm;

/// <summary>ABORT, ABORTMSG, ASSERT or ASSERTMSG stopped the script; no TRY can catch it.</summary>
public sealed class VmAbortException(string message) : Exception(message);
