using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Storage;

/// <summary>
/// The iterator System.Storage.Find returns. Like Neo's, the search is lazy: the entries are read from the
/// storage layer when <see cref="Next"/> is first called, not when Find runs. Each value is shaped by the
/// find options: Struct[key, value] by default, the key alone (KeysOnly) or the value alone (ValuesOnly);
/// RemovePrefix strips the searched prefix from keys; DeserializeValues turns values into stack items with
/// the binary serializer (default limits) and PickField0/1 then takes field 0/1 of that array.
/// </summary>
public sealed class StorageIterator : IIterator
{
    /// <summary>Raw storage keys start with the 4-byte contract id, which the iterator never returns.</summary>
    private const int IdLength = 4;

    private readonly Func<IEnumerable<(byte[] Key, byte[] Value)>> _seek;
    private readonly int _prefixLength;
    private readonly FindOptions _options;
    private IEnumerator<(byte[] Key, byte[] Value)>? _enumerator;
    private (byte[] Key, byte[] Value)? _current;

    /// <param name="seek">Yields raw (id-prefixed) entries in the requested order; called on the first Next.</param>
    /// <param name="prefixLength">Length of the searched prefix (without the id), removed by RemovePrefix.</param>
    /// <param name="options">Validated find options.</param>
    public StorageIterator(Func<IEnumerable<(byte[] Key, byte[] Value)>> seek, int prefixLength, FindOptions options)
    {
        _seek = seek;
        _prefixLength = prefixLength;
        _options = options;
    }

    public bool Next()
    {
        _enumerator ??= _seek().GetEnumerator();
        if (!_enumerator.MoveNext()) return false;
        _current = _enumerator.Current;
        return true;
    }

    /// <summary>
    /// The current element. Before the first successful Next this FAULTs (Neo dereferences an unset entry);
    /// after the end it keeps returning the last element, as Neo's enumerator does.
    /// </summary>
    public StackItem Value()
    {
        var (rawKey, rawValue) = _current ?? throw new NullReferenceException();
        ReadOnlyMemory<byte> key = rawKey.AsMemory(IdLength);
        if (_options.HasFlag(FindOptions.RemovePrefix)) key = key[_prefixLength..];

        StackItem item = _options.HasFlag(FindOptions.DeserializeValues)
            ? BinarySerializer.Deserialize(rawValue, ExecutionEngineLimits.Default)
            : new ByteString(rawValue);
        if (_options.HasFlag(FindOptions.PickField0)) item = AsArray(item)[0];
        else if (_options.HasFlag(FindOptions.PickField1)) item = AsArray(item)[1];

        if (_options.HasFlag(FindOptions.KeysOnly)) return new ByteString(key);
        if (_options.HasFlag(FindOptions.ValuesOnly)) return item;
        return new Struct([new ByteString(key), item]);
    }

    private static VmArray AsArray(StackItem item) =>
        item as VmArray ?? throw new InvalidCastException($"Unable to cast object of type 'Neo.VM.Types.{item.GetType().Name}' to type 'Neo.VM.Types.Array'.");
}
