namespace Neo.SmartContract.Framework.Services
{
    /// <summary>The ABI part of a manifest.</summary>
    public struct ContractAbi
    {
        public ContractMethodDescriptor[] Methods;
        public ContractEventDescriptor[] Events;
    }
}
