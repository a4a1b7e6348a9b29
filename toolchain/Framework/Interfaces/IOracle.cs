using Neo.SmartContract.Framework.Native;

namespace Neo.SmartContract.Framework.Interfaces
{
    /// <summary>The callback an Oracle request names; Oracle.Request's callback argument is its ABI name.</summary>
    public interface IOracle
    {
        public void OnOracleResponse(string requestedUrl, object userData, OracleResponseCode oracleResponse, string jsonString);
    }
}
