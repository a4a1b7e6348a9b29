using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.SubDaoToken
{
    /// <summary>
    /// A subDAO's token (DNT: IOT, MOBILE …; PROTOCOL.md "Tokens"): NEP-17 with 6 decimals, minted only by the DAO
    /// contract according to the subDAO's emission schedule, burned by its holder or by the subDAO treasury when the
    /// holder redeems it for HNT. One deployment per subDAO, each under its own manifest name.
    /// </summary>
    [DisplayName("SubDaoToken")]
    [ContractDescription("A subDAO token (DNT) of the burn-and-mint protocol")]
    [ContractSourceCode("contracts/SubDaoToken")]
    public partial class SubDaoToken : Nep17Token
    {
        public override string Symbol { [Safe] get => StoredSymbol; }

        public override byte Decimals { [Safe] get => 6; }

        /// <summary>Mints <paramref name="amount"/> to <paramref name="to"/>: the DAO only (its epoch close).</summary>
        public static new void Mint(UInt160 to, BigInteger amount)
        {
            if (!to.IsValid) throw new Exception(Errors.InvalidAccount);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            if (!Runtime.CheckWitness(Dao)) throw new Exception(Errors.NotDao);
            Nep17Token.Mint(to, amount);
        }

        /// <summary>Burns <paramref name="amount"/> of <paramref name="account"/>'s tokens: signed by the holder, or called by the subDAO treasury (redeem).</summary>
        public static new void Burn(UInt160 account, BigInteger amount)
        {
            if (!account.IsValid) throw new Exception(Errors.InvalidAccount);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            if (Runtime.CallingScriptHash != Treasury && !Runtime.CheckWitness(account)) throw new Exception(Errors.NotHolderOrTreasury);
            BigInteger balance = BalanceOf(account);
            if (balance < amount) throw new Exception(Errors.InsufficientBalance + balance + " < " + amount + ".");
            Nep17Token.Burn(account, amount);
        }

        [Safe]
        public static UInt160 GetAuthority() => Authority;

        [Safe]
        public static UInt160 GetDao() => Dao;

        [Safe]
        public static UInt160 GetTreasury() => Treasury;
    }
}
