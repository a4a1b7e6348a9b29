using System.Numerics;
using System.Runtime.CompilerServices;
using Neo.SmartContract.Framework.Services;

namespace Neo.SmartContract.Framework.Helpers
{
    /// <summary>Precondition checks that FAULT (ASSERTMSG/ABORTMSG) with a short error code.</summary>
    public static class GuardHelpers
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Require(bool condition, string errorCode) => ExecutionEngine.Assert(condition, errorCode);

        /// <summary>A postcondition: the message is "POST:" + errorCode.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Ensure(bool condition, string errorCode) => ExecutionEngine.Assert(condition, "POST:" + errorCode);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Revert(string errorCode) => ExecutionEngine.Abort(errorCode);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireNotNull(object? value, string paramName) => ExecutionEngine.Assert(value is not null, "null:" + paramName);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireNonNegative(BigInteger amount) => ExecutionEngine.Assert(amount.Sign >= 0, "Negative");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequirePositive(BigInteger amount) => ExecutionEngine.Assert(amount.Sign > 0, "NOT_POSITIVE");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireValidAddress(UInt160 address) =>
            ExecutionEngine.Assert(address is not null && address != UInt160.Zero, "INVALID_ADDR");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireWitness(UInt160 account, string errorCode = "NO_WITNESS") =>
            ExecutionEngine.Assert(Runtime.CheckWitness(account), errorCode);

        /// <summary>min ≤ value ≤ max.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireInRange(BigInteger value, BigInteger min, BigInteger max) =>
            ExecutionEngine.Assert(min <= value && value <= max, "OUT_OF_RANGE");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireEquals(object actual, object expected, string errorCode = "NOT_EQUAL") =>
            ExecutionEngine.Assert(actual.Equals(expected), errorCode);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireCaller(UInt160 expectedCaller) =>
            ExecutionEngine.Assert(Runtime.CallingScriptHash == expectedCaller, "INVALID_CALLER");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RequireNotEmpty(string value, string paramName) =>
            ExecutionEngine.Assert(value is not null && value.Length > 0, "EMPTY:" + paramName);
    }
}
