namespace Protocol.Toolchain.Compiler.Tests;

public class SampleTokenTests
{
    [Fact]
    public void Compiles()
    {
        var token = SampleContracts.Get("SampleToken.cs");
        Console.WriteLine(token.Manifest.ToJson());
        Console.WriteLine(token.Listing);
    }
}
