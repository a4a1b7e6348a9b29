using System.Text;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Vm;

/// <summary>A THROWn item that no TRY caught; the message carries its text (or the first field of an array).</summary>
public sealed class VMUnhandledException(StackItem exception) : Exception(Describe(exception))
{
    public StackItem ExceptionObject { get; } = exception;

    private static string Describe(StackItem item)
    {
        var text = new StringBuilder("An unhandled exception was thrown.");
        var bytes = item as ByteString ?? (item is Types.Array { Count: > 0 } array ? array[0] as ByteString : null);
        if (bytes is not null) text.Append(' ').Append(Encoding.UTF8.GetString(bytes.GetSpan()));
        return text.ToString();
    }
}
