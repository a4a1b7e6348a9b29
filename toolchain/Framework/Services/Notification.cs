namespace Neo.SmartContract.Framework.Services
{
#pragma warning disable CS8618 // filled by the VM (an Array in this field order)
    /// <summary>One entry of Runtime.GetNotifications.</summary>
    public class Notification
    {
        public readonly UInt160 ScriptHash;
        public readonly string EventName;
        public readonly object[] State;
    }
#pragma warning restore CS8618
}
