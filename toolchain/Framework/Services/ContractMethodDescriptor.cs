namespace Neo.SmartContract.Framework.Services
{
    /// <summary>An ABI method.</summary>
    public struct ContractMethodDescriptor
    {
        public string Name;
        public ContractParameterDefinition[] Parameters;
        public ContractParameterType ReturnType;
        public int Offset;
        public bool Safe;
    }
}
