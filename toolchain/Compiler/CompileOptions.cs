namespace Protocol.Toolchain.Compiler;

/// <summary>How a contract is compiled (the nccs options that change output).</summary>
public sealed record CompileOptions
{
    public static readonly CompileOptions Default = new();

    /// <summary>Run the optimiser (peephole, jump compression, dead code). On by default.</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>C#'s checked context by default (the `--checked` switch): overflow THROWs instead of wrapping.</summary>
    public bool Checked { get; init; }

    /// <summary>
    /// Defines the DEBUG preprocessor symbol (the `--debug` switch), as Neo's compiler does when it is asked for debug
    /// information: `#if DEBUG` code is compiled in. Off by default, like nccs's default `--debug None`.
    /// </summary>
    public bool Debug { get; init; }

    /// <summary>Address version for address literals (Neo N3: 0x35).</summary>
    public byte AddressVersion { get; init; } = 0x35;

    /// <summary>Written to the manifest's extra "Version" when the contract declares none (the project version).</summary>
    public string? Version { get; init; }
}
