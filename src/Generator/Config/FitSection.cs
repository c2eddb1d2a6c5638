namespace NuMMGen.Generator.Config;

/// <summary>
/// Config section <c>"fit"</c> (optional; used by <c>nummgen fit</c>, <c>sensitivity</c> and <c>coverage</c>, which
/// need a <c>"detector"</c>): the observed-value binning of the likelihood, the normalisation uncertainties and the
/// parameters of interest. The magnetic moment (POI mu^2) is always fitted; a tensor coupling optionally.
/// </summary>
public sealed record FitSection
{
    /// <summary>Binning in the observed quantity; default: the analysis region in 20 equal bins.</summary>
    public FitBinsSection Bins { get; init; } = new();

    /// <summary>Relative uncertainty of the signal flux normalisation (Gaussian constraint); null: the source's default.</summary>
    [Parameter("Relative uncertainty of the signal flux normalisation (Gaussian); null: sns 0.10, reactor 0.03, solar 0.06, others 0.10.",
        Min = 0, MinExclusive = true)]
    public double? FluxUncertainty { get; init; }

    /// <summary>Relative uncertainty of each background normalisation unless the background sets <c>fitUncertainty</c>.</summary>
    [Parameter("Relative uncertainty (Gaussian) of each background normalisation, unless the background sets fitUncertainty.",
        Min = 0, MinExclusive = true)]
    public double BackgroundUncertainty { get; init; } = 0.2;

    /// <summary>A tensor coupling fitted as a second POI (its square), or <c>none</c>.</summary>
    [Parameter("Tensor coupling fitted as a second POI (limit on |C| in GeV^-2): none, tensorE, tensorU, tensorD or tensorS.",
        Allowed = ["none", "tensorE", "tensorU", "tensorD", "tensorS"])]
    public string Tensor { get; init; } = "none";

    /// <summary>
    /// Time bins of a 2D (observed x time) fit of a detector with timing; null: a 1D fit unless the data file is a 2D
    /// binned CSV (whose time bins are then used).
    /// </summary>
    public FitTimeBinsSection? TimeBins { get; init; }

    /// <summary>
    /// Detector-response nuisances (shape nuisances by template interpolation): each shifts one numeric config key by
    /// +-1 sigma, the templates are rebuilt there and interpolated (pyhf code 4p) with a unit Gaussian constraint.
    /// </summary>
    public ResponseNuisanceSection[] ResponseNuisances { get; init; } = [];

    /// <summary>
    /// Backgrounds whose 2D template is smoothed as the product of its observed-value and time marginals (for data-driven
    /// tables with few counts per cell, such as the COHERENT anticoincidence data).
    /// </summary>
    [Parameter("Names of backgrounds whose (observed x time) template is the product of its two marginals (smooths sparse data-driven tables).")]
    public string[] FactorisedBackgrounds { get; init; } = [];
}

/// <summary>Config section <c>"fit.timeBins"</c>: time bins in microseconds after the trigger, inside the coincidence window.</summary>
public sealed record FitTimeBinsSection
{
    /// <summary>Explicit ascending edges in us after the trigger; when set, count is ignored.</summary>
    [Parameter("Explicit ascending time-bin edges in microseconds after the trigger (inside detector.timing.coincidenceWindowUs).")]
    public double[]? EdgesUs { get; init; }

    /// <summary>Number of equal time bins across the coincidence window.</summary>
    [Parameter("Number of equal time bins across the coincidence window.", Min = 1, Max = 1000)]
    public int Count { get; init; } = 12;
}

/// <summary>
/// Config section <c>"fit.responseNuisances[i]"</c>: a numeric config key (e.g. <c>detector.quenching.factor</c>) with its
/// 1-sigma uncertainty; the fit's shape nuisance <c>name</c> (alpha, nominal 0, unit Gaussian constraint) moves the key
/// to value + alpha x sigma, by interpolating templates built at value -+ sigma.
/// </summary>
public sealed record ResponseNuisanceSection
{
    /// <summary>Name of the nuisance parameter in the fit output.</summary>
    [Parameter("Name of the shape nuisance in the fit output (e.g. qf).", Required = true)]
    public string? Name { get; init; }

    /// <summary>The config key path varied (a number in the config).</summary>
    [Parameter("Config key path of the number varied, e.g. detector.quenching.factor.", Required = true)]
    public string? Key { get; init; }

    /// <summary>Absolute 1-sigma uncertainty of the key's value.</summary>
    [Parameter("Absolute 1-sigma uncertainty of the key's value (same unit as the key).", Required = true, Min = 0, MinExclusive = true)]
    public double? Sigma { get; init; }
}

/// <summary>Config section <c>"fit.bins"</c>: explicit edges, or <c>count</c> equal bins on [min, max).</summary>
public sealed record FitBinsSection
{
    /// <summary>Explicit ascending bin edges in the observable; when set, min, max and count are ignored.</summary>
    [Parameter("Explicit ascending bin edges in the observable (overrides min, max, count).")]
    public double[]? Edges { get; init; }

    /// <summary>Lower edge; null: the analysis region's lower end.</summary>
    [Parameter("Lower edge of the fit binning in the observable; null: detector.analysis.minObserved.")]
    public double? Min { get; init; }

    /// <summary>Upper edge; null: the analysis region's upper end.</summary>
    [Parameter("Upper edge of the fit binning in the observable; null: detector.analysis.maxObserved.")]
    public double? Max { get; init; }

    /// <summary>Number of equal bins between min and max.</summary>
    [Parameter("Number of equal-width fit bins between min and max.", Min = 1, Max = 10000)]
    public int Count { get; init; } = 20;
}
