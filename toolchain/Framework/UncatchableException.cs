using System;

namespace Neo.SmartContract.Framework
{
    /// <summary>Throwing it compiles to ABORT: no try/catch in the contract can handle it.</summary>
    public class UncatchableException : Exception
    {
    }
}
