namespace Neo.SmartContract.Framework.Native
{
    /// <summary>A transaction signer (Runtime.CurrentSigners, Ledger.GetTransactionSigners).</summary>
    public class Signer
    {
        public UInt160 Account = null!;
        public WitnessScope Scopes;
        public UInt160[] AllowedContracts = null!;
        public ECPoint[] AllowedGroups = null!;
        public WitnessRule[] Rules = null!;
    }
}
