using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;

namespace NuMMGen.Detectors.Backgrounds;

/// <summary>
/// One background component in the observed variable: a name, the expected number of recorded events in a
/// window of the observable for an exposure, and a normalised shape in the observable (density for the fit,
/// inverse CDF for generation). Counts are as recorded, i.e. after efficiency and cuts: components built from
/// raw spectra take the detector efficiency (or the whole response) when they are built.
/// Immutable and thread safe.
/// </summary>
public interface IBackgroundComponent
{
    /// <summary>Name of the component (e.g. <c>210Bi</c>, <c>steady-state</c>).</summary>
    string Name { get; }

    /// <summary>Unit of the observable the shape is in (keVee, PE, Nh).</summary>
    string ObservedUnit { get; }

    /// <summary>Normalised shape in the observable.</summary>
    ISpectralShape Shape { get; }

    /// <summary>Arrival-time distribution after the beam trigger (beam experiments), or null (no timing).</summary>
    ArrivalTimePdf? ArrivalTime { get; }

    /// <summary>Relative 1-sigma uncertainty on the normalisation stated by the source (0 when none is given).</summary>
    double NormalisationUncertainty { get; }

    /// <summary>Expected recorded events over the whole shape for <paramref name="exposure"/>.</summary>
    double ExpectedTotal(in Exposure exposure);
}

/// <summary>Operations shared by all background components.</summary>
public static class BackgroundComponentExtensions
{
    /// <summary>Expected recorded events with observed value in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static double ExpectedCount(this IBackgroundComponent component, double low, double high, in Exposure exposure) =>
        component.ExpectedTotal(exposure) * component.Shape.Probability(low, high);

    /// <summary>Expected recorded events in each bin of <paramref name="edges"/> (observable unit).</summary>
    public static double[] ExpectedCounts(this IBackgroundComponent component, ReadOnlySpan<double> edges, in Exposure exposure)
    {
        var total = component.ExpectedTotal(exposure);
        var counts = new double[Math.Max(edges.Length - 1, 0)];
        for (var j = 0; j < counts.Length; j++)
            counts[j] = total * component.Shape.Probability(edges[j], edges[j + 1]);
        return counts;
    }
}
