namespace NuMMGen.Fitting.Model;

/// <summary>
/// The expected counts of one channel (a detector and its binning, 1D or 2D flattened row-major) as a
/// function of the parameters it depends on. The channel names its parameters once
/// (<see cref="ParameterNames"/>); a likelihood resolves the names to indices once and passes the values
/// in that order. Implementations must be thread-safe for concurrent calls (no mutable state).
/// </summary>
public interface IExpectation
{
    /// <summary>Number of bins (for 2D, rows times columns, flattened row-major).</summary>
    int BinCount { get; }

    /// <summary>The names of the parameters the expectation depends on, in the order of the value span.</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>
    /// Fills the expected counts per bin and, when <paramref name="jacobian"/> is not empty, the derivatives
    /// d mu_b / d theta_k at <c>jacobian[b * ParameterNames.Count + k]</c>.
    /// </summary>
    /// <param name="values">Parameter values in the order of <see cref="ParameterNames"/>.</param>
    /// <param name="expected">Output, length <see cref="BinCount"/>: expected counts (events per bin).</param>
    /// <param name="jacobian">Output, empty or length <see cref="BinCount"/> x parameter count.</param>
    void Evaluate(ReadOnlySpan<double> values, Span<double> expected, Span<double> jacobian);
}
