using System;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>
/// A manifest the proxy generator cannot handle. <see cref="Field"/> is the JSON path of the offending value
/// (for example <c>abi.methods[3].parameters[1].type</c>); the message starts with it.
/// </summary>
public sealed class ManifestFormatException : FormatException
{
    public ManifestFormatException(string field, string problem) : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The JSON path of the value at fault, or "(JSON syntax)" when the text is not JSON.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
