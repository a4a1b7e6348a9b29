using System;
using System.ComponentModel;
using System.Numerics;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework
{
    /// <summary>
    /// A non-divisible NEP-11 token (reference §2.12). Storage: 0x02 the token-id counter, 0x03 tokenId → serialised
    /// state, 0x04 owner ‖ tokenId → 0 (one entry per owned token); balances and total supply as in TokenContract.
    /// </summary>
    [SupportedStandards(NepStandard.Nep11)]
    [ContractPermission(Permission.Any, Method.OnNEP11Payment)]
    public abstract class Nep11Token<TokenState> : TokenContract
        where TokenState : Nep11TokenState
    {
        public delegate void OnTransferDelegate(UInt160? from, UInt160? to, BigInteger amount, ByteString tokenId);

        /// <summary>Transfer(from, to, 1, tokenId); from is null on mint, to is null on burn.</summary>
        [DisplayName("Transfer")]
        public static event OnTransferDelegate OnTransfer = null!;

        protected const byte Prefix_TokenId = 0x02;
        protected const byte Prefix_Token = 0x03;
        protected const byte Prefix_AccountToken = 0x04;

        [Safe]
        public sealed override byte Decimals => 0;

        /// <summary>The owner of a token; throws for an id longer than 64 bytes or an unknown token.</summary>
        [Safe]
        public static UInt160 OwnerOf(ByteString tokenId)
        {
            if (tokenId.Length > 64) throw new Exception("The argument \"tokenId\" should be 64 or less bytes long.");
            StorageMap tokens = new(Prefix_Token);
            ByteString stored = tokens[tokenId] ?? throw new Exception("The token with given \"tokenId\" does not exist.");
            return ((TokenState)StdLib.Deserialize(stored)).Owner;
        }

        /// <summary>The token's properties; by default only "name". Override to add more.</summary>
        [Safe]
        public virtual Map<string, object> Properties(ByteString tokenId)
        {
            StorageMap tokens = new(Prefix_Token);
            TokenState token = (TokenState)StdLib.Deserialize(tokens[tokenId]!);
            Map<string, object> properties = new();
            properties["name"] = token.Name;
            return properties;
        }

        /// <summary>The ids of all tokens.</summary>
        [Safe]
        public static Iterator Tokens()
        {
            StorageMap tokens = new(Prefix_Token);
            return tokens.Find(FindOptions.KeysOnly | FindOptions.RemovePrefix);
        }

        /// <summary>The ids of the owner's tokens.</summary>
        [Safe]
        public static Iterator TokensOf(UInt160 owner)
        {
            if (!owner.IsValid) throw new Exception("The argument \"owner\" is invalid");
            StorageMap ownership = new(Prefix_AccountToken);
            return ownership.Find(owner, FindOptions.KeysOnly | FindOptions.RemovePrefix);
        }

        /// <summary>
        /// Gives a token to <paramref name="to"/>; false without the owner's witness. A transfer to the owner
        /// itself changes nothing but still raises the event and the payment callback.
        /// </summary>
        public static bool Transfer(UInt160 to, ByteString tokenId, object data)
        {
            if (!to.IsValid) throw new Exception("The argument \"to\" is invalid.");
            StorageMap tokens = new(Storage.CurrentContext, Prefix_Token);
            TokenState token = (TokenState)StdLib.Deserialize(tokens[tokenId]!);
            UInt160 from = token.Owner;
            if (!Runtime.CheckWitness(from)) return false;
            if (from != to)
            {
                token.Owner = to;
                tokens[tokenId] = StdLib.Serialize(token);
                UpdateBalance(from, tokenId, -1);
                UpdateBalance(to, tokenId, 1);
            }
            PostTransfer(from, to, tokenId, data);
            return true;
        }

        /// <summary>A fresh token id: SHA-256 of the contract hash and a stored counter.</summary>
        protected static ByteString NewTokenId() => NewTokenId(Runtime.ExecutingScriptHash);

        /// <summary>A fresh token id: SHA-256 of salt ‖ counter (the first id hashes the salt alone); bumps the counter.</summary>
        protected static ByteString NewTokenId(ByteString salt)
        {
            StorageContext context = Storage.CurrentContext;
            byte[] counterKey = new byte[] { Prefix_TokenId };
            ByteString? counter = Storage.Get(context, counterKey);
            BigInteger next = counter is null ? 1 : (BigInteger)counter + 1;
            Storage.Put(context, counterKey, next);
            if (counter is not null) salt = Helper.Concat(salt, counter);
            return CryptoLib.Sha256(salt);
        }

        /// <summary>Stores a new token, credits its owner and raises Transfer(null, owner, 1, tokenId).</summary>
        protected static void Mint(ByteString tokenId, TokenState token)
        {
            StorageMap tokens = new(Storage.CurrentContext, Prefix_Token);
            tokens[tokenId] = StdLib.Serialize(token);
            UpdateBalance(token.Owner, tokenId, 1);
            TotalSupply++;
            PostTransfer(null, token.Owner, tokenId, null);
        }

        /// <summary>Deletes a token, debits its owner and raises Transfer(owner, null, 1, tokenId).</summary>
        protected static void Burn(ByteString tokenId)
        {
            StorageMap tokens = new(Storage.CurrentContext, Prefix_Token);
            TokenState token = (TokenState)StdLib.Deserialize(tokens[tokenId]!);
            tokens.Delete(tokenId);
            UpdateBalance(token.Owner, tokenId, -1);
            TotalSupply--;
            PostTransfer(token.Owner, null, tokenId, null);
        }

        /// <summary>Adjusts the owner's balance by increment and adds (increment &gt; 0) or removes the ownership entry.</summary>
        protected static void UpdateBalance(UInt160 owner, ByteString tokenId, int increment)
        {
            UpdateBalance(owner, increment);
            StorageMap ownership = new(Storage.CurrentContext, Prefix_AccountToken);
            ByteString key = Helper.Concat(owner, tokenId);
            if (increment > 0) ownership.Put(key, 0);
            else ownership.Delete(key);
        }

        /// <summary>Raises Transfer, then calls onNEP11Payment(from, 1, tokenId, data) when <paramref name="to"/> is a deployed contract.</summary>
        protected static void PostTransfer(UInt160? from, UInt160? to, ByteString tokenId, object? data)
        {
            OnTransfer(from, to, 1, tokenId);
            if (to is not null && ContractManagement.IsContract(to))
                Contract.Call(to, Method.OnNEP11Payment, CallFlags.All, from, 1, tokenId, data);
        }
    }
}
