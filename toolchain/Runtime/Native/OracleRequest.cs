using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using Array = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// A pending oracle request (neo Native/OracleRequest.cs), stored as a serialized Array[originalTxid, gasForResponse, url,
/// filter or Null, callbackContract, callbackMethod, userData (serialized bytes)].
/// </summary>
public sealed record OracleRequest(
    UInt256 OriginalTxid, long GasForResponse, string Url, string? Filter, UInt160 CallbackContract, string CallbackMethod, byte[] UserData)
{
    public Array ToStackItem() => new(
    [
        OriginalTxid.ToArray(),
        GasForResponse,
        Url,
        Filter is null ? StackItem.Null : Filter,
        CallbackContract.ToArray(),
        CallbackMethod,
        UserData,
    ]);

    public static OracleRequest FromStackItem(StackItem item)
    {
        var array = (Array)item;
        return new OracleRequest(new UInt256(array[0].GetSpan()), (long)array[1].GetInteger(), array[2].GetString()!,
            array[3].IsNull ? null : array[3].GetString(), new UInt160(array[4].GetSpan()), array[5].GetString()!,
            array[6].GetSpan().ToArray());
    }
}
