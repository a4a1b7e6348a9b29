using Protocol.Toolchain.Conformance.NeoVm;
using Xunit.Abstractions;

namespace Protocol.Toolchain.Vm.Tests.Conformance;

/// <summary>
/// Every official NeoVM JSON vector (../shared/conformance/neo-vm): state, invocation stack,
/// evaluation stacks, slots, result stack, reference count and FAULT messages. One theory case per
/// file, plus a fact that runs them all and states the totals.
/// </summary>
public sealed class NeoVmConformanceTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Files() => NeoVmSuite.Files().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Files))]
    public void Vector_file_passes(string relativePath)
    {
        var failures = NeoVmSuite.RunFile(VmVectorFile.Load(Path.Combine(NeoVmSuite.Folder, relativePath)));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void All_vectors_pass_and_are_counted()
    {
        var result = NeoVmSuite.RunAll();
        output.WriteLine(result.Summary);
        Console.WriteLine(result.Summary);
        foreach (var (key, reason) in result.KnownGaps) output.WriteLine($"known gap {key}: {reason}");
        Assert.Equal(163, result.Files); // the folder's 164th file is its LICENSE
        Assert.Equal(782, result.Tests);
        Assert.Equal(1521, result.Steps);
        Assert.Empty(result.KnownGaps);
        Assert.True(result.Failures.Count == 0, string.Join(Environment.NewLine, result.Failures.Take(50)));
    }
}
