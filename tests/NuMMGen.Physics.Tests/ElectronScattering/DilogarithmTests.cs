using System.Numerics;
using NuMMGen.Physics.Numerics;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>
/// The dilogarithm behind the BKS Spence function L(x) = -Li_2(x) (<see cref="DilogarithmKernel"/>): closed forms at special
/// points and the defining power series sum x^k/k^2, summed here independently.
/// </summary>
public class DilogarithmTests
{
    private static readonly double Pi2 = Math.PI * Math.PI;
    private static readonly double LogGolden = Math.Log((1 + Math.Sqrt(5)) / 2);

    /// <summary>
    /// Known values (L. Lewin, Polylogarithms and Associated Functions (1981), ch. 1): Li_2(1/2) = pi^2/12 - ln^2 2/2,
    /// Li_2((3 - sqrt 5)/2) = pi^2/15 - ln^2 phi, Li_2((sqrt 5 - 1)/2) = pi^2/10 - ln^2 phi, Li_2(1) = pi^2/6, Li_2(0) = 0;
    /// the last three go through the reflection Li_2(x) = pi^2/6 - ln x ln(1 - x) - Li_2(1 - x) above 1/2.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Spence_matches_closed_forms(int point)
    {
        var (x, li2) = point switch
        {
            0 => (0.5, Pi2 / 12 - 0.5 * Math.Log(2) * Math.Log(2)),
            1 => ((3 - Math.Sqrt(5)) / 2, Pi2 / 15 - LogGolden * LogGolden),
            2 => ((Math.Sqrt(5) - 1) / 2, Pi2 / 10 - LogGolden * LogGolden),
            3 => (1.0, Pi2 / 6),
            _ => (0.0, 0.0),
        };
        Assert.Equal(li2, DilogarithmKernel.Li2(x), 1e-15);
    }

    /// <summary>
    /// The Bernoulli series against the power series sum_k x^k/k^2 at 2001 points on [0, 1/2]. The reference keeps terms
    /// down to 1e-20 x and adds them smallest first (accurate to 1.2e-16 against 40-digit mpmath; summed largest first it
    /// is only good to 1.2e-15). The series under test was 3.7e-16 from mpmath, so the bound is 6e-16 (under 3 ulp).
    /// </summary>
    [Fact]
    public void Series_matches_the_power_series_on_the_lower_half()
    {
        var worst = 0.0;
        for (var i = 1; i <= 2000; i++)
        {
            var x = 0.5 * i / 2000;
            worst = Math.Max(worst, Math.Abs(DilogarithmKernel.Li2Series(x) / BksScalarReference.Li2PowerSeries(x) - 1));
        }
        Assert.True(worst < 6e-16, $"largest relative difference {worst:E3}");
        Assert.Equal(0.0, DilogarithmKernel.Li2Series(0.0));
    }

    /// <summary>
    /// Both values of the pair (the series at min(x, 1 - x), the reflection for the other) against the reference's
    /// separate power series at 1999 points of (0, 1), to 1e-15 (Li_2 is at most pi^2/6 there); and the end points.
    /// </summary>
    [Fact]
    public void Pair_gives_the_dilogarithm_at_x_and_one_minus_x()
    {
        var worst = 0.0;
        for (var i = 1; i < 2000; i++)
        {
            var x = i / 2000.0;
            var v = new Vector<double>(x);
            var (atX, atOneMinusX) = DilogarithmKernel.Pair(v, LogKernel.Log(v), LogKernel.Log1P(-v));
            worst = Math.Max(worst, Math.Abs(atX[0] + BksScalarReference.Spence(x)));
            worst = Math.Max(worst, Math.Abs(atOneMinusX[0] + BksScalarReference.Spence(1 - x)));
        }
        Assert.True(worst < 1e-15, $"largest difference {worst:E3}");
        Assert.Equal(Pi2 / 6, DilogarithmKernel.Li2(1.0), 1e-16);
        Assert.Equal(0.0, DilogarithmKernel.Li2(0.0));
    }
}
