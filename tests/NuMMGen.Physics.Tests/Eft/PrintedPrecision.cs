namespace NuMMGen.Physics.Tests.Eft;

/// <summary>Checks a computed number against a value printed in a paper to its printed precision.</summary>
internal static class PrintedPrecision
{
    /// <summary>
    /// Passes when <paramref name="value"/> rounds to <paramref name="printed"/>, i.e. |value - printed| &lt;= unit/2,
    /// where <paramref name="unit"/> is one unit in the last printed digit (e.g. 0.1e-6 for "1.4 x 10^-6").
    /// </summary>
    public static void Assert(double value, double printed, double unit, string what)
    {
        var ok = Math.Abs(value - printed) <= 0.5 * unit * (1 + 1e-9);
        Xunit.Assert.True(ok, $"{what}: computed {value:G4}, printed {printed:G3} (+- {unit / 2:G2})");
    }

    /// <summary>
    /// For the few printed cells the paper's own numbers contradict (each test says which other cell forces it):
    /// the value must lie within one unit of the last printed digit, not half a unit.
    /// </summary>
    public static void AssertWithinOneUnit(double value, double printed, double unit, string what)
    {
        Xunit.Assert.True(Math.Abs(value - printed) <= unit, $"{what}: computed {value:G4}, printed {printed:G3} (+- {unit:G2})");
    }
}
