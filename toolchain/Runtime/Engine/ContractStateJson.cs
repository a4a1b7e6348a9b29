using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>The RPC JSON form of a contract state (getcontractstate): {id, updatecounter, hash, nef, manifest}.</summary>
public static class ContractStateJson
{
    public static void Write(Utf8JsonWriter writer, ContractState contract)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", contract.Id);
        writer.WriteNumber("updatecounter", contract.UpdateCounter);
        writer.WriteString("hash", contract.Hash.ToString());
        writer.WritePropertyName("nef");
        contract.Nef.WriteJson(writer);
        writer.WritePropertyName("manifest");
        contract.Manifest.WriteJson(writer);
        writer.WriteEndObject();
    }

    public static string ToJson(ContractState contract) => JsonWrite.ToText(w => Write(w, contract));

    public static ContractState Parse(JsonElement json)
    {
        JsonRead.RequireObject(json, "contract state");
        return new ContractState(JsonRead.GetInt32(json, "id"), checked((ushort)JsonRead.GetInt32(json, "updatecounter")),
            UInt160.Parse(JsonRead.GetString(json, "hash")), NefFile.FromJson(JsonRead.Get(json, "nef")),
            ContractManifest.FromJson(JsonRead.Get(json, "manifest")));
    }
}
