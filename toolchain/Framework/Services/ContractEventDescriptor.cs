namespace Neo.SmartContract.Framework.Services
{
    /// <summary>An ABI event.</summary>
    public struct ContractEventDescriptor
    {
        public string Name;
        public ContractParameterDefinition[] Parameters;
    }
}
