using System.Buffers.Binary;
using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Nef;

/// <summary>
/// NEF3 executable (NEP-16; neo SmartContract/NefFile.cs): magic, 64-byte compiler, source ≤256, reserved byte,
/// ≤128 method tokens, reserved u16, script (non-empty, ≤131070), checksum = first 4 bytes (LE) of SHA256² of
/// everything before it. A whole file may not exceed 131070 bytes.
/// </summary>
public sealed class NefFile : INeoSerializable
{
    public const uint Magic = 0x3346454E;
    public const int CompilerLength = 64;
    public const int MaxSourceLength = 256;
    public const int MaxTokens = 128;
    /// <summary>ExecutionEngineLimits.MaxItemSize: the script and the whole file are bounded by it.</summary>
    public const int MaxItemSize = 131070;

    public NefFile(string compiler, string source, IReadOnlyList<MethodToken> tokens, ReadOnlyMemory<byte> script, uint checkSum)
    {
        Compiler = compiler ?? throw new ArgumentNullException(nameof(compiler));
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        Script = script;
        CheckSum = checkSum;
    }

    public string Compiler { get; }

    public string Source { get; }

    public IReadOnlyList<MethodToken> Tokens { get; }

    public ReadOnlyMemory<byte> Script { get; }

    public uint CheckSum { get; }

    public int Size =>
        sizeof(uint) + CompilerLength + VarSize.OfVarString(Source) + 1 + VarSize.OfArray(Tokens) + 2
        + VarSize.OfVarBytes(Script.Length) + sizeof(uint);

    /// <summary>Builds a file and computes its checksum.</summary>
    public static NefFile Create(string compiler, string source, IReadOnlyList<MethodToken> tokens, ReadOnlyMemory<byte> script)
    {
        var draft = new NefFile(compiler, source, tokens, script, 0);
        return new NefFile(compiler, source, tokens, script, ComputeChecksum(draft));
    }

    /// <summary>First 4 bytes (little-endian) of SHA256² of the serialized file without its checksum.</summary>
    public static uint ComputeChecksum(NefFile file)
    {
        var bytes = file.ToArray();
        return BinaryPrimitives.ReadUInt32LittleEndian(Hashes.Hash256(bytes.AsSpan(0, bytes.Length - sizeof(uint))));
    }

    /// <summary>
    /// Parses a NEF file. With <paramref name="verify"/> the checksum and the total-size limit are checked, as
    /// ContractManagement does. Like neo, bytes after the checksum are not looked at.
    /// </summary>
    public static NefFile Parse(ReadOnlyMemory<byte> data, bool verify = true) => Deserialize(new NeoBinaryReader(data), verify);

    public static NefFile Deserialize(NeoBinaryReader reader, bool verify = true)
    {
        var start = reader.Position;
        var magic = reader.ReadUInt32();
        if (magic != Magic)
            throw new FormatException($"Wrong NEF magic 0x{magic:x8}; expected 0x{Magic:x8}.");
        var compiler = reader.ReadFixedString(CompilerLength);
        var source = reader.ReadVarString(MaxSourceLength);
        if (reader.ReadByte() != 0)
            throw new FormatException("NEF reserved byte must be 0.");
        var count = (int)reader.ReadVarInt(MaxTokens);
        var tokens = new MethodToken[count];
        for (var i = 0; i < count; i++) tokens[i] = MethodToken.Deserialize(reader);
        if (reader.ReadUInt16() != 0)
            throw new FormatException("NEF reserved bytes must be 0.");
        var script = reader.ReadVarBytes(MaxItemSize);
        if (script.Length == 0)
            throw new FormatException("NEF script cannot be empty.");
        var checkSum = reader.ReadUInt32();
        var file = new NefFile(compiler, source, tokens, script, checkSum);
        if (verify)
        {
            var expected = ComputeChecksum(file);
            if (checkSum != expected)
                throw new FormatException($"NEF checksum mismatch: file says 0x{checkSum:x8}, content gives 0x{expected:x8}.");
            if (reader.Position - start > MaxItemSize)
                throw new FormatException($"NEF file is {reader.Position - start} bytes, more than {MaxItemSize}.");
        }
        return file;
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.WriteUInt32(Magic);
        writer.WriteFixedString(Compiler, CompilerLength);
        writer.WriteVarString(Source);
        writer.WriteByte(0);
        writer.WriteArray(Tokens);
        writer.WriteUInt16(0);
        writer.WriteVarBytes(Script.Span);
        writer.WriteUInt32(CheckSum);
    }

    public byte[] ToArray() => NeoBinaryWriter.Serialize(this);

    /// <summary>RPC form: {magic, compiler, source, tokens, script (base64), checksum}.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("magic", Magic);
        writer.WriteString("compiler", Compiler);
        writer.WriteString("source", Source);
        writer.WriteStartArray("tokens");
        foreach (var token in Tokens) token.WriteJson(writer);
        writer.WriteEndArray();
        writer.WriteString("script", Convert.ToBase64String(Script.Span));
        writer.WriteNumber("checksum", CheckSum);
        writer.WriteEndObject();
    }

    public string ToJson() => JsonWrite.ToText(WriteJson);

    /// <summary>Reads the RPC form back; the magic must match and the checksum must be the content's.</summary>
    public static NefFile FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "NEF");
        if (JsonRead.GetNumber(json, "magic") != Magic)
            throw new FormatException("Wrong NEF magic in JSON.");
        var tokens = JsonRead.GetArray(json, "tokens").Select(MethodToken.FromJson).ToArray();
        var script = JsonRead.ParseBase64(JsonRead.GetString(json, "script"), "NEF script");
        var checksum = JsonRead.GetNumber(json, "checksum");
        if (checksum % 1 != 0 || checksum < 0 || checksum > uint.MaxValue)
            throw new FormatException($"NEF checksum {checksum} is not a u32.");
        var file = new NefFile(JsonRead.GetString(json, "compiler"), JsonRead.GetString(json, "source"), tokens, script, (uint)checksum);
        // Round-trip through the binary form applies every binary rule (lengths, token rules, checksum).
        return Parse(file.ToArray());
    }
}
