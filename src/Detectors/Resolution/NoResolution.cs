using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.Random;

namespace NuMMGen.Detectors.Resolution;

/// <summary>Perfect resolution: the observed value is the mean.</summary>
public sealed class NoResolution : IResolution
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly NoResolution Instance = new();

    /// <inheritdoc />
    public string Description => "none";

    /// <inheritdoc />
    public double Width(double mean) => 0;

    /// <inheritdoc />
    public double Sample(double mean, IRandomSource random) => mean;

    /// <inheritdoc />
    public void Fold(double mean, double weight, IEfficiency efficiency, ReadOnlySpan<double> edges, Span<double> into) =>
        KernelIntegrator.AddPoint(mean, weight, efficiency, edges, into);
}
