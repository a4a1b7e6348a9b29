using System.Linq;

namespace Protocol.Toolchain.Testing.ProxyGen;

internal sealed partial class ProxyWriter
{
    /// <summary>
    /// A property <c>public T Name => Call&lt;T&gt;("abi");</c> or a method whose arguments go, in ABI order, into
    /// one call script (Void methods use Invoke and return nothing).
    /// </summary>
    private void WriteMember(PlannedMethod method)
    {
        var abi = method.Abi;
        var safe = abi.Safe ? " Safe: it cannot change state." : "";
        Line($"/// <summary>Calls <c>{CSharpNames.Xml(Signature(abi.Name, abi.Parameters, abi.ReturnType))}</c>.{safe}</summary>");
        var returns = ProxyTypes.Return(abi.ReturnType);
        var name = CSharpNames.Literal(abi.Name);
        if (method.IsProperty)
        {
            Line($"public {returns} {method.Name} => Call<{returns}>({name}, global::System.Array.Empty<object?>());");
            return;
        }
        var parameters = abi.Parameters.Select((p, i) =>
        {
            var text = $"{ProxyTypes.Parameter(p.Type)} {method.ParameterNames[i]}";
            return method.NullDefaultOnLast && i == abi.Parameters.Count - 1 ? text + " = null" : text;
        });
        var args = abi.Parameters.Count == 0
            ? "global::System.Array.Empty<object?>()"
            : "new object?[] { " + string.Join(", ", method.ParameterNames) + " }";
        var call = returns is null ? $"Invoke({name}, {args})" : $"Call<{returns}>({name}, {args})";
        Line($"public {returns ?? "void"} {method.Name}({string.Join(", ", parameters)}) => {call};");
    }
}
