using System.Text;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Nef;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Compiler.Artifacts;

/// <summary>A readable listing of a contract's script: method headers from the debug info, one instruction per line with its offset.</summary>
public static class AssemblyListing
{
    public static string Of(NefFile nef, ContractManifest manifest, DebugInfo debugInfo)
    {
        var text = new StringBuilder();
        text.Append("// ").Append(manifest.Name).Append(", ").Append(nef.Script.Length).Append(" bytes, compiled by ").AppendLine(nef.Compiler);
        foreach (var (token, i) in nef.Tokens.Select((t, i) => (t, i)))
            text.Append("// token ").Append(i).Append(": ").Append(token.Hash).Append(' ').Append(token.Method).Append('/').Append(token.ParametersCount).AppendLine();
        var starts = debugInfo.Methods.GroupBy(m => m.Start).ToDictionary(g => g.Key, g => g.First());
        var abi = manifest.Abi.Methods.GroupBy(m => m.Offset).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(m => m.Name)));
        var script = new Script(nef.Script.ToArray(), strict: false);
        for (int position = 0; position < nef.Script.Length;)
        {
            if (starts.TryGetValue(position, out var method))
            {
                text.AppendLine();
                text.Append("// ").Append(method.Name);
                if (abi.TryGetValue(position, out var names)) text.Append(" (abi: ").Append(names).Append(')');
                text.AppendLine();
            }
            var instruction = script.GetInstruction(position);
            text.Append(position.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(instruction.OpCode);
            if (instruction.Operand.Length > 0) text.Append(' ').Append(Convert.ToHexString(instruction.Operand.Span));
            text.AppendLine();
            position += instruction.Size;
        }
        return text.ToString();
    }
}
