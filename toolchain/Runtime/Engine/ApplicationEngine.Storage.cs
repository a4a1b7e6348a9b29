using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>
/// System.Storage.* (reference §2.5, §2.7, §2.8): contexts, Get/Put/Delete/Find and the Local variants,
/// with Neo's argument checks, limits, fault messages and storage fee. All reads and writes go to the
/// current context's storage layer, so a contract that throws loses its writes.
/// </summary>
public partial class ApplicationEngine
{
    public const int MaxStorageKeySize = 64;

    public const int MaxStorageValueSize = ushort.MaxValue;

    /// <summary>A read-write context of the executing contract; only a deployed contract has one.</summary>
    public StorageContext GetStorageContext() => new() { Id = CurrentContractId(), IsReadOnly = false };

    public StorageContext GetReadOnlyContext() => new() { Id = CurrentContractId(), IsReadOnly = true };

    public static StorageContext AsReadOnly(StorageContext context) =>
        context.IsReadOnly ? context : new StorageContext { Id = context.Id, IsReadOnly = true };

    /// <summary>The stored value, or null when the key is absent.</summary>
    public byte[]? StorageGet(StorageContext context, byte[] key) => Snapshot.TryGet(StorageKeys.Create(context.Id, key));

    public IIterator StorageFind(StorageContext context, byte[] prefix, FindOptions options)
    {
        if ((options & ~FindOptions.All) != 0)
            throw new ArgumentOutOfRangeException(nameof(options), $"Invalid find options: {options}");
        if (options.HasFlag(FindOptions.KeysOnly) && (options & (FindOptions.ValuesOnly | FindOptions.DeserializeValues
            | FindOptions.PickField0 | FindOptions.PickField1)) != 0)
            throw new ArgumentException("KeysOnly cannot be used with ValuesOnly, DeserializeValues, PickField0, or PickField1", nameof(options));
        if (options.HasFlag(FindOptions.ValuesOnly) && (options & (FindOptions.KeysOnly | FindOptions.RemovePrefix)) != 0)
            throw new ArgumentException("ValuesOnly cannot be used with KeysOnly or RemovePrefix", nameof(options));
        if (options.HasFlag(FindOptions.PickField0) && options.HasFlag(FindOptions.PickField1))
            throw new ArgumentException("PickField0 and PickField1 cannot be used together", nameof(options));
        if ((options & (FindOptions.PickField0 | FindOptions.PickField1)) != 0 && !options.HasFlag(FindOptions.DeserializeValues))
            throw new ArgumentException("PickField0 or PickField1 requires DeserializeValues", nameof(options));

        var searchPrefix = StorageKeys.Create(context.Id, prefix);
        bool backwards = options.HasFlag(FindOptions.Backwards);
        // Neo seeks backwards from the key after the prefix, which does not exist for an all-0xff prefix.
        if (backwards && searchPrefix.AsSpan().IndexOfAnyExcept((byte)0xff) < 0)
            throw new ArgumentException("keyPrefix with all bytes being 0xff is not supported now");
        var snapshot = Snapshot;
        return new StorageIterator(() => snapshot.Seek(searchPrefix, backwards), prefix.Length, options);
    }

    /// <summary>
    /// Writes an entry and charges StoragePrice per byte of newly used space: a new key pays for key and
    /// value; an overwrite pays (new−1)/4+1 when the value does not grow, (old−1)/4+1 plus the growth when
    /// it does (all of it when the old value was empty), and nothing for an empty value.
    /// </summary>
    public void StoragePut(StorageContext context, byte[] key, byte[] value)
    {
        if (key.Length > MaxStorageKeySize)
            throw new ArgumentException($"Key length {key.Length} exceeds maximum allowed size of {MaxStorageKeySize} bytes.", nameof(key));
        if (value.Length > MaxStorageValueSize)
            throw new ArgumentException($"Value length {value.Length} exceeds maximum allowed size of {MaxStorageValueSize} bytes.", nameof(value));
        if (context.IsReadOnly) throw new ArgumentException("StorageContext is read-only", nameof(context));

        var rawKey = StorageKeys.Create(context.Id, key);
        var old = Snapshot.TryGet(rawKey);
        AddFee((Int128)StorageFeeBytes(key.Length, old?.Length, value.Length) * Fees.StoragePrice * FeeFactor);
        Snapshot.Put(rawKey, value);
    }

