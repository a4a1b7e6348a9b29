namespace Protocol.Toolchain.Devnet.Node;

/// <summary>Neo's transaction verification outcomes (neo Ledger/VerifyResult.cs), in Neo's order.</summary>
public enum VerifyResult : byte
{
    Succeed,
    AlreadyExists,
    AlreadyInPool,
    OutOfMemory,
    UnableToVerify,
    Invalid,
    InvalidScript,
    InvalidAttribute,
    InvalidSignature,
    OverSize,
    Expired,
    InsufficientFunds,
    PolicyFail,
    HasConflicts,
    Unknown,
}

/// <summary>A verification outcome and, when it failed, a sentence saying exactly what failed.</summary>
public sealed record Verification(VerifyResult Result, string Detail = "")
{
    public static readonly Verification Succeed = new(VerifyResult.Succeed);

    public bool Succeeded => Result == VerifyResult.Succeed;
}
