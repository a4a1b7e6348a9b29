using System.Numerics;

namespace Neo.SmartContract.Framework.Interfaces
{
    /// <summary>NEP-27: a contract that accepts NEP-17 tokens (ABORT to refuse).</summary>
    public interface INEP27
    {
        public void OnNEP17Payment(UInt160 from, BigInteger amount, object? data = null);
    }
}
