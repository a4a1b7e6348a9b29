namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Node roles of RoleManagement.</summary>
    public enum Role : byte
    {
        StateValidator = 4,
        Oracle = 8,
        NeoFSAlphabetNode = 16,
        P2PNotary = 32,
    }
}
