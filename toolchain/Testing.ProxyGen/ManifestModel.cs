using System.Collections.Generic;

namespace Protocol.Toolchain.Testing.ProxyGen;

/// <summary>ABI parameter and return types (reference §2.3); the names are the manifest's JSON text.</summary>
public enum AbiType
{
    Any,
    Boolean,
    Integer,
    ByteArray,
    String,
    Hash160,
    Hash256,
    PublicKey,
    Signature,
    Array,
    Map,
    InteropInterface,
    /// <summary>Return type only.</summary>
    Void,
}

/// <summary>A named, typed parameter of an ABI method or event.</summary>
public sealed class AbiParameter
{
    public AbiParameter(string name, AbiType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public AbiType Type { get; }
}

/// <summary>An ABI method as the proxy needs it (offsets are irrelevant to a caller and are not kept).</summary>
public sealed class AbiMethod
{
    public AbiMethod(string name, IReadOnlyList<AbiParameter> parameters, AbiType returnType, bool safe)
    {
        Name = name;
        Parameters = parameters;
        ReturnType = returnType;
        Safe = safe;
    }

    public string Name { get; }

    public IReadOnlyList<AbiParameter> Parameters { get; }

    public AbiType ReturnType { get; }

    public bool Safe { get; }
}

public sealed class AbiEvent
{
    public AbiEvent(string name, IReadOnlyList<AbiParameter> parameters)
    {
        Name = name;
        Parameters = parameters;
    }

    public string Name { get; }

    public IReadOnlyList<AbiParameter> Parameters { get; }
}

/// <summary>The parts of a contract manifest a proxy is generated from.</summary>
public sealed class ManifestModel
{
    public ManifestModel(string name, IReadOnlyList<string> standards, IReadOnlyList<AbiMethod> methods, IReadOnlyList<AbiEvent> events)
    {
        Name = name;
        Standards = standards;
        Methods = methods;
        Events = events;
    }

    public string Name { get; }

    public IReadOnlyList<string> Standards { get; }

    public IReadOnlyList<AbiMethod> Methods { get; }

    public IReadOnlyList<AbiEvent> Events { get; }
}
