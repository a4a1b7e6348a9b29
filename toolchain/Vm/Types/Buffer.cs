using System.Numerics;

namespace Protocol.Toolchain.Vm.Types;

/// <summary>A mutable byte array (NEWBUFFER, CAT, SUBSTR, LEFT, RIGHT results). Equality is by reference.</summary>
public sealed class Buffer : StackItem
{
    private readonly byte[] _data;

    public Buffer(int size) => _data = size == 0 ? [] : new byte[size];

    public Buffer(ReadOnlySpan<byte> data) => _data = data.ToArray();

    private Buffer(byte[] data, bool _) => _data = data;

    /// <summary>Wraps an array the caller hands over (no copy).</summary>
    internal static Buffer Own(byte[] data) => new(data, true);

    public override StackItemType Type => StackItemType.Buffer;

    public int Size => _data.Length;

    public Span<byte> InnerBuffer => _data;

    public override bool GetBoolean() => true;

    public override ReadOnlySpan<byte> GetSpan() => _data;

    public override StackItem ConvertTo(StackItemType type)
    {
        switch (type)
        {
            case StackItemType.Integer:
                if (_data.Length > Integer.MaxSize) throw new InvalidCastException($"Can not convert Buffer of {_data.Length} bytes to an integer.");
                return new Integer(new BigInteger(_data));
            case StackItemType.ByteString:
                return new ByteString(_data.ToArray());
            default:
                return base.ConvertTo(type);
        }
    }

    internal override StackItem DeepCopy(Dictionary<StackItem, StackItem> refMap, bool asImmutable)
    {
        if (refMap.TryGetValue(this, out var mapped)) return mapped;
        StackItem copy = asImmutable ? new ByteString(_data.ToArray()) : new Buffer(_data);
        refMap.Add(this, copy);
        return copy;
    }

    public override string ToString() =>
        StrictUtf8.TryDecode(_data, out var text) ? $"(\"{text}\")" : $"(\"Base64: {Convert.ToBase64String(_data)}\")";
}
