using System.Linq;

namespace Protocol.Toolchain.Testing.ProxyGen;

internal sealed partial class ProxyWriter
{
    /// <summary>
    /// For event <c>Transfer(from, to, amount)</c>: <c>record TransferEvent(From, To, Amount)</c> with value equality
    /// (byte arrays, lists and maps compared by content) and a readable ToString; <c>event OnTransfer</c>, raised for
    /// each such notification of a call that HALTed; and <c>LastTransferEvents</c>, those of the engine's last call.
    /// </summary>
    private void WriteEvent(PlannedEvent e)
    {
        var abi = e.Abi;
        var fields = abi.Parameters.Select((p, i) => (Type: ProxyTypes.EventField(p.Type), Name: e.FieldNames[i])).ToList();
        var signature = CSharpNames.Xml(Signature(abi.Name, abi.Parameters, null));
        Line($"/// <summary>A <c>{signature}</c> notification of this contract.</summary>");
        Line($"public sealed record {e.RecordName}({string.Join(", ", fields.Select(f => $"{f.Type} {f.Name}"))})");
        Open();
        var decoded = fields.Select((f, i) => $"Arg<{f.Type}>(state, {i})");
        Line($"internal static {e.RecordName} Decode({VmArray} state) =>");
        Line($"    new {e.RecordName}({string.Join(", ", decoded)});");
        Line();
        var same = fields.Select(f => $" && {Values}.Same({f.Name}, other.{f.Name})");
        Line($"public bool Equals({e.RecordName}? other) => other is not null{string.Concat(same)};");
        Line();
        var hashed = fields.Count == 0 ? "" : ", " + string.Join(", ", fields.Select(f => f.Name));
        Line($"public override int GetHashCode() => {Values}.Hash({CSharpNames.Literal(abi.Name)}{hashed});");
        Line();
        var shown = fields.Select((f, i) => $"({CSharpNames.Literal(abi.Parameters[i].Name)}, (object?){f.Name})");
        var shownArgs = fields.Count == 0 ? "" : ", " + string.Join(", ", shown);
        Line($"public override string ToString() => {Values}.Format({CSharpNames.Literal(abi.Name)}{shownArgs});");
        Close();
        Line();
        Line($"/// <summary>Raised for each <c>{signature}</c> this contract notifies in a call that HALTs.</summary>");
        Line($"public event global::System.Action<{e.RecordName}>? {e.EventName};");
        Line();
        Line($"/// <summary>The <c>{CSharpNames.Xml(abi.Name)}</c> notifications of this contract in the engine's last call, in order.</summary>");
        Line($"public global::System.Collections.Generic.IReadOnlyList<{e.RecordName}> {e.ListName} => " +
             $"LastEvents({CSharpNames.Literal(abi.Name)}, {e.RecordName}.Decode);");
    }
}
