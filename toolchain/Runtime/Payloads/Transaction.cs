using System.Buffers.Binary;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads.Attributes;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>
/// A Neo N3 transaction (neo Payloads/Transaction.cs). Binary form: version u8 (0), nonce u32, system fee i64 ≥0,
/// network fee i64 ≥0, valid-until-block u32, 1..16 unique signers, ≤16−#signers attributes (no duplicate types
/// unless allowed), script 1..65535 bytes, one witness per signer. The hash is SHA256 of the unsigned part.
/// </summary>
public sealed class Transaction : INeoSerializable
{
    public const int MaxTransactionSize = 102400;
    public const int MaxTransactionAttributes = 16;
    public const int MaxScriptLength = ushort.MaxValue;
    public const int HeaderSize = 1 + 4 + 8 + 8 + 4;

    public byte Version { get; init; }

    public uint Nonce { get; init; }

    /// <summary>Datoshi burned for execution.</summary>
    public long SystemFee { get; init; }

    /// <summary>Datoshi paid for size and verification.</summary>
    public long NetworkFee { get; init; }

    public uint ValidUntilBlock { get; init; }

    public required IReadOnlyList<Signer> Signers { get; init; }

    public IReadOnlyList<TransactionAttribute> Attributes { get; init; } = [];

    public required ReadOnlyMemory<byte> Script { get; init; }

    public IReadOnlyList<Witness> Witnesses { get; init; } = [];

    /// <summary>The first signer pays the fees.</summary>
    public UInt160 Sender => Signers[0].Account;

    public int Size => HeaderSize + VarSize.OfArray(Signers) + VarSize.OfArray(Attributes)
        + VarSize.OfVarBytes(Script.Length) + VarSize.OfArray(Witnesses);

    /// <summary>SHA256 of the unsigned bytes.</summary>
    public UInt256 Hash => new(Hashes.Sha256(GetUnsignedData()));

    /// <summary>The bytes signers sign: network magic (u32 LE) followed by the 32-byte hash.</summary>
    public byte[] GetSignData(uint network)
    {
        var data = new byte[4 + UInt256.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(data, network);
        Hash.AsSpan().CopyTo(data.AsSpan(4));
        return data;
    }

    /// <summary>Everything before the witnesses.</summary>
    public byte[] GetUnsignedData()
    {
        var writer = new NeoBinaryWriter(Size);
        SerializeUnsigned(writer);
        return writer.ToArray();
    }

    public void SerializeUnsigned(NeoBinaryWriter writer)
    {
        writer.WriteByte(Version);
        writer.WriteUInt32(Nonce);
        writer.WriteInt64(SystemFee);
        writer.WriteInt64(NetworkFee);
        writer.WriteUInt32(ValidUntilBlock);
        writer.WriteArray(Signers);
        writer.WriteArray(Attributes);
        writer.WriteVarBytes(Script.Span);
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        SerializeUnsigned(writer);
        writer.WriteArray(Witnesses);
    }

    public byte[] ToArray() => NeoBinaryWriter.Serialize(this);

    /// <summary>Parses a signed transaction. Like neo, bytes after the last witness are not looked at.</summary>
    public static Transaction Parse(ReadOnlyMemory<byte> data) => Deserialize(new NeoBinaryReader(data));

    public static Transaction Deserialize(NeoBinaryReader reader)
    {
        var unsigned = DeserializeUnsigned(reader);
        var count = (int)reader.ReadVarInt((ulong)unsigned.Signers.Count);
        if (count != unsigned.Signers.Count)
            throw new FormatException($"The transaction has {count} witness(es) for {unsigned.Signers.Count} signer(s).");
        var witnesses = new Witness[count];
        for (var i = 0; i < count; i++) witnesses[i] = Witness.Deserialize(reader);
        return unsigned.WithWitnesses(witnesses);
    }

    /// <summary>Parses the unsigned part (everything the hash covers).</summary>
    public static Transaction DeserializeUnsigned(NeoBinaryReader reader)
    {
        var version = reader.ReadByte();
        if (version > 0) throw new FormatException($"Invalid transaction version {version}.");
        var nonce = reader.ReadUInt32();
        var systemFee = reader.ReadInt64();
        if (systemFee < 0) throw new FormatException($"Invalid system fee {systemFee}.");
        var networkFee = reader.ReadInt64();
        if (networkFee < 0) throw new FormatException($"Invalid network fee {networkFee}.");
        if (systemFee + networkFee < systemFee) throw new FormatException("System fee plus network fee overflows.");
        var validUntilBlock = reader.ReadUInt32();
        var signers = ReadSigners(reader);
        var attributes = ReadAttributes(reader, MaxTransactionAttributes - signers.Length);
        var script = reader.ReadVarBytes(MaxScriptLength);
        if (script.Length == 0) throw new FormatException("The transaction script is empty.");
        return new Transaction
        {
            Version = version,
            Nonce = nonce,
            SystemFee = systemFee,
            NetworkFee = networkFee,
            ValidUntilBlock = validUntilBlock,
            Signers = signers,
            Attributes = attributes,
            Script = script,
        };
    }

    private static Signer[] ReadSigners(NeoBinaryReader reader)
    {
        var count = (int)reader.ReadVarInt(MaxTransactionAttributes);
        if (count == 0) throw new FormatException("The transaction has no signers.");
        var signers = new Signer[count];
        var accounts = new HashSet<UInt160>();
        for (var i = 0; i < count; i++)
        {
            signers[i] = Signer.Deserialize(reader);
            if (!accounts.Add(signers[i].Account))
                throw new FormatException($"Signer account {signers[i].Account} appears twice.");
        }
        return signers;
    }

    private static TransactionAttribute[] ReadAttributes(NeoBinaryReader reader, int maxCount)
    {
        var count = (int)reader.ReadVarInt((ulong)maxCount);
        var attributes = new TransactionAttribute[count];
        var types = new HashSet<TransactionAttributeType>();
        for (var i = 0; i < count; i++)
        {
            attributes[i] = TransactionAttribute.Deserialize(reader);
            if (!attributes[i].AllowMultiple && !types.Add(attributes[i].Type))
                throw new FormatException($"Attribute {attributes[i].Type} appears twice.");
        }
        return attributes;
    }

    /// <summary>A copy with other witnesses (signing does not change the hash).</summary>
    public Transaction WithWitnesses(IReadOnlyList<Witness> witnesses) => new()
    {
        Version = Version,
        Nonce = Nonce,
        SystemFee = SystemFee,
        NetworkFee = NetworkFee,
        ValidUntilBlock = ValidUntilBlock,
        Signers = Signers,
        Attributes = Attributes,
        Script = Script,
        Witnesses = witnesses,
    };

    /// <summary>Throws when the serialized transaction is larger than <see cref="MaxTransactionSize"/> (neo rejects it at verification).</summary>
    public void EnsureWithinSizeLimit()
    {
        if (Size > MaxTransactionSize)
            throw new FormatException($"The transaction is {Size} bytes, more than {MaxTransactionSize}.");
    }
}
