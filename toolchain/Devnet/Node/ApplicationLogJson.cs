using System.Globalization;
using System.Text.Json;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// getapplicationlog answers as neo-node's ApplicationLogs plugin renders them (LogReader.cs): a transaction gives
/// {"txid", "executions": [{trigger, vmstate, exception, gasconsumed, stack, notifications}]}, a block gives {"blockhash",
/// "executions": [OnPersist, PostPersist]} without "exception". Each notification is {contract, eventname, state: {"type":
/// "Array", "value": […]}}; a stack that cannot be serialised within 65535 characters turns into an "exception".
/// </summary>
public static class ApplicationLogJson
{
    public const int MaxStackSize = ushort.MaxValue;

    public static string Transaction(UInt256 hash, ApplicationExecuted execution) => JsonWrite.ToText(w =>
    {
        w.WriteStartObject();
        w.WriteString("txid", hash.ToString());
        w.WriteStartArray("executions");
        Execution(w, execution, withException: true);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Block(UInt256 hash, IEnumerable<ApplicationExecuted> systemExecutions) => JsonWrite.ToText(w =>
    {
        w.WriteStartObject();
        w.WriteString("blockhash", hash.ToString());
        w.WriteStartArray("executions");
        foreach (var execution in systemExecutions) Execution(w, execution, withException: false);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Execution(Utf8JsonWriter w, ApplicationExecuted e, bool withException)
    {
        w.WriteStartObject();
        w.WriteString("trigger", e.Trigger.ToString());
        w.WriteString("vmstate", e.VMState.ToString());
        string? exception = withException ? FaultMessage(e.Exception) : null;
        string? stack = null;
        try
        {
            stack = JsonWrite.ToText(s =>
            {
                s.WriteStartArray();
                foreach (var item in e.Stack) StackItemJson.Write(s, item, MaxStackSize);
                s.WriteEndArray();
            });
        }
        catch (InvalidOperationException ex)
        {
            exception = ex.Message;
        }
        if (withException || stack is null)
        {
            if (exception is null) w.WriteNull("exception");
            else w.WriteString("exception", exception);
        }
        w.WriteString("gasconsumed", e.GasConsumed.ToString(CultureInfo.InvariantCulture));
        if (stack is not null)
        {
            w.WritePropertyName("stack");
            w.WriteRawValue(stack);
        }
        w.WriteStartArray("notifications");
        foreach (var n in e.Notifications)
        {
            w.WriteStartObject();
            w.WriteString("contract", n.ScriptHash.ToString());
            w.WriteString("eventname", n.EventName);
            try
            {
                var state = JsonWrite.ToText(s => StackItemJson.Write(s, n.State));
                w.WritePropertyName("state");
                w.WriteRawValue(state);
            }
            catch (InvalidOperationException)
            {
                w.WriteString("state", "error: recursive reference");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>neo reports the innermost exception's message.</summary>
    public static string? FaultMessage(Exception? exception)
    {
        if (exception is null) return null;
        if (exception is System.Reflection.TargetInvocationException { InnerException: { } inner }) exception = inner;
        return exception.GetBaseException().Message;
    }
}
