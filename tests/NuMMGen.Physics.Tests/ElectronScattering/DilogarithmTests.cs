using NuMMGen.Physics.CrossSections.ElectronScattering;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>
/// The dilogarithm behind the BKS Spence function L(x) = -Li_2(x) (<see cref="QedFunctions"/>): closed forms at special
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
        Assert.Equal(-li2, QedFunctions.Spence(x), 1e-15);
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
        var terms = new List<double>();
        for (var i = 1; i <= 2000; i++)
        {
            var x = 0.5 * i / 2000;
            terms.Clear();
            double power = 1;
            for (var k = 1; k <= 400 && (terms.Count == 0 || terms[^1] >= 1e-20 * x); k++)
            {
                power *= x;
                terms.Add(power / ((double)k * k));
            }
            var sum = 0.0;
            for (var k = terms.Count - 1; k >= 0; k--)
                sum += terms[k];
            worst = Math.Max(worst, Math.Abs(QedFunctions.Li2Series(x) / sum - 1));
        }
        Assert.True(worst < 6e-16, $"largest relative difference {worst:E3}");
        Assert.Equal(0.0, QedFunctions.Li2Series(0.0));
    }
}
