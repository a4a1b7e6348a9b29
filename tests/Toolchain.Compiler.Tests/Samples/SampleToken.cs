using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Samples
{
    [DisplayName("SampleToken")]
    [ContractAuthor("team", "team@example.org")]
    [ContractDescription("A sample NEP-17 token")]
    public class Token : Nep17Token
    {
        [Hash160("NXV7ZhHiyM1aHXwpVsRZC6BwNFP2jghXAq")]
        private static readonly UInt160 Owner = default!;

        public override string Symbol { [Safe] get => "SMP"; }

        public override byte Decimals { [Safe] get => 8; }

        public static void MintTo(UInt160 to, BigInteger amount)
        {
            if (!Runtime.CheckWitness(Owner)) throw new Exception("No authorization.");
            Mint(to, amount);
        }

        public static void BurnFrom(UInt160 account, BigInteger amount)
        {
            if (!Runtime.CheckWitness(Owner)) throw new Exception("No authorization.");
            Burn(account, amount);
        }

        [Safe]
        public static UInt160 GetOwner() => Owner;
    }
}
