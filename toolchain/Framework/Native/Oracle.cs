using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>OracleContract (id -9). Every extern member is a CALLT to the native method of the same name, first letter lower-cased.</summary>
    [Contract("0xfe924b7cfe89ddd271abaf7210a80a7e11178758")]
    public class Oracle
    {
        [ContractHash]
        public static extern UInt160 Hash { get; }

        /// <summary>The least gasForResponse a request may carry: 0.1 GAS.</summary>
        public const uint MinimumResponseFee = 10_000000;

        public static extern long GetPrice();

        /// <summary>Requests a URL; the oracle nodes later call <paramref name="callback"/> on the calling contract.</summary>
        public static extern void Request(string url, string filter, string callback, object userData, long gasForResponse);
    }
}
