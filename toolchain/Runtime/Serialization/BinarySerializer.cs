using System.Numerics;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;
using Boolean = Protocol.Toolchain.Vm.Types.Boolean;
using Buffer = Protocol.Toolchain.Vm.Types.Buffer;

namespace Protocol.Toolchain.Runtime.Serialization;

/// <summary>
/// Neo's binary form of a stack item (neo SmartContract/BinarySerializer.cs; reference/neo-n3.md §2.11): a type
/// byte, then Null nothing, Boolean one 0/1 byte, Integer/ByteString/Buffer VarBytes (integers as minimal
/// little-endian two's complement, zero empty), Array/Struct a VarInt count and the items, Map a VarInt count and
/// key/value pairs. Failures use Neo's exception types:
/// serialize: more than maxItems items → <see cref="FormatException"/>; a compound reached twice (cycle or shared
/// reference), Pointer or InteropInterface → <see cref="NotSupportedException"/>; output over maxSize after any
/// item → <see cref="InvalidOperationException"/>.
/// deserialize: bad bytes, unknown type, counts or item totals over maxItems, integers over 32 bytes, byte strings
/// over maxSize → <see cref="FormatException"/>; a map key that is not primitive → <see cref="InvalidCastException"/>;
/// a key over 64 bytes → <see cref="ArgumentException"/>. Trailing bytes after the item are ignored, as in Neo.
/// </summary>
public static class BinarySerializer
{
    /// <summary>Serializes with maxSize = MaxItemSize and maxItems = MaxStackSize (StdLib.serialize, storage).</summary>
    public static byte[] Serialize(StackItem item, ExecutionEngineLimits limits) =>
        Serialize(item, limits.MaxItemSize, limits.MaxStackSize);

    /// <summary>Serializes with explicit limits (e.g. the notification size check passes its own maxSize).</summary>
    public static byte[] Serialize(StackItem item, long maxSize, long maxItems)
    {
        ArgumentNullException.ThrowIfNull(item);
        var writer = new NeoBinaryWriter();
        Serialize(writer, item, maxSize, maxItems);
        return writer.ToArray();
    }

