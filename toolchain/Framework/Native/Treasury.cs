using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Treasury (id -11, Faun+). Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0x156326f25b1b5d839a4d326aeaa75383c9563ac1")]
    public class Treasury
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        /// <summary>True when the committee witnesses the transaction.</summary>
        public static extern bool Verify();
    }
}
