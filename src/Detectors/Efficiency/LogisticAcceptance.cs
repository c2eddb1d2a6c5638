using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Efficiency;

/// <summary>
/// COHERENT CsI[Na] acceptance (data release arXiv:1804.09459, coherent_parameters.yaml):
/// f(x) = a / (1 + exp(-k (x - x0))) H(x), with the modified step H = 0 for x &lt; 5, 1/2 for 5 &lt;= x &lt; 6,
/// 1 for x &gt;= 6 (x in PE). The release prescribes evaluating f at the centre of each 1-PE bin; here, when
/// <see cref="AtUnitBinCentres"/> is set, an observed value x is given f(floor(x) + 0.5): a continuous x in
/// [n, n+1) gets the value of its 1-PE bin, and a photoelectron count n (an integer) sits in the bin [n, n+1),
/// so 4 PE or fewer are rejected, 5 PE kept with f(5.5)/2 and 6 PE and more with f(n + 0.5).
/// </summary>
public sealed class LogisticAcceptance : IEfficiency
{
    /// <summary>
    /// Creates the curve with plateau <paramref name="a"/> in (0, 1], steepness <paramref name="k"/> (&gt; 0, per PE),
    /// midpoint <paramref name="x0"/> (PE), step edges <paramref name="stepLow"/> &lt;= <paramref name="stepHigh"/> (PE).
    /// </summary>
    /// <exception cref="DetectorInputException">A parameter out of range.</exception>
    public LogisticAcceptance(double a, double k, double x0, double stepLow = 5, double stepHigh = 6, bool atUnitBinCentres = true)
    {
        if (!(a > 0 && a <= 1))
            throw new DetectorInputException($"acceptance plateau a = {a} must be in (0, 1]");
        if (!(k > 0 && double.IsFinite(k)) || !double.IsFinite(x0))
            throw new DetectorInputException($"acceptance k = {k} must be positive and x0 = {x0} finite");
        if (!(stepHigh >= stepLow))
            throw new DetectorInputException($"acceptance step edges {stepLow} and {stepHigh} must be ordered");
        (A, K, X0, StepLow, StepHigh, AtUnitBinCentres) = (a, k, x0, stepLow, stepHigh, atUnitBinCentres);
        // At unit bin centres the efficiency is one value per integer PE count: the first counts are tabulated (the
        // generator evaluates it once per event), each entry the formula itself at n + 1/2.
        _atCounts = atUnitBinCentres ? Enumerable.Range(0, TabulatedCounts).Select(n => Formula(n + 0.5)).ToArray() : [];
    }

    /// <summary>PE counts 0 .. TabulatedCounts - 1 have their efficiency tabulated (at unit bin centres).</summary>
    private const int TabulatedCounts = 256;

    private readonly double[] _atCounts;

    /// <summary>The 2017 central values: a = 0.6655, k = 0.4942 /PE, x0 = 10.8507 PE, evaluated at 1-PE bin centres.</summary>
    public static LogisticAcceptance CoherentCsI2017() => new(0.6655, 0.4942, 10.8507);

    /// <summary>Plateau efficiency a.</summary>
    public double A { get; }

    /// <summary>Steepness k (per PE).</summary>
    public double K { get; }

    /// <summary>Midpoint x0 (PE).</summary>
    public double X0 { get; }

    /// <summary>Below this value the step H is 0 (PE).</summary>
    public double StepLow { get; }

    /// <summary>From this value on the step H is 1; between the edges it is 1/2 (PE).</summary>
    public double StepHigh { get; }

    /// <summary>Whether x is replaced by the centre of its 1-PE bin before evaluation (the release prescription).</summary>
    public bool AtUnitBinCentres { get; }

    /// <inheritdoc />
    public string Description => $"logistic a={A} k={K} x0={X0} step [{StepLow}, {StepHigh})" + (AtUnitBinCentres ? " at 1-PE bin centres" : "");

    /// <inheritdoc />
    public bool IsPiecewiseConstant => AtUnitBinCentres;

    /// <summary>f(x) at exactly <paramref name="x"/> (no bin-centre replacement).</summary>
    public double Formula(double x)
    {
        var step = x < StepLow ? 0.0 : x < StepHigh ? 0.5 : 1.0;
        return step == 0 ? 0.0 : step * A / (1 + Math.Exp(-K * (x - X0)));
    }

    /// <inheritdoc />
    public double Evaluate(double observed)
    {
        if (!AtUnitBinCentres)
            return Formula(observed);
        var n = Math.Floor(observed);
        return n >= 0 && n < _atCounts.Length ? _atCounts[(int)n] : Formula(n + 0.5);
    }

    /// <inheritdoc />
    public void AddBreakpoints(double low, double high, List<double> into)
    {
        if (AtUnitBinCentres)
        {
            for (var n = Math.Floor(low) + 1; n < high; n++)
                into.Add(n);
            return;
        }
        if (StepLow > low && StepLow < high)
            into.Add(StepLow);
        if (StepHigh > low && StepHigh < high)
            into.Add(StepHigh);
    }
}
