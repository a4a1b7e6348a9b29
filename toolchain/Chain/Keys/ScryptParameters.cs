using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Chain.Keys;

/// <summary>scrypt cost parameters of NEP-2 and NEP-6 ({"n":16384,"r":8,"p":8} by default).</summary>
public sealed record ScryptParameters(int N, int R, int P)
{
    public static readonly ScryptParameters Default = new(16384, 8, 8);

    public static ScryptParameters FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "scrypt parameters");
        var result = new ScryptParameters(JsonRead.GetInt32(json, "n"), JsonRead.GetInt32(json, "r"), JsonRead.GetInt32(json, "p"));
        result.Validate();
        return result;
    }

    public void Validate()
    {
        if (N <= 1 || (N & (N - 1)) != 0) throw new FormatException($"scrypt n must be a power of two above 1, got {N}.");
        if (R < 1 || P < 1) throw new FormatException($"scrypt r and p must be positive, got r={R}, p={P}.");
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("n", N);
        writer.WriteNumber("r", R);
        writer.WriteNumber("p", P);
        writer.WriteEndObject();
    }
}
