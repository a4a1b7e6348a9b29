using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Samples
{
    /// <summary>What each hotspot badge stores: the framework's owner and name, plus a level.</summary>
    public class BadgeState : Nep11TokenState
    {
        public BigInteger Level;
    }

    [DisplayName("SampleNft")]
    public class SampleNft : Nep11Token<BadgeState>
    {
        [Hash160("NXV7ZhHiyM1aHXwpVsRZC6BwNFP2jghXAq")]
        private static readonly UInt160 Owner = default!;

        public override string Symbol { [Safe] get => "BDG"; }

        public static ByteString MintBadge(UInt160 to, string name, BigInteger level)
        {
            if (!Runtime.CheckWitness(Owner)) throw new Exception("No authorization.");
            var id = NewTokenId();
            Mint(id, new BadgeState { Owner = to, Name = name, Level = level });
            return id;
        }

        public static void BurnBadge(ByteString tokenId)
        {
            if (!Runtime.CheckWitness(Owner)) throw new Exception("No authorization.");
            Burn(tokenId);
        }

        [Safe]
        public override Map<string, object> Properties(ByteString tokenId)
        {
            var properties = base.Properties(tokenId);
            var state = (BadgeState)StdLib.Deserialize(new StorageMap(Prefix_Token)[tokenId]!);
            properties["level"] = state.Level;
            return properties;
        }
    }
}
