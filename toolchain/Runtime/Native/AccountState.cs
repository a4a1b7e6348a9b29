using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>A NEP-17 native token's account record, stored serialized as Struct[balance] (neo AccountState).</summary>
public class AccountState
{
    public BigInteger Balance;

    public virtual void FromStackItem(Struct item) => Balance = item[0].GetInteger();

    public virtual Struct ToStackItem() => new([new Integer(Balance)]);

    /// <summary>The bytes stored under Prefix_Account + account.</summary>
    public byte[] ToBytes() => BinarySerializer.Serialize(ToStackItem(), ExecutionEngineLimits.Default);
}

/// <summary>
/// NEO's account record: Struct[balance, balanceHeight (block of the last balance change), voteTo (public key or
/// Null), lastGasPerVote (the voted candidate's cumulative reward per vote when last settled)].
/// </summary>
public sealed class NeoAccountState : AccountState
{
    public uint BalanceHeight;

    public ECPoint? VoteTo;

    public BigInteger LastGasPerVote;

    public override void FromStackItem(Struct item)
    {
        base.FromStackItem(item);
        BalanceHeight = (uint)item[1].GetInteger();
        VoteTo = item[2].IsNull ? null : ECPoint.Decode(item[2].GetSpan(), ECCurve.Secp256r1);
        LastGasPerVote = item[3].GetInteger();
    }

    public override Struct ToStackItem()
    {
        var item = base.ToStackItem();
        item.Add(new Integer(BalanceHeight));
        item.Add(VoteTo is null ? StackItem.Null : new ByteString(VoteTo.ToArray()));
        item.Add(new Integer(LastGasPerVote));
        return item;
    }
}

/// <summary>A candidate record under NEO's Prefix_Candidate + public key: Struct[registered, votes].</summary>
internal sealed class CandidateState
{
    public bool Registered;

    public BigInteger Votes;

    public static CandidateState Parse(byte[] value)
    {
        var item = (Struct)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);
        return new CandidateState { Registered = item[0].GetBoolean(), Votes = item[1].GetInteger() };
    }

    public byte[] ToBytes() =>
        BinarySerializer.Serialize(new Struct([Registered ? StackItem.True : StackItem.False, new Integer(Votes)]), ExecutionEngineLimits.Default);
}
