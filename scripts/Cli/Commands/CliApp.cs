using System.CommandLine;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>The `protocol` command tree; tests build it with their own output writer.</summary>
public static class CliApp
{
    /// <summary>Runs a command line; a failure prints "error: message" (no stack trace) and returns 1.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, CancellationToken ct = default)
    {
        output ??= Console.Out;
        try
        {
            var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output };
            return await Build(output).Parse(args).InvokeAsync(config, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            output.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    public static RootCommand Build(TextWriter? output = null)
    {
        output ??= Console.Out;
        return new RootCommand("Burn-and-mint protocol toolkit for Neo N3")
        {
            VmCommands.AllConformance(),
            VmCommands.Conformance(),
            VmCommands.Run(),
            DevnetCommand.Create(output),
            WalletCommands.Create(output),
            ContractCommands.Call(output),
            ContractCommands.Invoke(output),
            ContractCommands.Deploy(output),
            StoryCommand.Create(output),
            ProtocolCommands.DeployProtocol(output),
            ProtocolCommands.Bootstrap(output),
            ProtocolCommands.Epoch(output),
            ProtocolCommands.Dc(output),
            ProtocolCommands.Stake(output),
            ProtocolCommands.Propose(output),
            ProtocolCommands.Vote(output),
            ProtocolCommands.Execute(output),
        };
    }
}