    /// <summary>Appends the binary form of <paramref name="root"/>; maxSize bounds the writer's total length.</summary>
    public static void Serialize(NeoBinaryWriter writer, StackItem root, long maxSize, long maxItems)
    {
        var seen = new HashSet<CompoundType>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<StackItem>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            if (--maxItems < 0) throw new FormatException("Too many items to serialize.");
            var item = pending.Pop();
            writer.WriteByte((byte)item.Type);
            switch (item)
            {
                case Null:
                    break;
                case Boolean:
                    writer.WriteBoolean(item.GetBoolean());
                    break;
                case Integer or ByteString or Buffer:
                    writer.WriteVarBytes(item.GetSpan());
                    break;
                case Array array:
                    if (!seen.Add(array)) throw new NotSupportedException("An array or struct is referenced more than once (cycle or shared reference).");
                    writer.WriteVarInt(array.Count);
                    for (var i = array.Count - 1; i >= 0; i--) pending.Push(array[i]);
                    break;
                case Map map:
                    if (!seen.Add(map)) throw new NotSupportedException("A map is referenced more than once (cycle or shared reference).");
                    writer.WriteVarInt(map.Count);
                    for (var i = map.Count - 1; i >= 0; i--)
                    {
                        var (key, value) = map.GetAt(i);
                        pending.Push(value);
                        pending.Push(key);
                    }
                    break;
                default:
                    throw new NotSupportedException($"Type {item.Type} can not be serialized.");
            }
            if (writer.Length > maxSize)
                throw new InvalidOperationException($"The serialized size {writer.Length} exceeds the maximum {maxSize}.");
        }
    }

    /// <summary>
    /// StdLib.deserialize: maxSize = min(data length, MaxItemSize), maxItems = MaxStackSize; trailing bytes ignored.
    /// </summary>
    public static StackItem Deserialize(ReadOnlyMemory<byte> data, ExecutionEngineLimits limits) =>
        Deserialize(new NeoBinaryReader(data), (uint)Math.Min(data.Length, limits.MaxItemSize), limits.MaxStackSize);

    /// <summary>Reads one item from a reader with maxSize = MaxItemSize and maxItems = MaxStackSize.</summary>
    public static StackItem Deserialize(NeoBinaryReader reader, ExecutionEngineLimits limits) =>
        Deserialize(reader, limits.MaxItemSize, limits.MaxStackSize);

    /// <summary>
    /// Reads one item. As in Neo, every byte is read and counted first (format errors win), then the compounds
    /// are rebuilt from the last one read to the first (map key checks).
    /// </summary>
    public static StackItem Deserialize(NeoBinaryReader reader, uint maxSize, uint maxItems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tokens = ReadTokens(reader, maxSize, maxItems);
        var built = new Stack<StackItem>();
        for (var t = tokens.Count - 1; t >= 0; t--)
        {
            var token = tokens[t];
            built.Push(token.Item ?? Build(token, built));
        }
        return built.Peek();
    }

    /// <summary>A leaf item, or a compound header (Item null) with its declared entry count.</summary>
    private readonly record struct Token(StackItem? Item, StackItemType Type, int Count);

    private static List<Token> ReadTokens(NeoBinaryReader reader, uint maxSize, uint maxItems)
    {
        var tokens = new List<Token>();
        long remaining = 1;
        while (remaining-- > 0)
        {
            var type = (StackItemType)reader.ReadByte();
            switch (type)
            {
                case StackItemType.Any:
                    tokens.Add(new Token(StackItem.Null, type, 0));
                    break;
                case StackItemType.Boolean:
                    tokens.Add(new Token(reader.ReadBoolean() ? StackItem.True : StackItem.False, type, 0));
                    break;
                case StackItemType.Integer:
                    tokens.Add(new Token(new Integer(new BigInteger(reader.ReadVarBytes(Integer.MaxSize))), type, 0));
                    break;
                case StackItemType.ByteString:
                    tokens.Add(new Token(new ByteString(reader.ReadVarBytes((int)maxSize)), type, 0));
                    break;
                case StackItemType.Buffer:
                    tokens.Add(new Token(new Buffer(reader.ReadVarBytes((int)maxSize)), type, 0));
                    break;
                case StackItemType.Array or StackItemType.Struct:
                    {
                        var count = (int)reader.ReadVarInt(maxItems);
                        tokens.Add(new Token(null, type, count));
                        remaining += count;
                        break;
                    }
                case StackItemType.Map:
                    {
                        var count = (int)reader.ReadVarInt(maxItems);
                        tokens.Add(new Token(null, type, count));
                        remaining += 2L * count;
                        break;
                    }
                default:
                    throw new FormatException($"Invalid StackItemType({type}).");
            }
            if (tokens.Count > maxItems)
                throw new FormatException($"Deserialized count({tokens.Count}) is out of range (max:{maxItems}).");
        }
        return tokens;
    }

    private static StackItem Build(Token header, Stack<StackItem> built)
    {
        switch (header.Type)
        {
            case StackItemType.Array or StackItemType.Struct:
                {
                    Array array = header.Type == StackItemType.Struct ? new Struct() : new Array();
                    for (var i = 0; i < header.Count; i++) array.Add(built.Pop());
                    return array;
                }
            default:
                {
                    var map = new Map();
                    for (var i = 0; i < header.Count; i++)
                    {
                        var key = built.Pop();
                        var value = built.Pop();
                        if (key is not PrimitiveType primitive)
                            throw new InvalidCastException($"A map key must be a primitive type, got {key.Type}.");
                        map[primitive] = value;
                    }
                    return map;
                }
        }
    }
}
