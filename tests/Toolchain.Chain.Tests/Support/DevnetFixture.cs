using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Keys;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Chain.Wallets;
using Protocol.Toolchain.Devnet.Node;
using Protocol.Toolchain.Devnet.Rpc;

namespace Protocol.Toolchain.Chain.Tests.Support;

/// <summary>
/// A devnet started in-process on a free loopback port in a fresh temporary directory. Blocks come only on demand
/// (<see cref="DevnetOptions.MillisecondsPerBlock"/> 0) so tests decide when the chain moves; the dev wallet uses cheap
/// scrypt parameters (a NEP-6 file may choose them) to keep the suite fast.
/// </summary>
public sealed class DevnetFixture : IAsyncLifetime
{
    public const string Password = "test-password";
    public static readonly ScryptParameters FastScrypt = new(16, 1, 1);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "devnet-tests-" + Guid.NewGuid().ToString("N"));

    public DevnetServer Server { get; private set; } = null!;

    public DevnetNode Node => Server.Node;

    public DevnetOptions Options(uint blockTime = 0) => new()
    {
        DataDirectory = Directory,
        WalletPath = Path.Combine(Directory, "dev-wallet.json"),
        WalletPassword = Password,
        WalletScrypt = FastScrypt,
        RpcPort = 0,
        MillisecondsPerBlock = blockTime,
    };

    public async Task InitializeAsync() => Server = await DevnetServer.StartAsync(Options());

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public string WalletPath => Path.Combine(Directory, "dev-wallet.json");

    public KeyRing Keys() => Nep6Wallet.Load(WalletPath).Unlock(Password);

    public ChainClient Client(uint? network = null) => new(new RpcClient(Server.Url), network ?? Node.Settings.Network, Keys());

    public Runtime.Models.UInt160 DevAccount => KeyRing.StandardAccount(Node.ValidatorKey.PublicKey);
}
