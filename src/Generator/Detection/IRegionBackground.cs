using NuMMGen.Detectors.Random;

namespace NuMMGen.Generator.Detection;

/// <summary>
/// A background component restricted to the analysis region (and, for pulsed sources, the coincidence window):
/// its expected recorded count there for the configured exposure, and draws of (observed value, time) inside it.
/// Immutable and thread safe.
/// </summary>
public interface IRegionBackground
{
    /// <summary>Name of the component (from the config).</summary>
    string Name { get; }

    /// <summary>The config kind (<c>flat</c>, <c>210Bi</c>, <c>coherentSteadyState</c>, ...).</summary>
    string Kind { get; }

    /// <summary>Expected recorded events in the analysis region (and coincidence window) for the exposure.</summary>
    double Expected { get; }

    /// <summary>Expected recorded events in each observed bin of <paramref name="edges"/> (clipped to the region and window).</summary>
    double[] ExpectedIn(ReadOnlySpan<double> edges);

    /// <summary>
    /// Expected recorded events in each cell of observed bins <paramref name="edges"/> x time bins <paramref name="timeEdges"/>
    /// (s after the trigger), row-major: index = observed bin x (number of time bins) + time bin. A component without
    /// arrival times is taken as flat in time over the span of <paramref name="timeEdges"/>.
    /// </summary>
    double[] ExpectedIn(ReadOnlySpan<double> edges, ReadOnlySpan<double> timeEdges);

    /// <summary>
    /// Relative 1-sigma uncertainty of the normalisation that the component carries itself (the 25 % of the COHERENT
    /// prompt neutrons; 1/sqrt(N) for a component measured from N recorded events), or null when it has none.
    /// </summary>
    double? NormalisationUncertainty { get; }

    /// <summary>
    /// Draws one event inside the region: the observed value (observable unit) and the time relative to the proton-pulse
    /// centre in s (NaN without timing).
    /// </summary>
    (double Observed, double Time) Sample(IRandomSource random);
}
