namespace Protocol.Toolchain.Runtime.IO;

/// <summary>A value with a Neo binary form.</summary>
public interface INeoSerializable
{
    /// <summary>Number of bytes <see cref="Serialize"/> writes.</summary>
    int Size { get; }

    /// <summary>Writes the binary form.</summary>
    void Serialize(NeoBinaryWriter writer);
}
