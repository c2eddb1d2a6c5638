namespace NuMMGen.Detectors.Random;

/// <summary>
/// The random numbers a detector response consumes. The generator adapts its own reproducible stream
/// (SplitMix64-seeded xoshiro256**) to this interface; Detectors cannot reference the Generator project, so
/// the contract lives here. Implementations are not thread safe: one source per thread or block.
/// </summary>
public interface IRandomSource
{
    /// <summary>A uniform deviate in [0, 1).</summary>
    double NextDouble();

    /// <summary>A standard normal deviate (mean 0, variance 1).</summary>
    double Gaussian();

    /// <summary>A Poisson deviate with mean <paramref name="mean"/> (&gt;= 0); zero when the mean is zero.</summary>
    long Poisson(double mean);
}
