namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>Reserved method names and parameter counts (neo SmartContract/ContractBasicMethod.cs); -1 means any count.</summary>
public static class ContractBasicMethod
{
    public const string Verify = "verify";
    public const int VerifyPCount = -1;
    public const string Initialize = "_initialize";
    public const int InitializePCount = 0;
    public const string Deploy = "_deploy";
    public const int DeployPCount = 2;
    public const string Update = "update";
    public const int UpdatePCount = 3;
    public const string Destroy = "destroy";
    public const int DestroyPCount = 0;
    public const string OnNep17Payment = "onNEP17Payment";
    public const int OnNep17PaymentPCount = 3;
    public const string OnNep11Payment = "onNEP11Payment";
    public const int OnNep11PaymentPCount = 4;
}
