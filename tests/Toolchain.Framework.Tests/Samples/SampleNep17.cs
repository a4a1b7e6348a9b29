// The usings sit inside the namespace so they win over the test project's implicit global usings
// (System.Collections.Generic.List<T> would otherwise clash with the framework's List<T>), as in a contract project.
namespace SampleContracts
{
    using System.ComponentModel;
    using System.Numerics;
    using Neo.SmartContract.Framework;
    using Neo.SmartContract.Framework.Attributes;
    using Neo.SmartContract.Framework.Native;
    using Neo.SmartContract.Framework.Services;

    // Never run: it only has to compile, proving that contract source in the usual style builds against our framework.
    [DisplayName("SampleToken")]
    [ContractAuthor("protocol", "dev@example.org")]
    [ContractDescription("A NEP-17 sample")]
    [ContractVersion("1.0")]
    [ContractSourceCode("https://example.org/src")]
    [ManifestExtra("Note", "compile-only")]
    [ContractPermission(Permission.Any, Method.Any)]
    [ContractTrust(Permission.Any)]
    [SupportedStandards(NepStandard.Nep17, NepStandard.Nep27)]
    public class SampleNep17 : Nep17Token
    {
        [InitialValue("NUuJw4C4XJFzxAvSZnFTfsNoWZytmQKXQP", ContractParameterType.Hash160)]
        private static readonly UInt160 Owner = default!;

        [Hash160("0xd2a4cff31913016155e38e474a2c06d08be276cf")]
        private static readonly UInt160 GasHash = default!;

        [Integer("1000")]
        private static readonly BigInteger Cap = default;

        private static readonly StorageMap Settings = new(Storage.CurrentContext, 0x10);

        public delegate void OnCappedDelegate(BigInteger cap);

        [DisplayName("Capped")]
        public static event OnCappedDelegate OnCapped = null!;

        public override string Symbol { [Safe] get => "SMP"; }

        public override byte Decimals { [Safe] get => 8; }

        [Stored]
        public static string Label { [Safe] get; set; } = "";

        [NoReentrant]
        public static void MintTo(UInt160 to, BigInteger amount)
        {
            ExecutionEngine.Assert(Runtime.CheckWitness(Owner), "no witness");
            if (TotalSupply + amount > Cap) OnCapped(Cap);
            Mint(to, amount);
            Settings.Increase("mints");
        }

        public static void OnNEP17Payment(UInt160 from, BigInteger amount, object data)
        {
            if (Runtime.CallingScriptHash != GAS.Hash || GasHash != GAS.Hash) ExecutionEngine.Abort("GAS only");
            List<UInt160> payers = new();
            payers.Add(from);
            Map<ByteString, BigInteger> paid = new();
            paid[from] = amount + NEO.BalanceOf(from);
            Runtime.Log(StdLib.Itoa(amount, 16) + StdLib.Base64Encode(CryptoLib.Sha256((ByteString)from.ToAddress())));
            foreach (var entry in (Iterator<(ByteString, BigInteger)>)Storage.Find(Storage.CurrentContext, "m", FindOptions.RemovePrefix | FindOptions.DeserializeValues))
                Runtime.Log(entry.Item1);
        }
    }
}
