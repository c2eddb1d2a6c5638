namespace NuMMGen.Generator.Config;

/// <summary>
/// One entry of <c>"detector.backgrounds"</c>. Counts are as recorded (after efficiency) in the analysis region
/// for the configured exposure. Kinds:
/// <list type="bullet">
/// <item><c>flat</c>: <c>countsPerKgKeVDay</c> counts/(kg keVee day), flat in keVee over the analysis region (keVee observable).</item>
/// <item><c>table</c>: a shape in the observable from <c>file</c> (rows: observed value, density) with
/// <c>countsPerKgDay</c> recorded counts per kg per day over the whole shape.</item>
/// <item><c>coherentSteadyState</c>: the COHERENT 2017 anticoincidence beam-on data (PE x time), scaled by
/// <c>detector.beamLiveDays</c> / 308.1 days.</item>
/// <item><c>coherentPromptNeutrons</c>: the COHERENT 2017 prompt-neutron PE spectrum per GWh (times the efficiency at
/// 1-PE bin centres) with its arrival-time distribution, for the flux's <c>sns.beamEnergyGWh</c>.</item>
/// <item><c>14C</c>, <c>85Kr</c>, <c>210Bi</c>, <c>11C</c>, <c>210Po</c>, <c>externalGamma</c>: deposited-energy shapes
/// (src/Detectors/Shapes/RadioactiveShapes) folded through the detector response, with <c>rateCpdPer100t</c> decays
/// per day per 100 t (before detector effects) or <c>countsPerKgDay</c>.</item>
/// </list>
/// </summary>
public sealed record BackgroundSection
{
    /// <summary>Name of the component in outputs (e.g. <c>210Bi</c>).</summary>
    [Parameter("Name of the background component in outputs.", Required = true)]
    public string? Name { get; init; }

    /// <summary>The kind (see the type remarks).</summary>
    [Parameter("Background kind.", Required = true, Allowed = ["flat", "table", "coherentSteadyState", "coherentPromptNeutrons",
        "14C", "85Kr", "210Bi", "11C", "210Po", "externalGamma"])]
    public string? Kind { get; init; }

    /// <summary>flat: counts per kg per keVee per day.</summary>
    [Parameter("flat: counts per kg per keVee per day.", Min = 0)]
    public double? CountsPerKgKeVDay { get; init; }

    /// <summary>table and radioactive shapes: counts (decays) per kg per day over the whole shape.</summary>
    [Parameter("table, radioactive shapes: counts per kg per day over the whole shape.", Min = 0)]
    public double? CountsPerKgDay { get; init; }

    /// <summary>Radioactive shapes: decays per day per 100 t of target (Borexino's cpd/100t).</summary>
    [Parameter("Radioactive shapes: decays per day per 100 t (cpd/100t), before detector effects.", Min = 0)]
    public double? RateCpdPer100t { get; init; }

    /// <summary>table: shape file (observed value, density), relative to the config file.</summary>
    [Parameter("table: shape file of (observed value, density) rows, relative to the config file.")]
    public string? File { get; init; }

    /// <summary>210Po: mean visible (electron-equivalent) energy of the quenched alpha peak, keV.</summary>
    [Parameter("210Po: mean electron-equivalent energy of the quenched alpha peak in keV.", Min = 0, MinExclusive = true)]
    public double? PeakKeV { get; init; }

    /// <summary>210Po: intrinsic width of the peak in keV (before the detector resolution).</summary>
    [Parameter("210Po: intrinsic width (sigma) of the peak in keV, before the detector resolution.", Min = 0, MinExclusive = true)]
    public double? PeakSigmaKeV { get; init; }

    /// <summary>externalGamma: lower end of the deposited-energy range, keV.</summary>
    [Parameter("externalGamma: lower end of the deposited-energy range in keV.", Min = 0)]
    public double? MinKeV { get; init; }

    /// <summary>externalGamma: upper end of the deposited-energy range, keV.</summary>
    [Parameter("externalGamma: upper end of the deposited-energy range in keV.", Min = 0, MinExclusive = true)]
    public double? MaxKeV { get; init; }

    /// <summary>externalGamma: decay length of the exponential in keV.</summary>
    [Parameter("externalGamma: decay length of the exponential spectrum in keV.", Min = 0, MinExclusive = true)]
    public double? DecayLengthKeV { get; init; }

    /// <summary>Fits: relative uncertainty of this background's normalisation; null: <c>fit.backgroundUncertainty</c>.</summary>
    [Parameter("Fits: relative uncertainty (Gaussian) of this background's normalisation; null: fit.backgroundUncertainty.", Min = 0, MinExclusive = true)]
    public double? FitUncertainty { get; init; }
}
