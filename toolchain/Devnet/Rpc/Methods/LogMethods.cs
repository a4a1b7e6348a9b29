using System.Text.Json;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Runtime.Engine;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>
/// neo-node ApplicationLogs' getapplicationlog(hash[, trigger]): the stored log of a block or a transaction; an unknown hash is
/// -32602 "Unknown transaction/blockhash"; a valid trigger name (any case) keeps only the executions with that trigger.
/// </summary>
public static class LogMethods
{
    public static void Register(RpcDispatcher rpc, DevnetNode node)
    {
        rpc.Register("getapplicationlog", (p, w) =>
        {
            var hash = p.Hash256(0, "hash");
            var trigger = p.OptionalString(1) ?? "";
            var log = node.ApplicationLog(hash)
                ?? throw new RpcServerException(RpcError.InvalidParams.WithData("Unknown transaction/blockhash"));
            using var doc = JsonDocument.Parse(log);
            var filter = trigger.Length > 0 && Enum.TryParse<TriggerType>(trigger, ignoreCase: true, out _);
            w.WriteStartObject();
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (property.Name != "executions" || !filter)
                {
                    property.WriteTo(w);
                    continue;
                }
                w.WriteStartArray("executions");
                foreach (var execution in property.Value.EnumerateArray())
                {
                    if (string.Equals(execution.GetProperty("trigger").GetString(), trigger, StringComparison.OrdinalIgnoreCase))
                        execution.WriteTo(w);
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        });
    }
}
