using NuMMGen.Detectors.Random;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Detection;

/// <summary>
/// The detector library's <see cref="IRandomSource"/> over a generator <see cref="RandomStream"/>: the response
/// draws come from the event block's own stream, right after the interaction's draws, so a block's events and
/// their observed values are fixed by (seed, stage, block) whatever the thread count. Not thread safe.
/// </summary>
public sealed class RandomSourceAdapter : IRandomSource
{
    private readonly RandomStream _stream;

    /// <summary>Wraps <paramref name="stream"/>.</summary>
    public RandomSourceAdapter(RandomStream stream) => _stream = stream ?? throw new ArgumentNullException(nameof(stream));

    /// <inheritdoc />
    public double NextDouble() => _stream.NextDouble();

    /// <inheritdoc />
    public double Gaussian() => _stream.Gaussian();

    /// <inheritdoc />
    public long Poisson(double mean) => _stream.Poisson(mean);
}
