using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// Treasury (id -11, Faun+; NEP-26, NEP-27, NEP-30): accepts any NEP-17 or NEP-11 payment (both callbacks cost 2^5, need no
/// call flags and do nothing once their arguments are converted); verify() [2^5, ReadStates] is true when the committee
/// multisig witnessed the transaction.
/// </summary>
public sealed class Treasury() : NativeContract(-11, "Treasury")
{
    protected override IReadOnlyList<string> SupportedStandards => ["NEP-26", "NEP-27", "NEP-30"];

    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("onNEP11Payment", NativeMethod.Params(("from", T.Hash160), ("amount", T.Integer), ("tokenId", T.ByteArray), ("data", T.Any)),
            T.Void, 1 << 5, Models.CallFlags.None, (_, a) => Accept(a, "from", "amount", "tokenId")),
        new("onNEP17Payment", NativeMethod.Params(("from", T.Hash160), ("amount", T.Integer), ("data", T.Any)),
            T.Void, 1 << 5, Models.CallFlags.None, (_, a) => Accept(a, "from", "amount")),
        new("verify", [], T.Boolean, 1 << 5, Models.CallFlags.ReadStates, (e, _) => NeoToken.CheckCommittee(e)),
    ];

    /// <summary>neo still converts the arguments before the empty handler runs: from (20 bytes), amount, tokenId non-null.</summary>
    private static Vm.Types.StackItem? Accept(Vm.Types.StackItem[] args, params string[] names)
    {
        _ = NativeArguments.Hash160(args[0], names[0]);
        _ = NativeArguments.Integer(args[1], names[1]);
        if (names.Length > 2) _ = NativeArguments.Bytes(args[2], names[2]);
        return null;
    }
}
