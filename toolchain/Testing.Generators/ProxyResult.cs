using System;

namespace Protocol.Toolchain.Testing.Generators;

/// <summary>
/// What one manifest produced: the source (with its fully qualified class name) or an error. Compared by value so
/// the incremental pipeline skips unchanged manifests.
/// </summary>
internal sealed class ProxyResult : IEquatable<ProxyResult>
{
    private ProxyResult(string path, string? qualifiedName, string? source, bool badOption, string? error)
    {
        Path = path;
        QualifiedName = qualifiedName;
        Source = source;
        BadOption = badOption;
        Error = error;
    }

    public string Path { get; }
    public string? QualifiedName { get; }
    public string? Source { get; }
    public bool BadOption { get; }
    public string? Error { get; }

    public static ProxyResult Generated(string path, string qualifiedName, string source) =>
        new ProxyResult(path, qualifiedName, source, false, null);

    public static ProxyResult Failed(string path, string error, bool badOption) => new ProxyResult(path, null, null, badOption, error);

    public bool Equals(ProxyResult? other) =>
        other is not null && Path == other.Path && QualifiedName == other.QualifiedName && Source == other.Source
        && BadOption == other.BadOption && Error == other.Error;

    public override bool Equals(object? obj) => Equals(obj as ProxyResult);

    public override int GetHashCode() => (Path.GetHashCode() * 397) ^ (Source ?? Error ?? "").GetHashCode();
}
