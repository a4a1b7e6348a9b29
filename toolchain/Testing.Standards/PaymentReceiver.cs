using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Testing.Proxies;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>What a receiver got: one <c>Received</c> notification.</summary>
/// <param name="Token">The calling script hash: the token that paid.</param>
/// <param name="From">The payment's <c>from</c> as the token passed it (null for a mint).</param>
/// <param name="Amount">The amount as passed (an Integer for a conforming token).</param>
/// <param name="TokenId">NEP-11 token id bytes; null for NEP-17.</param>
/// <param name="Data">The <c>data</c> argument, in natural form (see <see cref="ProxyValues.ToObject"/>).</param>
public sealed record ReceivedPayment(UInt160 Token, object? From, object? Amount, object? TokenId, object? Data);

/// <summary>
/// A small hand-assembled contract (NEP-26/NEP-27 receiver) for standard suites: <c>onNEP17Payment</c> and
/// <c>onNEP11Payment</c> notify <c>Received(token, from, amount, tokenId, data)</c>, then accept, refuse by ABORTMSG or
/// send the payment back, as set by <c>setMode</c> (<see cref="Accept"/>, <see cref="Refuse"/>, <see cref="ReturnToSender"/>).
/// Its manifest allows it to call <c>transfer</c> on any contract, and nothing else.
/// </summary>
public static class PaymentReceiver
{
    public const string Name = "StandardsPaymentReceiver";
    public const string EventName = "Received";
    public const string RefusalReason = PaymentReceiverScript.RefusalReason;

    private static readonly Lazy<(NefFile Nef, string Manifest)> Artefacts = new(Build);

    public static NefFile Nef => Artefacts.Value.Nef;

    public static string ManifestJson => Artefacts.Value.Manifest;

    /// <summary>Deploys the receiver from the engine's current sender.</summary>
    public static UInt160 Deploy(TestEngine engine) => engine.Deploy(Nef, ContractManifest.Parse(ManifestJson));

    public static void Accept(TestEngine engine, UInt160 receiver) => SetMode(engine, receiver, "");

    public static void Refuse(TestEngine engine, UInt160 receiver) => SetMode(engine, receiver, PaymentReceiverScript.RefuseMode);

    public static void ReturnToSender(TestEngine engine, UInt160 receiver) => SetMode(engine, receiver, PaymentReceiverScript.ReturnMode);

    /// <summary>The payments <paramref name="receiver"/> recorded in the engine's last call, in order.</summary>
    public static IReadOnlyList<ReceivedPayment> LastPayments(TestEngine engine, UInt160 receiver) =>
        engine.LastNotifications.Where(n => n.ScriptHash == receiver && n.EventName == EventName).Select(Decode).ToList();

    public static ReceivedPayment Decode(NotifyEventArgs n) => new(
        new UInt160(n.State[0].GetSpan()), ProxyValues.ToObject(n.State[1]), ProxyValues.ToObject(n.State[2]),
        ProxyValues.ToObject(n.State[3]), ProxyValues.ToObject(n.State[4]));

    private static void SetMode(TestEngine engine, UInt160 receiver, string mode) => engine.Invoke(receiver, "setMode", mode);

    private static (NefFile, string) Build()
    {
        var (script, setMode, onNep17, onNep11) = PaymentReceiverScript.Build();
        var manifest = $$"""
            {"name":"{{Name}}","groups":[],"features":{},"supportedstandards":["NEP-26","NEP-27"],
            "abi":{"methods":[
            {"name":"setMode","parameters":[{"name":"mode","type":"String"}],"returntype":"Void","offset":{{setMode}},"safe":false},
            {"name":"onNEP17Payment","parameters":[{"name":"from","type":"Hash160"},{"name":"amount","type":"Integer"},{"name":"data","type":"Any"}],"returntype":"Void","offset":{{onNep17}},"safe":false},
            {"name":"onNEP11Payment","parameters":[{"name":"from","type":"Hash160"},{"name":"amount","type":"Integer"},{"name":"tokenId","type":"ByteArray"},{"name":"data","type":"Any"}],"returntype":"Void","offset":{{onNep11}},"safe":false}],
            "events":[{"name":"{{EventName}}","parameters":[{"name":"token","type":"Hash160"},{"name":"from","type":"Any"},{"name":"amount","type":"Any"},{"name":"tokenId","type":"Any"},{"name":"data","type":"Any"}]}]},
            "permissions":[{"contract":"*","methods":["transfer"]}],"trusts":[],"extra":null}
            """.ReplaceLineEndings("");
        return (NefFile.Create("Protocol.Toolchain.Testing.Standards", "", [], script), manifest);
    }
}
