using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Nef;

/// <summary>A CALLT target in a NEF file (neo SmartContract/MethodToken.cs).</summary>
public sealed class MethodToken : INeoSerializable, IEquatable<MethodToken>
{
    public const int MaxMethodLength = 32;

    public MethodToken(UInt160 hash, string method, ushort parametersCount, bool hasReturnValue, CallFlags callFlags)
    {
        Hash = hash ?? throw new ArgumentNullException(nameof(hash));
        Method = method ?? throw new ArgumentNullException(nameof(method));
        ParametersCount = parametersCount;
        HasReturnValue = hasReturnValue;
        CallFlags = callFlags;
    }

    public UInt160 Hash { get; }

    public string Method { get; }

    public ushort ParametersCount { get; }

    public bool HasReturnValue { get; }

    public CallFlags CallFlags { get; }

    public int Size => UInt160.Length + VarSize.OfVarString(Method) + sizeof(ushort) + sizeof(bool) + sizeof(byte);

    /// <summary>Reads a token: method ≤32 bytes and not starting with '_', call flags within All (0x0F).</summary>
    public static MethodToken Deserialize(NeoBinaryReader reader)
    {
        var hash = UInt160.Deserialize(reader);
        var method = reader.ReadVarString(MaxMethodLength);
        if (method.StartsWith('_'))
            throw new FormatException($"Method token '{method}' cannot start with '_'.");
        var parametersCount = reader.ReadUInt16();
        var hasReturnValue = reader.ReadBoolean();
        var flags = reader.ReadByte();
        if ((flags & ~(byte)CallFlags.All) != 0)
            throw new FormatException($"Method token call flags 0x{flags:x2} are not within All (0x0f).");
        return new MethodToken(hash, method, parametersCount, hasReturnValue, (CallFlags)flags);
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.Write(Hash);
        writer.WriteVarString(Method);
        writer.WriteUInt16(ParametersCount);
        writer.WriteBoolean(HasReturnValue);
        writer.WriteByte((byte)CallFlags);
    }

    /// <summary>RPC form: {hash, method, paramcount, hasreturnvalue, callflags}.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("hash", Hash.ToString());
        writer.WriteString("method", Method);
        writer.WriteNumber("paramcount", ParametersCount);
        writer.WriteBoolean("hasreturnvalue", HasReturnValue);
        writer.WriteString("callflags", CallFlags.ToString());
        writer.WriteEndObject();
    }

    public static MethodToken FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "method token");
        var hash = JsonRead.ParseUInt160(JsonRead.GetString(json, "hash"), "method token hash");
        var method = JsonRead.GetString(json, "method");
        var count = JsonRead.GetInt32(json, "paramcount");
        if (count is < 0 or > ushort.MaxValue)
            throw new FormatException($"Method token paramcount {count} is out of range.");
        var flags = JsonRead.ParseEnum<CallFlags>(JsonRead.GetString(json, "callflags"), "callflags");
        if ((flags & ~CallFlags.All) != 0)
            throw new FormatException($"Method token call flags {flags} are not within All.");
        return new MethodToken(hash, method, (ushort)count, JsonRead.GetBoolean(json, "hasreturnvalue"), flags);
    }

    public bool Equals(MethodToken? other) =>
        other is not null && Hash == other.Hash && Method == other.Method && ParametersCount == other.ParametersCount
        && HasReturnValue == other.HasReturnValue && CallFlags == other.CallFlags;

    public override bool Equals(object? obj) => Equals(obj as MethodToken);

    public override int GetHashCode() => HashCode.Combine(Hash, Method, ParametersCount, HasReturnValue, CallFlags);
}
