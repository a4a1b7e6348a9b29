using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>System.Storage.* with Neo's prices and call flags (reference §2.5; Local.* from Faun, always active here).</summary>
public static partial class Syscalls
{
    public static readonly InteropDescriptor StorageGetContext = Add("System.Storage.GetContext", 1 << 4, CallFlags.ReadStates,
        e => e.PushInterop(e.GetStorageContext()));
    public static readonly InteropDescriptor StorageGetReadOnlyContext = Add("System.Storage.GetReadOnlyContext", 1 << 4, CallFlags.ReadStates,
        e => e.PushInterop(e.GetReadOnlyContext()));
    public static readonly InteropDescriptor StorageAsReadOnly = Add("System.Storage.AsReadOnly", 1 << 4, CallFlags.ReadStates,
        e => e.PushInterop(ApplicationEngine.AsReadOnly(e.PopStorageContext())));
    public static readonly InteropDescriptor StorageGet = Add("System.Storage.Get", 1 << 15, CallFlags.ReadStates, e => e.SysStorageGet());
    public static readonly InteropDescriptor StorageFind = Add("System.Storage.Find", 1 << 15, CallFlags.ReadStates, e => e.SysStorageFind());
    public static readonly InteropDescriptor StoragePut = Add("System.Storage.Put", 1 << 15, CallFlags.WriteStates, e => e.SysStoragePut());
    public static readonly InteropDescriptor StorageDelete = Add("System.Storage.Delete", 1 << 15, CallFlags.WriteStates, e => e.SysStorageDelete());
    public static readonly InteropDescriptor StorageLocalGet = Add("System.Storage.Local.Get", 1 << 15, CallFlags.ReadStates,
        e => e.SysStorageLocalGet());
    public static readonly InteropDescriptor StorageLocalFind = Add("System.Storage.Local.Find", 1 << 15, CallFlags.ReadStates,
        e => e.SysStorageLocalFind());
    public static readonly InteropDescriptor StorageLocalPut = Add("System.Storage.Local.Put", 1 << 15, CallFlags.WriteStates,
        e => e.SysStorageLocalPut());
    public static readonly InteropDescriptor StorageLocalDelete = Add("System.Storage.Local.Delete", 1 << 15, CallFlags.WriteStates,
        e => e.SysStorageLocalDelete());
}
