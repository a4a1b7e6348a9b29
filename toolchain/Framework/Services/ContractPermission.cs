namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A manifest permission (Contract is a hash, a group key or null for the wildcard).</summary>
    public struct ContractPermission
    {
        public ByteString Contract;
        public string[] Methods;
    }
}
