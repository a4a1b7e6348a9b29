using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Shared
{
    /// <summary>
    /// The windowed circuit breaker of PROTOCOL.md, compiled into every contract whose mints or payouts it limits.
    /// State per breaker (one storage entry under the caller's key): [last, lastTimeMs], where `last` is the amount
    /// counted in the window as of lastTimeMs. On each use:
    ///   decayed = ceil(last × (W − min(now − lastTime, W)) / W)   (ceil: the window forgets slowly, in the protocol's favour)
    ///   new     = decayed + amount;   FAULT when new > threshold; otherwise store [new, now].
    /// Amounts and the threshold are in the guarded token's base units; W and times in milliseconds (Runtime.Time).
    /// </summary>
    public static class CircuitBreaker
    {
        public const string Tripped = "Circuit breaker tripped: ";

        /// <summary>Counts <paramref name="amount"/> against the breaker at <paramref name="key"/>; throws when the window would exceed the threshold.</summary>
        public static void Consume(ByteString key, BigInteger amount, BigInteger threshold, BigInteger windowMs)
        {
            if (amount.Sign < 0) throw new Exception("Circuit breaker amount must not be negative.");
            BigInteger now = Runtime.Time;
            BigInteger updated = Decayed(key, now, windowMs) + amount;
            if (updated > threshold)
                throw new Exception(Tripped + updated + " in the window would exceed " + threshold + ".");
            Storage.Put(key, StdLib.Serialize(new object[] { updated, now }));
        }

        /// <summary>What the window still counts at <paramref name="now"/> (0 for a breaker never used).</summary>
        public static BigInteger Decayed(ByteString key, BigInteger now, BigInteger windowMs)
        {
            var stored = Storage.Get(key);
            if (stored is null) return 0;
            var state = (object[])StdLib.Deserialize(stored);
            BigInteger last = (BigInteger)state[0];
            BigInteger elapsed = now - (BigInteger)state[1];
            if (elapsed >= windowMs) return 0;
            // ceil(last × (W − elapsed) / W) for non-negative operands
            return (last * (windowMs - elapsed) + windowMs - 1) / windowMs;
        }
    }
}
