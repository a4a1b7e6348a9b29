namespace Neo.SmartContract.Framework
{
    /// <summary>What Nep11Token stores per token (serialised with StdLib); subclass it to add properties.</summary>
    public class Nep11TokenState
    {
        public UInt160 Owner = null!;
        public string Name = null!;
    }
}
