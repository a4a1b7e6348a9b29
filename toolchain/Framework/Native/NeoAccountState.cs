using System.Numerics;

namespace Neo.SmartContract.Framework.Native
{
    /// <summary>NEO.getAccountState: balance, the height it was last updated at, and the candidate voted for.</summary>
    public class NeoAccountState
    {
        public readonly BigInteger Balance;
        public readonly BigInteger Height;
        public readonly ECPoint? VoteTo;
    }
}
