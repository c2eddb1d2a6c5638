namespace NuMMGen.Detectors.Efficiency;

/// <summary>
/// Probability (0..1) that an event with observed value x (in the observable's unit) is kept: trigger and
/// analysis efficiency, acceptance, thresholds. Evaluated at the observed value, both when sampling (a
/// uniform draw below it) and when folding (integrated against the resolution), so both uses agree.
/// Implementations are immutable and thread safe.
/// </summary>
public interface IEfficiency
{
    /// <summary>Short description for logs and provenance.</summary>
    string Description { get; }

    /// <summary>True when the efficiency is constant between consecutive breakpoints (steps only).</summary>
    bool IsPiecewiseConstant { get; }

    /// <summary>The efficiency at observed value <paramref name="observed"/>, in [0, 1].</summary>
    double Evaluate(double observed);

    /// <summary>
    /// Adds to <paramref name="into"/> the points strictly inside (<paramref name="low"/>, <paramref name="high"/>)
    /// where the efficiency jumps or its formula changes (the folding integrates piecewise between them).
    /// </summary>
    void AddBreakpoints(double low, double high, List<double> into);
}
