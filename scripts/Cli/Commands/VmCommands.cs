using System.CommandLine;
using Protocol.Toolchain.Conformance.Devpack;
using Protocol.Toolchain.Conformance.NeoVm;
using Protocol.Toolchain.Vm;

namespace Protocol.Scripts.Cli.Commands;

/// <summary>NeoVM commands: the conformance run and running a raw script.</summary>
internal static class VmCommands
{
    public static Command Conformance()
    {
        var command = new Command("vm-conformance", "Run every official NeoVM vector against our VM and report the totals.");
        command.SetAction(_ =>
        {
            var result = NeoVmSuite.RunAll();
            foreach (var failure in result.Failures) Console.WriteLine(failure);
            foreach (var (key, reason) in result.KnownGaps) Console.WriteLine($"known gap {key}: {reason}");
            Console.WriteLine(result.Summary);
            return result.Passed ? 0 : 1;
        });
        return command;
    }

    /// <summary>The main job today: both official suites (NeoVM vectors, devpack compiled contracts) with their totals.</summary>
    public static Command AllConformance()
    {
        var command = new Command("conformance", "Run the NeoVM vectors and replay the devpack's compiled contracts, reporting results and GAS matches.");
        command.SetAction(_ =>
        {
            var vm = NeoVmSuite.RunAll();
            Console.WriteLine(vm.Summary);
            var devpack = DevpackSuite.RunAll();
            var gaps = DevpackKnownGaps.Load(DevpackKnownGaps.DefaultPath);
            var comparison = DevpackKnownGaps.Compare(devpack, gaps);
            Console.Write(devpack.Summary(gaps.Count));
            foreach (var regression in comparison.Regressions) Console.WriteLine($"regression: {regression}");
            return vm.Passed && comparison.Regressions.Count == 0 ? 0 : 1;
        });
        return command;
    }

    public static Command Run()
    {
        var script = new Argument<string>("script") { Description = "The script as hex (optionally 0x-prefixed) or base64." };
        var trace = new Option<bool>("--trace") { Description = "Print each instruction with the evaluation stack before it runs." };
        var command = new Command("vm-run", "Run a NeoVM script and print its final state, result stack and base price units.") { script, trace };
        command.SetAction(parse =>
        {
            byte[] bytes;
            try
            {
                bytes = ScriptText.Parse(parse.GetValue(script)!);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            using var engine = new TracingEngine(parse.GetValue(trace) ? Console.Out : null);
            engine.LoadScript(new Script(bytes));
            var state = engine.Execute();
            Console.WriteLine($"state: {state}");
            if (engine.FaultException is not null) Console.WriteLine($"fault: {engine.FaultException.Message}");
            Console.WriteLine($"instructions: {engine.Instructions}, base price units: {engine.PriceUnits}");
            for (int i = engine.ResultStack.Count - 1; i >= 0; i--)
                Console.WriteLine($"result[{engine.ResultStack.Count - 1 - i}]: {engine.ResultStack[i].Type} {engine.ResultStack[i]}");
            return state == VMState.HALT ? 0 : 1;
        });
        return command;
    }
}
