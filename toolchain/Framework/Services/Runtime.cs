using System;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>The System.Runtime.* syscalls: execution environment, witnesses, logs and notifications.</summary>
    public static class Runtime
    {
        public static extern TriggerType Trigger { [Syscall("System.Runtime.GetTrigger")] get; }

        /// <summary>"NEO".</summary>
        public static extern string Platform { [Syscall("System.Runtime.Platform")] get; }

        [Obsolete("Use Runtime.Transaction.")]
        public static extern object ScriptContainer { [Syscall("System.Runtime.GetScriptContainer")] get; }

        /// <summary>The transaction being executed.</summary>
        public static extern Transaction Transaction { [Syscall("System.Runtime.GetScriptContainer")] get; }

        public static extern UInt160 ExecutingScriptHash { [Syscall("System.Runtime.GetExecutingScriptHash")] get; }

        public static extern UInt160 CallingScriptHash { [Syscall("System.Runtime.GetCallingScriptHash")] get; }

        public static extern UInt160 EntryScriptHash { [Syscall("System.Runtime.GetEntryScriptHash")] get; }

        /// <summary>The block timestamp in milliseconds.</summary>
        public static extern ulong Time { [Syscall("System.Runtime.GetTime")] get; }

        public static extern uint InvocationCounter { [Syscall("System.Runtime.GetInvocationCounter")] get; }

        /// <summary>GAS left to this execution, in datoshi.</summary>
        public static extern long GasLeft { [Syscall("System.Runtime.GasLeft")] get; }

        public static extern byte AddressVersion { [Syscall("System.Runtime.GetAddressVersion")] get; }

        /// <summary>Notifications of this execution so far, of one contract or (null) of all.</summary>
        [Syscall("System.Runtime.GetNotifications")]
        public static extern Notification[] GetNotifications(UInt160? hash = null);

        [Syscall("System.Runtime.CheckWitness")]
        public static extern bool CheckWitness(UInt160 hash);

        [Syscall("System.Runtime.CheckWitness")]
        public static extern bool CheckWitness(ECPoint pubkey);

        [Syscall("System.Runtime.Log")]
        public static extern void Log(string message);

        /// <summary>Notifies a "Debug" event with the message as its only argument (the ABI must declare it).</summary>
        [OpCode(OpCode.PUSH1)]
        [OpCode(OpCode.PACK)]
        [OpCode(OpCode.PUSHDATA1, "054465627567")]
        [Syscall("System.Runtime.Notify")]
        public static extern void Debug(string message);

        [Syscall("System.Runtime.BurnGas")]
        public static extern void BurnGas(long gas);

        [Syscall("System.Runtime.GetRandom")]
        public static extern BigInteger GetRandom();

        /// <summary>The network magic.</summary>
        [Syscall("System.Runtime.GetNetwork")]
        public static extern uint GetNetwork();

        /// <summary>Runs a script in a new context with flags limited to ReadOnly, returning its single result.</summary>
        [Syscall("System.Runtime.LoadScript")]
        public static extern object LoadScript(ByteString script, CallFlags flags, params object[] args);

        [Syscall("System.Runtime.CurrentSigners")]
        public static extern Signer[] CurrentSigners();
    }
}
