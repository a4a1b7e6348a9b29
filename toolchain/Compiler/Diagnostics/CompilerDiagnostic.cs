using Microsoft.CodeAnalysis;

namespace Protocol.Toolchain.Compiler.Diagnostics;

/// <summary>A located compile error or warning: "file(line,col): error NC…: message".</summary>
public sealed record CompilerDiagnostic(string Id, DiagnosticSeverity Severity, string Message, string File, int Line, int Column)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static CompilerDiagnostic Error(string id, string message, Location? location)
    {
        var span = location?.GetLineSpan();
        return new CompilerDiagnostic(id, DiagnosticSeverity.Error, message, span?.Path ?? "", (span?.StartLinePosition.Line ?? -1) + 1,
            (span?.StartLinePosition.Character ?? -1) + 1);
    }

    public static CompilerDiagnostic From(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return new CompilerDiagnostic(d.Id, d.Severity, d.GetMessage(), span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public override string ToString() => $"{File}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

/// <summary>Thrown inside code generation for a construct the compiler does not support; becomes a diagnostic.</summary>
public sealed class UnsupportedException(string id, string message, Location? location) : Exception(message)
{
    public CompilerDiagnostic Diagnostic { get; } = CompilerDiagnostic.Error(id, message, location);
}
