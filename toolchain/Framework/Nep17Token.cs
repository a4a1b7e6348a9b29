using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework
{
    /// <summary>
    /// A NEP-17 fungible token (reference §2.12). Subclasses supply Symbol and Decimals and call Mint/Burn;
    /// transfer, balanceOf, totalSupply and the Transfer event come from here.
    /// </summary>
    [SupportedStandards(NepStandard.Nep17)]
    [ContractPermission(Permission.Any, Method.OnNEP17Payment)]
    public abstract class Nep17Token : TokenContract
    {
        public delegate void OnTransferDelegate(UInt160? from, UInt160? to, BigInteger amount);

        /// <summary>Transfer(from, to, amount); from is null on mint, to is null on burn.</summary>
        [DisplayName("Transfer")]
        public static event OnTransferDelegate OnTransfer = null!;

        /// <summary>
        /// Moves amount from one account to another. Throws on a malformed address or a negative amount; returns
        /// false without a witness of <paramref name="from"/> or with too small a balance. Zero and self transfers
        /// still raise the event and the payment callback.
        /// </summary>
        public static bool Transfer(UInt160 from, UInt160 to, BigInteger amount, object data)
        {
            if (!from.IsValid) throw new Exception("The argument \"from\" is invalid.");
            if (!to.IsValid) throw new Exception("The argument \"to\" is invalid.");
            if (amount.Sign < 0) throw new Exception("The amount must be a positive number.");
            // IsValid is false for null too (ISTYPE), so null addresses throw above.
            if (!Runtime.CheckWitness(from)) return false;
            if (!amount.IsZero)
            {
                if (!UpdateBalance(from, -amount)) return false;
                UpdateBalance(to, amount);
            }
            PostTransfer(from, to, amount, data);
            return true;
        }

        /// <summary>Creates amount tokens for account (nothing happens for zero).</summary>
        protected static void Mint(UInt160 account, BigInteger amount)
        {
            if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount));
            if (amount.IsZero) return;
            UpdateBalance(account, amount);
            TotalSupply += amount;
            PostTransfer(null, account, amount, null);
        }

        /// <summary>Destroys amount tokens of account; throws when its balance is smaller.</summary>
        protected static void Burn(UInt160 account, BigInteger amount)
        {
            if (amount.Sign < 0) throw new ArgumentOutOfRangeException(nameof(amount));
            if (amount.IsZero) return;
            if (!UpdateBalance(account, -amount)) throw new InvalidOperationException("Insufficient balance.");
            TotalSupply -= amount;
            PostTransfer(account, null, amount, null);
        }

        /// <summary>Raises Transfer, then calls onNEP17Payment(from, amount, data) when <paramref name="to"/> is a deployed contract.</summary>
        protected static void PostTransfer(UInt160? from, UInt160? to, BigInteger amount, object? data)
        {
            OnTransfer(from, to, amount);
            if (to is not null && ContractManagement.IsContract(to))
                Contract.Call(to, Method.OnNEP17Payment, CallFlags.All, from, amount, data);
        }
    }
}
