using System.IO.Compression;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Protocol.Toolchain.Compiler.Emit;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Compiler.Artifacts;

/// <summary>A method in the debug info: its id, "Namespace.Type,name", inclusive code range, parameters, return type, locals, sequence points.</summary>
public sealed record DebugMethod(string Id, string Name, int Start, int End, IReadOnlyList<string> Parameters, string Return,
    IReadOnlyList<string> Variables, IReadOnlyList<string> SequencePoints);

/// <summary>
/// NEP-19 debug information: the script hash, source documents, methods with ranges and sequence points
/// ("offset[document]line:column-line:column"), events and static variables. <see cref="ToZip"/> is the .nefdbgnfo file.
/// </summary>
public sealed class DebugInfo
{
    private DebugInfo(UInt160 hash, IReadOnlyList<string> documents, IReadOnlyList<DebugMethod> methods, IReadOnlyList<(string Id, string Name, IReadOnlyList<string> Parameters)> events,
        IReadOnlyList<string> staticVariables)
    {
        Hash = hash;
        Documents = documents;
        Methods = methods;
        Events = events;
        StaticVariables = staticVariables;
    }

    public UInt160 Hash { get; }

    public IReadOnlyList<string> Documents { get; }

    public IReadOnlyList<DebugMethod> Methods { get; }

    public IReadOnlyList<(string Id, string Name, IReadOnlyList<string> Parameters)> Events { get; }

    public IReadOnlyList<string> StaticVariables { get; }

    internal static DebugInfo Create(ContractCompilation cc, NefFile nef, Dictionary<Label, int> positions, IReadOnlyList<(int Offset, Location Location)> sequencePoints)
    {
        var documents = new List<string>();
        int Document(string path)
        {
            int index = documents.IndexOf(path);
            if (index >= 0) return index;
            documents.Add(path);
            return documents.Count - 1;
        }
        var methods = new List<DebugMethod>();
        foreach (var compiled in cc.CompiledMethods.OrderBy(m => positions[m.Start]))
        {
            int start = positions[compiled.Start], end = positions[compiled.End] - 1;
            if (end < start) continue; // optimised away entirely
            var method = compiled.Method;
            var parameters = method.Parameters.Select((p, i) => $"{p.Name},{AbiTypes.Of(p.Type)},{i}").ToList();
            var points = sequencePoints.Where(p => p.Offset >= start && p.Offset <= end).Select(p =>
            {
                var span = p.Location.GetLineSpan();
                return $"{p.Offset}[{Document(span.Path)}]{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1}:{span.EndLinePosition.Character + 1}";
            }).ToList();
            methods.Add(new DebugMethod(compiled.Start.Name, $"{method.ContainingType.ToDisplayString()},{method.Name}", start, end, parameters,
                method.ReturnsVoid ? "Void" : AbiTypes.Of(method.ReturnType).ToString(),
                compiled.Locals.Select(l => $"{l.Name},{AbiTypes.Of(l.Type)},{l.Slot}").ToList(), points));
        }
        var events = cc.Events.Values.Select(e => (e.Event.ToDisplayString(), $"{e.Event.ContainingType.ToDisplayString()},{e.Name}",
            (IReadOnlyList<string>)e.Parameters.Select((p, i) => $"{p.Name},{AbiTypes.Of(p.Type)},{i}").ToList())).ToList();
        var statics = cc.StaticSlots.OrderBy(s => s.Value).Select(s => $"{(s.Key.AssociatedSymbol ?? s.Key).Name},{AbiTypes.Of(s.Key.Type)},{s.Value}").ToList();
        return new DebugInfo(UInt160.FromScript(nef.Script.Span), documents, methods, events, statics);
    }

    /// <summary>The debug JSON (NEP-19 field names).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("hash", Hash.ToString());
            writer.WriteStartArray("documents");
            foreach (var document in Documents) writer.WriteStringValue(document);
            writer.WriteEndArray();
            writer.WriteStartArray("methods");
            foreach (var method in Methods)
            {
                writer.WriteStartObject();
                writer.WriteString("id", method.Id);
                writer.WriteString("name", method.Name);
                writer.WriteString("range", $"{method.Start}-{method.End}");
                WriteStrings(writer, "params", method.Parameters);
                writer.WriteString("return", method.Return);
                WriteStrings(writer, "variables", method.Variables);
                WriteStrings(writer, "sequence-points", method.SequencePoints);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("events");
            foreach (var (id, name, parameters) in Events)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("name", name);
                WriteStrings(writer, "params", parameters);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            WriteStrings(writer, "static-variables", StaticVariables);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>The .nefdbgnfo file: a zip holding "&lt;name&gt;.debug.json", with a fixed timestamp so builds are byte-identical.</summary>
    public byte[] ToZip(string contractName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(contractName + ".debug.json", CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var writer = new StreamWriter(entry.Open());
            writer.Write(ToJson());
        }
        return stream.ToArray();
    }
}
