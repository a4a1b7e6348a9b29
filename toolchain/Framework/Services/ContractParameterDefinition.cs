namespace Neo.SmartContract.Framework.Services
{
    /// <summary>An ABI parameter.</summary>
    public struct ContractParameterDefinition
    {
        public string Name;
        public ContractParameterType Type;
    }
}
