using System.CommandLine;
using Protocol.Toolchain.Compiler;
using Protocol.Toolchain.Compiler.Cli;

// ncc: compiles C# smart contracts to Neo N3 artefacts. Errors use MSBuild's "file(line,col): error ID: message" form.
var inputs = new Argument<string[]>("inputs") { Description = ".cs files, directories, .csproj files or @response files.", Arity = ArgumentArity.OneOrMore };
var output = new Option<string>("--output", "-o") { Description = "Output directory (default: ./bin/sc).", DefaultValueFactory = _ => Path.Combine("bin", "sc") };
var baseName = new Option<string?>("--base-name") { Description = "File name for the artefacts when there is one contract (default: the contract's name)." };
var isChecked = new Option<bool>("--checked") { Description = "Compile in a checked context: overflow throws instead of wrapping." };
var debug = new Option<bool>("--debug") { Description = "Define the DEBUG symbol, as nccs does when it writes debug information (#if DEBUG code is compiled in)." };
var noOptimize = new Option<bool>("--no-optimize") { Description = "Turn the optimiser off." };
var addressVersion = new Option<byte>("--address-version") { Description = "Address version for address literals.", DefaultValueFactory = _ => 0x35 };
var version = new Option<string?>("--contract-version") { Description = "Manifest extra \"Version\" when the contract declares none." };
var root = new RootCommand("Compile C# smart contracts to Neo N3 NEF, manifest, NEP-19 debug info and an assembly listing.")
{
    inputs, output, baseName, isChecked, debug, noOptimize, addressVersion, version,
};
root.SetAction(parse =>
{
    IReadOnlyList<string> files;
    try
    {
        files = ContractSources.Resolve(parse.GetValue(inputs)!);
    }
    catch (FileNotFoundException e)
    {
        Console.Error.WriteLine($"error NC0001: {e.Message}");
        return 2;
    }
    var options = new CompileOptions
    {
        Checked = parse.GetValue(isChecked),
        Debug = parse.GetValue(debug),
        Optimize = !parse.GetValue(noOptimize),
        AddressVersion = parse.GetValue(addressVersion),
        Version = parse.GetValue(version),
    };
    var result = ContractCompiler.Compile(files.Select(f => (f, File.ReadAllText(f))), options: options);
    foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
    if (!result.Success) return 1;
    var name = result.Contracts.Count == 1 ? parse.GetValue(baseName) : null;
    foreach (var contract in result.Contracts)
    {
        var written = ArtifactWriter.Write(contract, parse.GetValue(output)!, name);
        Console.WriteLine($"{contract.Name}: {contract.Nef.Script.Length} bytes of script, {contract.Manifest.Abi.Methods.Count} methods -> {written[0]}");
    }
    return 0;
});
return await root.Parse(args).InvokeAsync();
