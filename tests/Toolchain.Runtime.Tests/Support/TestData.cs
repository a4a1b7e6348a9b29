using Protocol.Toolchain.Conformance;

namespace Protocol.Toolchain.Runtime.Tests.Support;

/// <summary>Paths inside the official conformance data (located by <see cref="ConformancePaths"/>).</summary>
internal static class TestData
{
    public static string Root => ConformancePaths.Root;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
