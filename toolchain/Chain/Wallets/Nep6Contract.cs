using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Manifest;

namespace Protocol.Toolchain.Chain.Wallets;

/// <summary>
/// The "contract" of a NEP-6 account: its verification script (base64), the parameters its invocation pushes and whether
/// it is a deployed contract. A standard account has one parameter {"name":"signature","type":"Signature"}; an m-of-n
/// account has "parameter0" … "parameter{m-1}" (neo NEP6Wallet.CreateAccount).
/// </summary>
public sealed record Nep6Contract(byte[] Script, IReadOnlyList<(string Name, ContractParameterType Type)> Parameters, bool Deployed = false)
{
    public static Nep6Contract Standard(byte[] verificationScript) => new(verificationScript, [("signature", ContractParameterType.Signature)]);

    public static Nep6Contract MultiSig(byte[] verificationScript, int m) =>
        new(verificationScript, Enumerable.Range(0, m).Select(i => ($"parameter{i}", ContractParameterType.Signature)).ToArray());

    public static Nep6Contract FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "account contract");
        var script = JsonRead.ParseBase64(JsonRead.GetString(json, "script"), "contract script");
        var parameters = JsonRead.GetArray(json, "parameters").Select(p =>
            (JsonRead.GetString(p, "name"), JsonRead.ParseDefinedEnum<ContractParameterType>(JsonRead.GetString(p, "type"), "parameter type"))).ToArray();
        return new Nep6Contract(script, parameters, JsonRead.GetBoolean(json, "deployed"));
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("script", Convert.ToBase64String(Script));
        writer.WriteStartArray("parameters");
        foreach (var (name, type) in Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteString("type", type.ToString());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteBoolean("deployed", Deployed);
        writer.WriteEndObject();
    }
}
