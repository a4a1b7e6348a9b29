using Neo.SmartContract.Framework;

namespace Protocol.Toolchain.Framework.Tests;

/// <summary>NepStandard.ToStandard gives the manifest's supportedstandards text (it is also evaluated at compile time).</summary>
public class NepStandardTests
{
    [Fact]
    public void EveryStandardReadsAsNepDashNumber()
    {
        foreach (var standard in Enum.GetValues<NepStandard>())
            Assert.Equal("NEP-" + standard.ToString()[3..], standard.ToStandard());
        Assert.Equal("NEP-17", NepStandard.Nep17.ToStandard());
        Assert.Equal("NEP-11", NepStandard.Nep11.ToStandard());
    }
}
