using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.DataCredits
{
    /// <summary>
    /// Data Credits (PROTOCOL.md "Data Credits"): 1 DC = $0.00001, 0 decimals, minted only by burning HNT at the price
    /// feed's conservative price and spent only by burning. There is no transfer: DC moves only from an owner into a
    /// subDAO router escrow, and leaves escrows and balances only by burning. The manifest does not claim NEP-17.
    ///
    /// Conversion (hnt in bones = 10^-8 HNT, p = conservative price in USD × 10^8, 1 DC = 10^-5 USD):
    ///   dc = hnt × 10^-8 × p × 10^-8 / 10^-5 = hnt × p / 10^11, rounded down (the buyer gets no fraction);
    ///   hnt = ceil(dc × 10^11 / p) for an exact DC amount (the buyer pays any fraction).
    /// At $5.00 and zero confidence: 1 HNT = 10^8 bones buys 10^8 × 5×10^8 / 10^11 = 500,000 DC; 1 DC costs ceil(10^11 / 5×10^8) = 200 bones.
    /// </summary>
    [DisplayName("DataCredits")]
    [ContractDescription("Data Credits: minted by burning HNT, spent by burning")]
    [ContractSourceCode("contracts/DataCredits")]
    [ContractPermission(Permission.Any, "burn", "conservativePrice", "crank")]
    public partial class DataCredits : SmartContract
    {
        /// <summary>10^11: bones × USD×10^8 per DC.</summary>
        private static readonly BigInteger Scale = 100_000_000_000;

        [Safe]
        public static string Symbol() => "DC";

        [Safe]
        public static byte Decimals() => 0;

        [Safe]
        public static BigInteger TotalSupply() => Supply;

        [Safe]
        public static BigInteger BalanceOf(UInt160 owner)
        {
            if (!owner.IsValid) throw new Exception(Errors.InvalidAccount);
            return Balances.GetIntegerOrZero(owner);
        }

        /// <summary>
        /// Buying DC: HNT sent here with transfer(from, DataCredits, amount, data) is burned and DC minted. data: null (DC
        /// to the payer), a recipient, or [recipient, dcWanted] to buy exactly dcWanted DC, which needs exactly
        /// quoteHntForDc(dcWanted) HNT (nothing is refunded).
        /// </summary>
        public static void OnNEP17Payment(UInt160? from, BigInteger amount, object? data)
        {
            if (Runtime.CallingScriptHash != HntContract) throw new Exception(Errors.OnlyHnt);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            UInt160? recipient = from;
            BigInteger dcWanted = 0;
            if (data is object[] { Length: 2 } exact)
            {
                recipient = (UInt160)exact[0];
                dcWanted = (BigInteger)exact[1];
                if (dcWanted.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            }
            else if (data is not null)
            {
                recipient = (UInt160)data;
            }
            if (recipient is null || !recipient.IsValid) throw new Exception(Errors.BadPurchaseData);
            CrankDao();

            BigInteger price = ConservativePrice();
            BigInteger dc;
            if (dcWanted.IsZero)
            {
                dc = amount * price / Scale;
                if (dc.IsZero) throw new Exception(Errors.TooLittleHnt + amount + " bones at " + price + ".");
            }
            else
            {
                BigInteger needed = HntFor(dcWanted, price);
                if (amount != needed) throw new Exception(Errors.QuoteMismatch + dcWanted + " DC needs " + needed + " bones, got " + amount + ".");
                dc = dcWanted;
            }
            CircuitBreaker.Consume((ByteString)new byte[] { Prefix_MintBreaker }, dc, BreakerThreshold, BreakerWindow);
            Contract.Call(HntContract, "burn", CallFlags.All, amount);
            Adjust(Balances, recipient, dc);
            AddSupply(dc);
            OnMinted(from, recipient, amount, dc, price);
        }

        /// <summary>DC that <paramref name="hnt"/> bones buy now (rounded down).</summary>
        [Safe]
        public static BigInteger QuoteDcForHnt(BigInteger hnt)
        {
            if (hnt.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            return hnt * ConservativePrice() / Scale;
        }

        /// <summary>Bones of HNT that buy exactly <paramref name="dc"/> DC now (rounded up).</summary>
        [Safe]
        public static BigInteger QuoteHntForDc(BigInteger dc)
        {
            if (dc.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            return HntFor(dc, ConservativePrice());
        }

        /// <summary>Moves the owner's DC into the escrow of (subDAO, sha256(routerKey)), from which only the subDAO's burn authority burns.</summary>
        public static void Delegate(UInt160 owner, BigInteger subDaoId, ByteString routerKey, BigInteger amount)
        {
            if (!owner.IsValid) throw new Exception(Errors.InvalidAccount);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            if (routerKey is null || routerKey.Length == 0) throw new Exception(Errors.EmptyRouterKey);
            CheckSubDaoId(subDaoId);
            if (BurnAuthorities.Get(SubDaoKey(subDaoId)) is null) throw new Exception(Errors.UnknownSubDao);
            if (!Runtime.CheckWitness(owner)) throw new Exception(Errors.NoOwnerWitness);
            BigInteger balance = Balances.GetIntegerOrZero(owner);
            if (balance < amount) throw new Exception(Errors.InsufficientDc + balance + " < " + amount + ".");
            CrankDao();
            Adjust(Balances, owner, -amount);
            Adjust(Escrows, EscrowKey(subDaoId, routerKey), amount);
            OnDelegated(owner, subDaoId, CryptoLib.Sha256(routerKey), amount);
        }

        /// <summary>DC waiting in the escrow of (subDAO, sha256(routerKey)).</summary>
        [Safe]
        public static BigInteger DelegatedBalance(BigInteger subDaoId, ByteString routerKey)
        {
            CheckSubDaoId(subDaoId);
            return Escrows.GetIntegerOrZero(EscrowKey(subDaoId, routerKey));
        }

        /// <summary>Burns delegated DC for usage (the subDAO's burn authority only); counts it in dcBurned for the current epoch.</summary>
        public static void BurnDelegated(BigInteger subDaoId, ByteString routerKey, BigInteger amount)
        {
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            CheckSubDaoId(subDaoId);
            var authority = BurnAuthorities.Get(SubDaoKey(subDaoId));
            if (authority is null) throw new Exception(Errors.UnknownSubDao);
            if (!Runtime.CheckWitness((UInt160)authority)) throw new Exception(Errors.NotBurnAuthority);
            var key = EscrowKey(subDaoId, routerKey);
            BigInteger escrowed = Escrows.GetIntegerOrZero(key);
            if (escrowed < amount) throw new Exception(Errors.InsufficientEscrow + escrowed + " < " + amount + ".");
            CrankDao();
            Adjust(Escrows, key, -amount);
            AddSupply(-amount);
            BigInteger epoch = CurrentEpoch;
            Adjust(Burned, BurnedKey(subDaoId, epoch), amount);
            OnDelegatedBurned(subDaoId, CryptoLib.Sha256(routerKey), amount, epoch);
        }

        /// <summary>DC burned with tracking for a subDAO in an epoch.</summary>
        [Safe]
        public static BigInteger DcBurned(BigInteger subDaoId, BigInteger epoch)
        {
            CheckSubDaoId(subDaoId);
            return Burned.GetIntegerOrZero(BurnedKey(subDaoId, epoch));
        }

        /// <summary>Burns an owner's DC for a fee (not usage): signed by the owner, or called by an authorised protocol contract.</summary>
        public static void BurnWithoutTracking(UInt160 owner, BigInteger amount)
        {
            if (!owner.IsValid) throw new Exception(Errors.InvalidAccount);
            if (amount.Sign <= 0) throw new Exception(Errors.NonPositiveAmount);
            var caller = Runtime.CallingScriptHash;
            bool byBurner = Burners.Get(caller) is not null;
            if (!byBurner && !Runtime.CheckWitness(owner)) throw new Exception(Errors.NoOwnerWitness);
            BigInteger balance = Balances.GetIntegerOrZero(owner);
            if (balance < amount) throw new Exception(Errors.InsufficientDc + balance + " < " + amount + ".");
            CrankDao();
            Adjust(Balances, owner, -amount);
            AddSupply(-amount);
            OnBurned(owner, amount, byBurner ? caller : owner);
        }

        /// <summary>
        /// Self-cranking (PROTOCOL.md "SubDAOs and epochs"): once the Dao is the registrar, every state change here first
        /// lets it close the previous epoch if no one has. Before bootstrap there is no Dao to crank.
        /// </summary>
        private static void CrankDao()
        {
            var dao = Registrar;
            if (dao is not null) Contract.Call(dao, "crank", CallFlags.All);
        }

        /// <summary>The current epoch (floor(block time in s / epoch length)).</summary>
        [Safe]
        public static BigInteger Epoch() => CurrentEpoch;

        private static BigInteger ConservativePrice() => (BigInteger)Contract.Call(PriceFeedContract, "conservativePrice", CallFlags.ReadOnly);

        /// <summary>ceil(dc × 10^11 / price).</summary>
        private static BigInteger HntFor(BigInteger dc, BigInteger price) => (dc * Scale + price - 1) / price;

        private static void CheckSubDaoId(BigInteger subDaoId)
        {
            if (subDaoId < 1 || subDaoId > 65535) throw new Exception(Errors.InvalidSubDao);
        }
    }
}
