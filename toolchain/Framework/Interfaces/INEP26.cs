using System.Numerics;

namespace Neo.SmartContract.Framework.Interfaces
{
    /// <summary>NEP-26: a contract that accepts NEP-11 tokens (ABORT to refuse).</summary>
    public interface INEP26
    {
        public void OnNEP11Payment(UInt160 from, BigInteger amount, string tokenId, object? data = null);
    }
}
