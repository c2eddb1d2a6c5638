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
