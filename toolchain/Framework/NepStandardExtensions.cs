namespace Neo.SmartContract.Framework
{
    public static class NepStandardExtensions
    {
        /// <summary>The manifest text of a standard (Nep17 → "NEP-17").</summary>
        public static string ToStandard(this NepStandard standard) => standard switch
        {
            NepStandard.Nep9 => "NEP-9",
            NepStandard.Nep11 => "NEP-11",
            NepStandard.Nep17 => "NEP-17",
            NepStandard.Nep22 => "NEP-22",
            NepStandard.Nep23 => "NEP-23",
            NepStandard.Nep24 => "NEP-24",
            NepStandard.Nep25 => "NEP-25",
            NepStandard.Nep26 => "NEP-26",
            NepStandard.Nep27 => "NEP-27",
            NepStandard.Nep28 => "NEP-28",
            NepStandard.Nep29 => "NEP-29",
            NepStandard.Nep30 => "NEP-30",
            NepStandard.Nep31 => "NEP-31",
            NepStandard.Nep32 => "NEP-32",
            _ => standard.ToString(),
        };
    }
}
