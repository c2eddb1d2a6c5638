using NuMMGen.Detectors.Efficiency;

namespace NuMMGen.Detectors.Tests;

/// <summary>
/// <see cref="CountTableEfficiency"/> must give exactly the wrapped efficiency's values: at the tabulated integer counts
/// (from its table) and everywhere else (passed through). Checked on the COHERENT CsI 2017 acceptance (the release's
/// logistic with its 5-6 PE step, at unit bin centres) times the 6 &lt;= PE &lt; 31 analysis window.
/// </summary>
public class CountTableEfficiencyTests
{
    private static readonly IEfficiency CoherentRegion = new ProductEfficiency(LogisticAcceptance.CoherentCsI2017(), new SharpThreshold(6, 31));

    [Fact]
    public void Equals_the_wrapped_efficiency_bit_for_bit()
    {
        var table = new CountTableEfficiency(CoherentRegion);
        var points = Enumerable.Range(-3, CountTableEfficiency.TabulatedCounts + 10).Select(n => (double)n)
            .Concat([5.5, 6.25, 30.999, 31.0, 1e9, -0.5, double.PositiveInfinity, double.NegativeInfinity]);
        foreach (var x in points)
            Assert.Equal(BitConverter.DoubleToInt64Bits(CoherentRegion.Evaluate(x)), BitConverter.DoubleToInt64Bits(table.Evaluate(x)));
        Assert.Equal(CoherentRegion.Evaluate(double.NaN), table.Evaluate(double.NaN));
        // The window is inside: nothing below 6 or from 31 up; the plateau times the logistic between.
        Assert.Equal(0.0, table.Evaluate(5));
        Assert.Equal(0.0, table.Evaluate(31));
        Assert.Equal(0.6655 / (1 + Math.Exp(-0.4942 * (20.5 - 10.8507))), table.Evaluate(20), 15);
    }

    [Fact]
    public void Describes_and_breaks_like_the_wrapped_efficiency()
    {
        var table = new CountTableEfficiency(CoherentRegion);
        Assert.Equal(CoherentRegion.Description, table.Description);
        Assert.Equal(CoherentRegion.IsPiecewiseConstant, table.IsPiecewiseConstant);
        List<double> expected = [], actual = [];
        CoherentRegion.AddBreakpoints(0, 40, expected);
        table.AddBreakpoints(0, 40, actual);
        Assert.Equal(expected, actual);
    }
}
