namespace NuMMGen.Detectors.Efficiency;

/// <summary>
/// Another efficiency with its values at the integer counts 0 .. <see cref="TabulatedCounts"/> - 1 computed once: a
/// counting observable (photoelectrons without a charge spread) is always such an integer, and a product of factors (the
/// efficiency times the analysis window) then costs one table read per event instead of a call per factor. Every value
/// is the wrapped efficiency's own <see cref="IEfficiency.Evaluate"/> at that count, so the results are the same bit for
/// bit; any other observed value (non-integer, negative, beyond the table, NaN) goes to the wrapped efficiency.
/// Immutable and thread safe.
/// </summary>
public sealed class CountTableEfficiency : IEfficiency
{
    /// <summary>Number of tabulated counts.</summary>
    public const int TabulatedCounts = 256;

    private readonly IEfficiency _inner;
    private readonly double[] _atCounts;

    /// <summary>Tabulates <paramref name="inner"/> at the counts 0 .. <see cref="TabulatedCounts"/> - 1.</summary>
    public CountTableEfficiency(IEfficiency inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _atCounts = Enumerable.Range(0, TabulatedCounts).Select(n => inner.Evaluate(n)).ToArray();
    }

    /// <summary>The wrapped efficiency.</summary>
    public IEfficiency Inner => _inner;

    /// <inheritdoc />
    public string Description => _inner.Description;

    /// <inheritdoc />
    public bool IsPiecewiseConstant => _inner.IsPiecewiseConstant;

    /// <inheritdoc />
    public double Evaluate(double observed)
    {
        // The conversion saturates (NaN gives 0), so the equality check also rejects NaN and out-of-range values.
        var n = (int)observed;
        return (uint)n < TabulatedCounts && n == observed ? _atCounts[n] : _inner.Evaluate(observed);
    }

    /// <inheritdoc />
    public void AddBreakpoints(double low, double high, List<double> into) => _inner.AddBreakpoints(low, high, into);
}
