namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>Where the generated proxy goes and what it is called.</summary>
public sealed class ProxyOptions
{
    /// <summary>The default namespace when none is given.</summary>
    public const string DefaultNamespace = "ContractProxies";

    /// <summary>Namespace of the proxy class (dotted identifiers).</summary>
    public string Namespace { get; set; } = DefaultNamespace;

    /// <summary>Class name; null derives it from the manifest name (<see cref="ProxyPlan.ClassNameFor"/>).</summary>
    public string? ClassName { get; set; }

    /// <summary>Where the manifest came from, for the header comment and errors (for example its file name).</summary>
    public string? SourceName { get; set; }
}
