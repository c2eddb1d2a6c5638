namespace NuMMGen.Fitting.Model;

/// <summary>
/// An expectation multiplied by a constant factor: the exposure scan of a sensitivity study (all
/// expectations, signal and background, scale with exposure).
/// </summary>
/// <param name="inner">The expectation at unit exposure.</param>
/// <param name="factor">Exposure scale factor (&gt; 0).</param>
public sealed class ScaledExpectation(IExpectation inner, double factor) : IExpectation
{
    /// <summary>The exposure scale factor.</summary>
    public double Factor { get; } = factor > 0 && double.IsFinite(factor)
        ? factor
        : throw new Physics.InputException($"exposure scale factor {factor}: must be positive and finite");

    /// <inheritdoc />
    public int BinCount => inner.BinCount;

    /// <inheritdoc />
    public IReadOnlyList<string> ParameterNames => inner.ParameterNames;

    /// <inheritdoc />
    public void Evaluate(ReadOnlySpan<double> values, Span<double> expected, Span<double> jacobian)
    {
        inner.Evaluate(values, expected, jacobian);
        foreach (ref double e in expected[..BinCount])
            e *= Factor;
        if (!jacobian.IsEmpty)
            foreach (ref double j in jacobian[..(BinCount * ParameterNames.Count)])
                j *= Factor;
    }
}
