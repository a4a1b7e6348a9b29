namespace Protocol.Toolchain.Testing;

/// <summary>A test call ended in FAULT; <see cref="Exception.Message"/> is the engine's reason.</summary>
public sealed class TestFaultException(string message, Exception? inner, long feeConsumed) : Exception(message, inner)
{
    /// <summary>Datoshi consumed up to the fault.</summary>
    public long FeeConsumed { get; } = feeConsumed;
}
