using System.Text.Json;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Chain.Deploy;

/// <summary>
/// The record a deploy writes: {"network": magic, "rpc": url, "contracts": {name: {"hash", "tx"}}} — what later commands
/// and services read to find contracts by name. Saved atomically (temporary file, flush, rename).
/// </summary>
public sealed class DeploymentRecord
{
    public uint Network { get; init; }

    public string? Rpc { get; init; }

    public Dictionary<string, (UInt160 Hash, UInt256? Tx)> Contracts { get; } = new(StringComparer.Ordinal);

    public void Add(DeployedContract contract) => Contracts[contract.Name] = (contract.Hash, contract.TxHash);

    public UInt160 HashOf(string name) =>
        Contracts.TryGetValue(name, out var entry) ? entry.Hash : throw new KeyNotFoundException($"The deployment record has no contract '{name}'.");

    public static DeploymentRecord Load(string path)
    {
        using var doc = JsonRead.Parse(File.ReadAllBytes(path));
        var json = doc.RootElement;
        var record = new DeploymentRecord
        {
            Network = (uint)JsonRead.GetNumber(json, "network"),
            Rpc = JsonRead.TryGet(json, "rpc", out var rpc) ? rpc.GetString() : null,
        };
        foreach (var entry in JsonRead.Get(json, "contracts").EnumerateObject())
        {
            record.Contracts[entry.Name] = (UInt160.Parse(JsonRead.GetString(entry.Value, "hash")),
                JsonRead.TryGet(entry.Value, "tx", out var tx) ? UInt256.Parse(tx.GetString()!) : null);
        }
        return record;
    }

    public void Save(string path)
    {
        var bytes = JsonWrite.ToUtf8(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("network", Network);
            if (Rpc is not null) w.WriteString("rpc", Rpc);
            w.WriteStartObject("contracts");
            foreach (var (name, (hash, tx)) in Contracts)
            {
                w.WriteStartObject(name);
                w.WriteString("hash", hash.ToString());
                if (tx is null) w.WriteNull("tx");
                else w.WriteString("tx", tx.ToString());
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        });
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full + ".tmp", FileMode.Create, FileAccess.Write))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(full + ".tmp", full, overwrite: true);
    }
}