    /// <summary>The bytes Storage.Put charges for (see <see cref="StoragePut"/>); <paramref name="oldLength"/> null for a new key.</summary>
    public static int StorageFeeBytes(int keyLength, int? oldLength, int newLength)
    {
        if (oldLength is not int old) return keyLength + newLength;
        if (newLength == 0) return 0;
        if (newLength <= old) return (newLength - 1) / 4 + 1;
        if (old == 0) return newLength;
        return (old - 1) / 4 + 1 + newLength - old;
    }

    public void StorageDelete(StorageContext context, byte[] key)
    {
        if (context.IsReadOnly) throw new ArgumentException("StorageContext is read-only", nameof(context));
        Snapshot.Delete(StorageKeys.Create(context.Id, key));
    }

    private int CurrentContractId() =>
        (ContractManagement.GetContract(Snapshot, CurrentScriptHash!)
            ?? throw new InvalidOperationException("This method can only be called by a deployed contract.")).Id;

    // Syscall entry points: arguments are popped in Neo's parameter order (first parameter on top).

    internal void SysStorageGet() => PushBytesOrNull(StorageGet(PopStorageContext(), PopBytesArgument("key")));

    internal void SysStorageFind() => PushInterop(StorageFind(PopStorageContext(), PopBytesArgument("prefix"), PopFindOptions()));

    internal void SysStoragePut() => StoragePut(PopStorageContext(), PopBytesArgument("key"), PopBytesArgument("value"));

    internal void SysStorageDelete() => StorageDelete(PopStorageContext(), PopBytesArgument("key"));

    internal void SysStorageLocalGet()
    {
        var key = PopBytesArgument("key");
        PushBytesOrNull(StorageGet(GetReadOnlyContext(), key));
    }

    internal void SysStorageLocalFind()
    {
        var prefix = PopBytesArgument("prefix");
        var options = PopFindOptions();
        PushInterop(StorageFind(GetReadOnlyContext(), prefix, options));
    }

    internal void SysStorageLocalPut()
    {
        var key = PopBytesArgument("key");
        var value = PopBytesArgument("value");
        StoragePut(GetStorageContext(), key, value);
    }

    internal void SysStorageLocalDelete()
    {
        var key = PopBytesArgument("key");
        StorageDelete(GetStorageContext(), key);
    }

    internal StorageContext PopStorageContext() => PopInteropArgument<StorageContext>("context");

    internal void PushInterop(object value) => Push(new InteropInterface(value));

    private void PushBytesOrNull(byte[]? value) => Push(value is null ? StackItem.Null : new ByteString(value));

    /// <summary>A byte[] syscall parameter, converted as Neo does (any primitive's bytes; Null refused).</summary>
    internal byte[] PopBytesArgument(string name) => NotNullArgument(PopItem(), name).GetSpan().ToArray();

    /// <summary>FindOptions is a byte enum in Neo: the integer must fit a byte before the flags are checked.</summary>
    private FindOptions PopFindOptions() => (FindOptions)checked((byte)NotNullArgument(PopItem(), "options").GetInteger());

    /// <summary>An interop parameter, with Neo's faults for Null, a non-interop item and an object of another type.</summary>
    internal T PopInteropArgument<T>(string name) where T : class
    {
        var item = NotNullArgument(PopItem(), name);
        if (item is not InteropInterface interop)
            throw new InvalidCastException($"Unable to cast object of type 'Neo.VM.Types.{item.GetType().Name}' to type 'Neo.VM.Types.InteropInterface'.");
        return interop.Object as T
            ?? throw new ArgumentException($"Object of type '{NeoTypeName(interop.Object.GetType())}' cannot be converted to type '{NeoTypeName(typeof(T))}'.");
    }

    private static string NeoTypeName(Type type) => type.Name switch
    {
        nameof(StorageContext) => "Neo.SmartContract.StorageContext",
        nameof(IIterator) or nameof(StorageIterator) => $"Neo.SmartContract.Iterators.{type.Name}",
        _ => type.FullName ?? type.Name,
    };

    private static StackItem NotNullArgument(StackItem item, string name) =>
        item.IsNull ? throw new InvalidOperationException($"The argument `{name}` can't be null.") : item;
}
