namespace NuMMGen.Fluxes.Solar;

/// <summary>
/// Options of the solar source (config section <c>"solar"</c>):
/// <code>
/// "solar": {
///   "model": "B16-GS98",        // or "B16-AGSS09met" (Vinyoles et al. 2017)
///   "boron8Spectrum": "Winter2006" // or "Ortiz2000"
/// }
/// </code>
/// Oscillation parameters come from the top-level <c>"oscillation"</c> section (NuFIT 6.0 by default).
/// </summary>
public sealed record SolarOptions
{
    /// <summary>Standard solar model: <c>B16-GS98</c> (default, high metallicity) or <c>B16-AGSS09met</c>.</summary>
    public string Model { get; init; } = "B16-GS98";

    /// <summary>8B spectral shape: <c>Winter2006</c> (default; PRC 73, 025503) or <c>Ortiz2000</c> (PRL 85, 2909).</summary>
    public string Boron8Spectrum { get; init; } = "Winter2006";

    /// <summary>True for the AGSS09met model; throws <see cref="FluxConfigException"/> for an unknown model name.</summary>
    public bool IsAgss09 => Model.ToUpperInvariant() switch
    {
        "B16-GS98" or "GS98" => false,
        "B16-AGSS09MET" or "AGSS09MET" or "AGSS09" => true,
        _ => throw new FluxConfigException($"solar.model = {Model}: expected B16-GS98 or B16-AGSS09met."),
    };

    /// <summary>Checks every key; returns this.</summary>
    public SolarOptions Validate()
    {
        _ = IsAgss09;
        FluxConfigException.Require(Boron8Spectrum is "Winter2006" or "Ortiz2000", "solar.boron8Spectrum", Boron8Spectrum, "Winter2006 or Ortiz2000");
        return this;
    }
}
