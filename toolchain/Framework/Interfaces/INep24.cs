using System.Numerics;

namespace Neo.SmartContract.Framework.Interfaces
{
    /// <summary>NEP-24 NFT royalties: for a sale of a token, the recipients and amounts ("royaltyRecipient", "royaltyAmount").</summary>
    public interface INep24
    {
        public static abstract Map<string, object>[] RoyaltyInfo(ByteString tokenId, UInt160 royaltyToken, BigInteger salePrice);
    }
}
