using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Engine;

public partial class ApplicationEngine
{
    /// <summary>Most notifications one Application execution may raise (Echidna).</summary>
    public const int MaxNotificationCount = 512;

    public event Action<NotifyEventArgs>? Notify;

    /// <summary>Records a notification with an immutable copy of its state (natives call this directly).</summary>
    public void SendNotification(UInt160 hash, string eventName, Vm.Types.Array state)
    {
        if (Trigger == TriggerType.Application && _notifications.Count >= MaxNotificationCount)
            throw new InvalidOperationException($"Maximum number of notifications `{MaxNotificationCount}` is reached.");
        var notification = new NotifyEventArgs(hash, eventName, (Vm.Types.Array)state.DeepCopy(asImmutable: true));
        Notify?.Invoke(notification);
        AddNotification(notification);
    }
}
