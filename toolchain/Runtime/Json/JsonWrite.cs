using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Json;

/// <summary>
/// Compact JSON output identical to Neo.Json's ToString(): System.Text.Json's Utf8JsonWriter with its default
/// escaping (non-ASCII and HTML-sensitive characters as \uXXXX) and numbers written as doubles.
/// </summary>
public static class JsonWrite
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static byte[] ToUtf8(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }
        return stream.ToArray();
    }

    public static string ToText(Action<Utf8JsonWriter> write) => StrictUtf8.GetString(ToUtf8(write));
}
