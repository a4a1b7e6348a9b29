using System.CommandLine;
using Protocol.Scripts.Cli.Commands;

// The operator command line. Each command lives in Commands/ and registers itself here.
var root = new RootCommand("Burn-and-mint protocol toolkit for Neo N3")
{
    VmCommands.AllConformance(),
    VmCommands.Conformance(),
    VmCommands.Run(),
};
return root.Parse(args).Invoke();
