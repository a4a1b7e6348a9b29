namespace Neo.SmartContract.Framework.Services
{
    /// <summary>A manifest as ContractManagement returns it (Reserved stands for the retired "features" slot).</summary>
    public struct ContractManifest
    {
        public string Name;
        public ContractGroup[] Groups;
        public readonly object Reserved;
        public string[] SupportedStandards;
        public ContractAbi Abi;
        public ContractPermission[] Permissions;
        public ByteString[] Trusts;
        public string Extra;
    }
}
