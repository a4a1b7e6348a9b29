using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Devnet.Rpc.Methods;

/// <summary>
/// The signers-and-witnesses parameter of invokefunction / invokescript (neo-node ParameterConverter.ToSignersAndWitnesses):
/// at most 16 objects {account (hash or address), scopes ("CalledByEntry, CustomContracts" or a number), allowedcontracts,
/// allowedgroups, rules, invocation, verification}; the signers must serialise and parse back as a transaction's would.
/// Anything malformed answers -32602 naming the field.
/// </summary>
public static class RpcSigners
{
    public static (Signer[] Signers, Witness[] Witnesses) Parse(JsonElement json, byte addressVersion)
    {
        if (json.ValueKind != JsonValueKind.Array) throw Invalid($"Invalid SignersAndWitnesses: {json.GetRawText()}");
        if (json.GetArrayLength() > Transaction.MaxTransactionAttributes) throw Invalid("Max allowed signers exceeded.");
        var signers = new List<Signer>();
        var witnesses = new List<Witness>();
        int i = 0;
        foreach (var item in json.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw Invalid($"Invalid Signer at {i}.");
            signers.Add(ParseSigner(item, addressVersion));
            var hasInvocation = JsonRead.TryGet(item, "invocation", out var inv);
            var hasVerification = JsonRead.TryGet(item, "verification", out var ver);
            if (hasInvocation || hasVerification)
            {
                var witness = new Witness(
                    hasInvocation ? Base64(inv, $"invocation at {i}") : ReadOnlyMemory<byte>.Empty,
                    hasVerification ? Base64(ver, $"verification at {i}") : ReadOnlyMemory<byte>.Empty);
                if (witness.InvocationScript.Length > Witness.MaxInvocationScript)
                    throw Invalid($"Invocation script length exceeds the maximum allowed length at {i}.");
                if (witness.VerificationScript.Length > Witness.MaxVerificationScript)
                    throw Invalid($"Verification script length exceeds the maximum allowed length at {i}.");
                witnesses.Add(witness);
            }
            i++;
        }
        if (signers.Select(s => s.Account).Distinct().Count() != signers.Count) throw Invalid("A signer account appears twice.");
        var writer = new NeoBinaryWriter();
        writer.WriteArray(signers);
        try
        {
            var reader = new NeoBinaryReader(writer.ToArray());
            var count = reader.ReadVarInt(Transaction.MaxTransactionAttributes);
            for (ulong n = 0; n < count; n++) Signer.Deserialize(reader);
        }
        catch (FormatException ex)
        {
            throw Invalid($"Invalid signers: {ex.Message}");
        }
        return ([.. signers], [.. witnesses]);
    }

    private static Signer ParseSigner(JsonElement item, byte addressVersion)
    {
        if (!JsonRead.TryGet(item, "account", out var accountToken) || accountToken.ValueKind != JsonValueKind.String)
            throw Invalid("Invalid 'account' in Signer.");
        var accountText = accountToken.GetString()!;
        UInt160 account;
        if (!UInt160.TryParse(accountText, out var parsed))
        {
            try
            {
                parsed = Runtime.Contracts.Address.ToScriptHash(accountText, addressVersion);
            }
            catch (FormatException)
            {
                throw Invalid($"Invalid Address: {accountText}");
            }
        }
        account = parsed!;
        if (!JsonRead.TryGet(item, "scopes", out var scopesToken) || scopesToken.ValueKind != JsonValueKind.String
            || !Enum.TryParse<WitnessScope>(scopesToken.GetString(), out var scopes))
            throw Invalid("Invalid 'scopes' in Signer.");
        try
        {
            Signer.ValidateScopes(scopes);
            var contracts = JsonRead.GetOptionalArray(item, "allowedcontracts").Select(c => UInt160.Parse(JsonRead.AsString(c, "allowed contract"))).ToArray();
            var groups = JsonRead.GetOptionalArray(item, "allowedgroups").Select(g => ECPoint.Parse(JsonRead.AsString(g, "allowed group"))).ToArray();
            var rules = JsonRead.GetOptionalArray(item, "rules").Select(WitnessRule.FromJson).ToArray();
            return new Signer(account, scopes, contracts, groups, rules);
        }
        catch (FormatException ex)
        {
            throw Invalid($"Invalid Signer {accountText}: {ex.Message}");
        }
    }

    private static byte[] Base64(JsonElement token, string what)
    {
        try
        {
            return Convert.FromBase64String(JsonRead.AsString(token, what));
        }
        catch (FormatException)
        {
            throw Invalid($"Invalid Base64 {what}.");
        }
    }

    private static RpcServerException Invalid(string data) => new(RpcError.InvalidParams.WithData(data));
}
