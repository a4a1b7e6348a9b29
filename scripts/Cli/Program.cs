using Protocol.Scripts.Cli.Commands;

// The operator command line. Each command lives in Commands/ and CliApp assembles them.
return await CliApp.RunAsync(args);
