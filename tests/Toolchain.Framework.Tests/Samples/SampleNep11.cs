// The usings sit inside the namespace so they win over the test project's implicit global usings
// (System.Collections.Generic.List<T> would otherwise clash with the framework's List<T>), as in a contract project.
namespace SampleContracts
{
    using System.Numerics;
    using Neo.SmartContract.Framework;
    using Neo.SmartContract.Framework.Attributes;
    using Neo.SmartContract.Framework.Interfaces;
    using Neo.SmartContract.Framework.Native;
    using Neo.SmartContract.Framework.Services;

    public class SampleNftState : Nep11TokenState
    {
        public BigInteger Level;
    }

    // Never run: it only has to compile against our framework.
    public class SampleNep11 : Nep11Token<SampleNftState>, INEP29
    {
        public override string Symbol { [Safe] get => "NFT"; }

        public static ByteString MintOne(UInt160 owner, string name)
        {
            ByteString id = NewTokenId();
            Mint(id, new SampleNftState { Owner = owner, Name = name, Level = 1 });
            return id;
        }

        public override Map<string, object> Properties(ByteString tokenId)
        {
            Map<string, object> properties = base.Properties(tokenId);
            properties["level"] = 1;
            return properties;
        }

        public static void BurnOne(ByteString tokenId) => Burn(tokenId);

        public void _deploy(object data, bool update)
        {
            if (update) return;
            LocalStorageMap local = new((ByteString)"cfg");
            local.Put("deployed", true);
            Contract.Call(GAS.Hash, "balanceOf", CallFlags.ReadOnly, Runtime.ExecutingScriptHash);
        }
    }
}
