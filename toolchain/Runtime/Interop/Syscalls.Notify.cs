using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Interop;

/// <summary>System.Runtime.Notify and System.Runtime.GetNotifications.</summary>
public static partial class Syscalls
{
    public static readonly InteropDescriptor RuntimeNotify = Add("System.Runtime.Notify", 1 << 15, CallFlags.AllowNotify,
        e => e.RuntimeNotify(e.PopBytes(), e.PopArray()));

    /// <summary>Takes a script hash or Null (all notifications).</summary>
    public static readonly InteropDescriptor RuntimeGetNotifications = Add("System.Runtime.GetNotifications", 1 << 12, CallFlags.None,
        e =>
        {
            var item = e.PopItem();
            e.Push(e.GetNotifications(item.IsNull ? null : ApplicationEngine.ToHash160(item)));
        });
}
