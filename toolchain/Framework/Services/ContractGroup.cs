namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A manifest group: a public key and its signature over the contract hash.</summary>
    public struct ContractGroup
    {
        public ECPoint PubKey;
        public ByteString Signature;
    }
}
