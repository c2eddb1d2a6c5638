using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.Random;

namespace NuMMGen.Detectors.Resolution;

/// <summary>
/// Fluctuation of the observed value about its mean (both in the observable's unit). One model serves the
/// generator (<see cref="Sample"/>) and the fitter (<see cref="Fold"/>): Fold integrates exactly the
/// distribution Sample draws from, times the efficiency at the observed value.
/// Implementations are immutable and thread safe (the random source carries the state).
/// </summary>
public interface IResolution
{
    /// <summary>Short description for logs and provenance.</summary>
    string Description { get; }

    /// <summary>
    /// Standard deviation of the observed value about mean <paramref name="mean"/> (observable unit), used to
    /// choose integration steps over the true recoil energy; zero for a perfect resolution.
    /// </summary>
    double Width(double mean);

    /// <summary>Draws an observed value for mean <paramref name="mean"/> (&gt;= 0).</summary>
    double Sample(double mean, IRandomSource random);

    /// <summary>
    /// Adds <paramref name="weight"/> x integral over bin j of p(x | mean) eff(x) dx to <paramref name="into"/>[j]
    /// for the observed bins with edges <paramref name="edges"/> (ascending; bin j is [edges[j], edges[j+1])).
    /// </summary>
    void Fold(double mean, double weight, IEfficiency efficiency, ReadOnlySpan<double> edges, Span<double> into);
}
