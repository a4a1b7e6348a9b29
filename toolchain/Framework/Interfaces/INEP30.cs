namespace Neo.SmartContract.Framework.Interfaces
{
    /// <summary>NEP-30: verify decides whether the contract witnesses a transaction (Verification trigger).</summary>
    public interface INEP30
    {
        public static abstract bool Verify(params object[] args);
    }
}
