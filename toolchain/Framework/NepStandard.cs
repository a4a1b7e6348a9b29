namespace Neo.SmartContract.Framework
{
    /// <summary>Standards for [SupportedStandards]; ToStandard gives the manifest text ("NEP-17").</summary>
    public enum NepStandard
    {
        Nep9,
        Nep11,
        Nep17,
        Nep22,
        Nep23,
        Nep24,
        Nep25,
        Nep26,
        Nep27,
        Nep28,
        Nep29,
        Nep30,
        Nep31,
        Nep32,
    }
}
