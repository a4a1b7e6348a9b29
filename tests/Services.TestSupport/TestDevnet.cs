using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Services.TestSupport;

/// <summary>
/// The in-process devnet as the service tests start it: data and a dev wallet in a temporary directory, JSON-RPC on a free
/// port, and wallets with cheap scrypt parameters (the NEP-6 file carries them) to keep the suites fast.
/// </summary>
public static class TestDevnet
{
    public const string DevWalletFile = "dev-wallet.json";

    public static readonly ScryptParameters FastScrypt = new(16, 1, 1);

    /// <summary>Starts a devnet in <paramref name="directory"/> whose dev wallet (<see cref="DevWalletFile"/>) has <paramref name="password"/>.</summary>
    public static Task<DevnetServer> StartAsync(TempDirectory directory, string password, uint millisecondsPerBlock) =>
        DevnetServer.StartAsync(new DevnetOptions
        {
            DataDirectory = directory.Path,
            WalletPath = directory.File(DevWalletFile),
            WalletPassword = password,
            WalletScrypt = FastScrypt,
            RpcPort = 0,
            MillisecondsPerBlock = millisecondsPerBlock,
        });

    /// <summary>A JSON-RPC client of <paramref name="server"/> holding the dev wallet's keys.</summary>
    public static ChainClient DevClient(DevnetServer server, TempDirectory directory, string password) =>
        new(new RpcClient(server.Url), server.Node.Settings.Network, Nep6Wallet.Load(directory.File(DevWalletFile)).Unlock(password));

    /// <summary>Saves a NEP-6 wallet named <paramref name="name"/> with one new key (label "oracle", fast scrypt) at <paramref name="path"/>.</summary>
    public static (UInt160 Account, KeyPair Key) NewWallet(string path, string name, string password)
    {
        var key = DevWallet.NewKey();
        var wallet = new Nep6Wallet(name, scrypt: FastScrypt);
        var account = wallet.AddKey(key, password, "oracle");
        wallet.Save(path);
        return (account.ScriptHash, key);
    }

    /// <summary>GAS.transfer(from, to, whole GAS, null) signed by <paramref name="from"/> (CalledByEntry).</summary>
    public static Task<InvokeReceipt> TransferGasAsync(ChainClient client, UInt160 from, UInt160 to, long gas, TransactionOptions? options = null) =>
        client.InvokeAsync(NativeContracts.Gas.Hash, "transfer",
            [ContractParameter.Hash160(from), ContractParameter.Hash160(to), ContractParameter.Integer(gas * Gas.Datoshi), ContractParameter.Any()],
            [ChainClient.EntrySigner(from)], options);
}
