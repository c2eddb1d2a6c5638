using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Efficiency;

/// <summary>
/// A sharp analysis window: efficiency <see cref="Plateau"/> for threshold &lt;= x &lt; upper, zero outside.
/// With threshold = -infinity and plateau 1 it is a perfect detector.
/// </summary>
public sealed class SharpThreshold : IEfficiency
{
    /// <summary>Creates the window [<paramref name="threshold"/>, <paramref name="upper"/>) with efficiency <paramref name="plateau"/> inside.</summary>
    /// <exception cref="DetectorInputException">upper &lt;= threshold, or a plateau outside [0, 1].</exception>
    public SharpThreshold(double threshold, double upper = double.PositiveInfinity, double plateau = 1.0)
    {
        if (double.IsNaN(threshold) || !(upper > threshold))
            throw new DetectorInputException($"threshold window [{threshold}, {upper}) is empty");
        if (!(plateau >= 0 && plateau <= 1))
            throw new DetectorInputException($"efficiency plateau {plateau} must be in [0, 1]");
        Threshold = threshold;
        Upper = upper;
        Plateau = plateau;
    }

    /// <summary>Everything kept (efficiency 1 everywhere).</summary>
    public static SharpThreshold None { get; } = new(double.NegativeInfinity);

    /// <summary>Lowest kept observed value (inclusive).</summary>
    public double Threshold { get; }

    /// <summary>Upper end of the window (exclusive).</summary>
    public double Upper { get; }

    /// <summary>Efficiency inside the window.</summary>
    public double Plateau { get; }

    /// <inheritdoc />
    public string Description => $"window [{Threshold}, {Upper}) x {Plateau}";

    /// <inheritdoc />
    public bool IsPiecewiseConstant => true;

    /// <inheritdoc />
    public double Evaluate(double observed) => observed >= Threshold && observed < Upper ? Plateau : 0.0;

    /// <inheritdoc />
    public void AddBreakpoints(double low, double high, List<double> into)
    {
        if (Threshold > low && Threshold < high)
            into.Add(Threshold);
        if (Upper > low && Upper < high)
            into.Add(Upper);
    }
}
