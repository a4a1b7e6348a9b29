namespace Neo.SmartContract.Framework.Interfaces
{
    /// <summary>NEP-29: _deploy runs after deployment (update = false) and after each update (update = true).</summary>
    public interface INEP29
    {
#pragma warning disable IDE1006 // the ABI name starts with an underscore
        void _deploy(object data, bool update);
#pragma warning restore IDE1006
    }
}
