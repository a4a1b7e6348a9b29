namespace Neo.SmartContract.Framework
{
    /// <summary>Marks types that are NeoVM InteropInterface items (iterators, storage contexts).</summary>
    public interface IApiInterface
    {
    }
}
