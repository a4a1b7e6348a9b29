using System.Text;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Engine;

/// <summary>System.Runtime.Notify and GetNotifications (neo ApplicationEngine.Runtime.cs, Basilisk+ checks).</summary>
public partial class ApplicationEngine
{
    /// <summary>Longest event name, in UTF-8 bytes.</summary>
    public const int MaxEventName = 32;

    /// <summary>
    /// System.Runtime.Notify: the name (≤32 bytes, strict UTF-8) must be an event of the current contract's ABI, the
    /// state must have its parameter count and compatible types, and the state must serialize within 1024 bytes.
    /// </summary>
    internal void RuntimeNotify(byte[] eventName, Vm.Types.Array state)
    {
        if (eventName.Length > MaxEventName)
            throw new ArgumentException($"Event name size {eventName.Length} exceeds maximum allowed size of {MaxEventName} bytes", nameof(eventName));
        var name = DecodeStrictUtf8(eventName);
        var contract = CurrentContext!.GetState<ExecutionContextState>().Contract
            ?? throw new InvalidOperationException("Notifications are not allowed in dynamic scripts.");
        var descriptor = contract.Manifest.Abi.Events.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Event `{name}` does not exist.");
        if (descriptor.Parameters.Count != state.Count)
            throw new InvalidOperationException("The number of the arguments does not match the formal parameters of the event.");
        for (int i = 0; i < descriptor.Parameters.Count; i++)
        {
            var parameter = descriptor.Parameters[i];
            if (!CheckItemType(state[i], parameter.Type))
                throw new InvalidOperationException($"The type of the argument `{parameter.Name}` does not match the formal parameter.");
        }
        BinarySerializer.Serialize(new NeoBinaryWriter(), state, MaxNotificationSize, Limits.MaxStackSize);
        SendNotification(CurrentScriptHash!, name, state);
    }

    /// <summary>
    /// System.Runtime.GetNotifications: Array of [hash, eventName, state copy] for every notification so far, or only
    /// those of <paramref name="hash"/>; more than MaxStackSize of them faults.
    /// </summary>
    internal Vm.Types.Array GetNotifications(UInt160? hash)
    {
        var selected = hash is null ? Notifications.ToArray() : Notifications.Where(n => n.ScriptHash == hash).ToArray();
        if (selected.Length > Limits.MaxStackSize) throw new InvalidOperationException();
        var result = new Vm.Types.Array();
        foreach (var n in selected)
            result.Add(new Vm.Types.Array([n.ScriptHash.ToArray(), n.EventName, n.State.DeepCopy(asImmutable: true)]));
        return result;
    }

    /// <summary>Whether a notification argument fits an ABI parameter type, exactly as neo's CheckItemType.</summary>
    internal static bool CheckItemType(StackItem item, ContractParameterType type)
    {
        var t = item.Type;
        if (t == StackItemType.Pointer) return false;
        bool bytes = t is StackItemType.ByteString or StackItemType.Buffer;
        return type switch
        {
            ContractParameterType.Any => true,
            ContractParameterType.Boolean => t == StackItemType.Boolean,
            ContractParameterType.Integer => t == StackItemType.Integer,
            ContractParameterType.ByteArray => t == StackItemType.Any || bytes,
            ContractParameterType.String => bytes && Vm.StrictUtf8.TryDecode(item.GetSpan(), out _),
            ContractParameterType.Hash160 => t == StackItemType.Any || (bytes && item.GetSpan().Length == UInt160.Length),
            ContractParameterType.Hash256 => t == StackItemType.Any || (bytes && item.GetSpan().Length == UInt256.Length),
            ContractParameterType.PublicKey => t == StackItemType.Any || (bytes && item.GetSpan().Length == 33),
            ContractParameterType.Signature => t == StackItemType.Any || (bytes && item.GetSpan().Length == 64),
            ContractParameterType.Array => t is StackItemType.Any or StackItemType.Array or StackItemType.Struct,
            ContractParameterType.Map => t is StackItemType.Any or StackItemType.Map,
            ContractParameterType.InteropInterface => t is StackItemType.Any or StackItemType.InteropInterface,
            _ => false,
        };
    }

    /// <summary>Strict UTF-8 decoding with neo's error text (StringExtensions.ToStrictUtf8String).</summary>
    private static string DecodeStrictUtf8(byte[] value)
    {
        if (Vm.StrictUtf8.TryDecode(value, out var text)) return text!;
        var bytesInfo = value.Length <= 32
            ? $"Bytes: [{string.Join(", ", value.Select(b => $"0x{b:X2}"))}]"
            : $"Length: {value.Length} bytes";
        throw new DecoderFallbackException(
            $"Failed to decode byte span to UTF-8 string (strict mode): The input contains invalid UTF-8 byte sequences. {bytesInfo}. Ensure all bytes form valid UTF-8 character sequences.");
    }
}
