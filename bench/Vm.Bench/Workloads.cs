using Protocol.Toolchain.Vm;

namespace Protocol.Bench.Vm;

/// <summary>Fixed NeoVM workloads: each is a script plus the native C# work it stands for.</summary>
internal sealed record Workload(string Name, byte[] Script, Func<long> Native);

internal static class Workloads
{
    public static IReadOnlyList<Workload> All { get; } =
    [
        new("integer loop (sum 0..99999)", IntegerLoop(100_000), () => { long s = 0; for (long i = 0; i < 100_000; i++) s += i; return s; }),
        new("array build (1000 APPEND) x20", Repeat(20, ArrayBuild(1000)), () => { long n = 0; for (int r = 0; r < 20; r++) { var l = new List<object>(); for (int i = 0; i < 1000; i++) l.Add(i); n += l.Count; } return n; }),
        new("map build (500 SETITEM) x20", Repeat(20, MapBuild(500)), () => { long n = 0; for (int r = 0; r < 20; r++) { var d = new Dictionary<long, object>(); for (int i = 0; i < 500; i++) d[i] = i; n += d.Count; } return n; }),
        new("byte-string concat (2000 x 32 B)", Concat(2000), () => { var b = Array.Empty<byte>(); for (int i = 0; i < 2000; i++) b = [.. b, .. new byte[32]]; return b.Length; }),
        new("contract-shaped calls (20000)", Calls(20_000), () => { long s = 0; for (int i = 0; i < 20_000; i++) s = Callee(i, s); return s; }),
    ];

    private static long Callee(long a, long b) => a + b;

    // locals: 0 = i, 1 = sum.  sum += i; i++; while (i < n)
    private static byte[] IntegerLoop(int n)
    {
        var sb = new ScriptBuilder();
        sb.Emit(OpCode.INITSLOT, [2, 0]).EmitPush(0).Emit(OpCode.STLOC0).EmitPush(0).Emit(OpCode.STLOC1);
        int loop = sb.Length;
        sb.Emit(OpCode.LDLOC1).Emit(OpCode.LDLOC0).Emit(OpCode.ADD).Emit(OpCode.STLOC1);
        sb.Emit(OpCode.LDLOC0).Emit(OpCode.INC).Emit(OpCode.STLOC0);
        sb.Emit(OpCode.LDLOC0).EmitPush(n);
        sb.EmitJump(OpCode.JMPLT_L, loop - sb.Length);
        sb.Emit(OpCode.LDLOC1).Emit(OpCode.RET);
        return sb.ToArray();
    }

    // A fresh array per round: for (i = 0; i < n; i++) array.Append(i)
    private static byte[] ArrayBuild(int n) => Loop(n, sb => sb.Emit(OpCode.NEWARRAY0).Emit(OpCode.STLOC1),
        sb => sb.Emit(OpCode.LDLOC1).Emit(OpCode.LDLOC0).Emit(OpCode.APPEND));

    private static byte[] MapBuild(int n) => Loop(n, sb => sb.Emit(OpCode.NEWMAP).Emit(OpCode.STLOC1),
        sb => sb.Emit(OpCode.LDLOC1).Emit(OpCode.LDLOC0).Emit(OpCode.LDLOC0).Emit(OpCode.SETITEM));

    private static byte[] Concat(int n) => Loop(n, sb => sb.EmitPush([]).Emit(OpCode.STLOC1),
        sb => sb.Emit(OpCode.LDLOC1).EmitPush(new byte[32]).Emit(OpCode.CAT).Emit(OpCode.STLOC1));

    // main: for (i = 0; i < n; i++) sum = add(i, sum) via CALL_L; add: INITSLOT 1 local 2 args.
    private static byte[] Calls(int n)
    {
        var sb = new ScriptBuilder();
        sb.Emit(OpCode.INITSLOT, [2, 0]).EmitPush(0).Emit(OpCode.STLOC0).EmitPush(0).Emit(OpCode.STLOC1);
        int loop = sb.Length;
        sb.Emit(OpCode.LDLOC1).Emit(OpCode.LDLOC0);
        int call = sb.Length;
        sb.Emit(OpCode.CALL_L, new byte[4]);
        sb.Emit(OpCode.STLOC1).Emit(OpCode.LDLOC0).Emit(OpCode.INC).Emit(OpCode.STLOC0).Emit(OpCode.LDLOC0).EmitPush(n);
        sb.EmitJump(OpCode.JMPLT_L, loop - sb.Length);
        sb.Emit(OpCode.LDLOC1).Emit(OpCode.RET);
        int callee = sb.Length;
        sb.Emit(OpCode.INITSLOT, [1, 2]).Emit(OpCode.LDARG0).Emit(OpCode.LDARG1).Emit(OpCode.ADD).Emit(OpCode.STLOC0).Emit(OpCode.LDLOC0).Emit(OpCode.RET);
        var script = sb.ToArray();
        BitConverter.GetBytes(callee - call).CopyTo(script, call + 1);
        return script;
    }

    /// <summary>locals: 0 = i, 1 = accumulator; setup runs once, body n times, then the accumulator is dropped.</summary>
    private static byte[] Loop(int n, Action<ScriptBuilder> setup, Action<ScriptBuilder> body)
    {
        var sb = new ScriptBuilder();
        sb.Emit(OpCode.INITSLOT, [2, 0]).EmitPush(0).Emit(OpCode.STLOC0);
        setup(sb);
        int loop = sb.Length;
        body(sb);
        sb.Emit(OpCode.LDLOC0).Emit(OpCode.INC).Emit(OpCode.STLOC0).Emit(OpCode.LDLOC0).EmitPush(n);
        sb.EmitJump(OpCode.JMPLT_L, loop - sb.Length);
        sb.Emit(OpCode.RET);
        return sb.ToArray();
    }

    /// <summary>Runs a script body <paramref name="times"/> times by calling it as a subroutine.</summary>
    private static byte[] Repeat(int times, byte[] body)
    {
        var sb = new ScriptBuilder();
        for (int i = 0; i < times; i++) sb.EmitJump(OpCode.CALL_L, (times - i) * 5 + 1);
        sb.Emit(OpCode.RET);
        sb.EmitRaw(body);
        return sb.ToArray();
    }
}
