using System.Diagnostics;
using Protocol.Toolchain.Testing;
using Protocol.Toolchain.Testing.ProxyGen;

namespace Protocol.Toolchain.Compiler.Tests;

/// <summary>
/// `dotnet build` of a contract project (set up as contracts/&lt;Name&gt;/&lt;Name&gt;.csproj is, through contracts/Directory.Build.*)
/// emits the artefacts; the test engine deploys them from disk and a typed proxy is generated from the manifest.
/// </summary>
public class BuildIntegrationTests
{
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Protocol.sln"))) return dir.FullName;
        throw new InvalidOperationException("Protocol.sln not found above the test assembly.");
    }

    [Fact]
    public void Dotnet_build_of_a_contract_project_emits_its_artefacts()
    {
        var root = RepositoryRoot();
        var project = Directory.CreateTempSubdirectory("contract-build-");
        try
        {
            // A contract project as contracts/<Name>/ holds it, with the same build imports.
            File.WriteAllText(Path.Combine(project.FullName, "SampleToken.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                    <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
                  </PropertyGroup>
                  <Import Project="{root}/contracts/Directory.Build.props" />
                  <Import Project="{root}/contracts/Directory.Build.targets" />
                </Project>
                """);
            var source = Path.Combine(AppContext.BaseDirectory, "Samples", "SampleToken.cs");
            File.Copy(source, Path.Combine(project.FullName, "SampleToken.cs"));

            var (exitCode, output) = Run("dotnet", $"build \"{project.FullName}/SampleToken.csproj\" -nodeReuse:false -p:UseSharedCompilation=false", project.FullName);
            Assert.True(exitCode == 0, output);

            var sc = Path.Combine(project.FullName, "bin", "sc");
            foreach (var extension in new[] { ".nef", ".manifest.json", ".nefdbgnfo", ".asm" })
                Assert.True(File.Exists(Path.Combine(sc, "SampleToken" + extension)), $"missing SampleToken{extension}\n{output}");

            // Same bytes as compiling in-process (the build step adds nothing of its own).
            var inProcess = SampleContracts.Get("SampleToken.cs");
            Assert.Equal(inProcess.Nef.ToArray(), File.ReadAllBytes(Path.Combine(sc, "SampleToken.nef")));
            Assert.Equal(inProcess.Manifest.ToJsonUtf8(), File.ReadAllBytes(Path.Combine(sc, "SampleToken.manifest.json")));

            var engine = new TestEngine();
            var hash = engine.Deploy(Path.Combine(sc, "SampleToken.nef"), Path.Combine(sc, "SampleToken.manifest.json"));
            Assert.Equal("SMP", engine.Call<string>(hash, "symbol"));

            var proxy = ProxySource.Generate(File.ReadAllText(Path.Combine(sc, "SampleToken.manifest.json")), new ProxyOptions { Namespace = "Generated" });
            Assert.Contains("BalanceOf(", proxy);
            Assert.Contains("TransferEvent", proxy);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_compile_error_fails_the_build_with_its_location()
    {
        var root = RepositoryRoot();
        var ncc = Path.Combine(root, "toolchain", "Compiler.Cli", "bin");
        var dll = Directory.GetFiles(ncc, "ncc.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).First();
        var project = Directory.CreateTempSubdirectory("ncc-error-");
        try
        {
            var file = Path.Combine(project.FullName, "Bad.cs");
            File.WriteAllText(file, "using Neo.SmartContract.Framework;\npublic class Bad : SmartContract\n{\n    public static double F() => 1;\n}\n");
            var (exitCode, output) = Run("dotnet", $"\"{dll}\" \"{file}\" -o \"{project.FullName}/out\"", project.FullName);
            Assert.Equal(1, exitCode);
            Assert.Contains($"{file}(4,19): error NC4025:", output);
            Assert.False(Directory.Exists(Path.Combine(project.FullName, "out")));
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish in 5 minutes.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
