using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>Puts the transaction first in the pool; valid only with the committee among the signers.</summary>
public sealed class HighPriorityAttribute : TransactionAttribute
{
    public override TransactionAttributeType Type => TransactionAttributeType.HighPriority;

    public override bool AllowMultiple => false;

    protected override int PayloadSize => 0;

    protected override void SerializePayload(NeoBinaryWriter writer)
    {
    }
}
