using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Physics.Tests.CrossSections;

/// <summary>
/// Checks that a batch cross section's <see cref="IBatchRecoilCrossSection.DifferentialPairs"/> gives the values of its
/// one-point <see cref="IRecoilCrossSection.DifferentialPair"/> bit for bit, at random points of every batch length from 1
/// to 13 (whole vectors and tails of every width), recoils up to 1.3 T_max (points above the kinematic limit are zero in
/// both) and a few at T = 0 and below.
/// </summary>
internal static class BatchAgreement
{
    /// <summary>Runs the comparison and returns how many points were zero (outside the kinematic range).</summary>
    public static int Check(IBatchRecoilCrossSection xs, Flavor flavor, Flavor other, Couplings couplings, double eMin, double eMax, int seed)
    {
        var random = new System.Random(seed);
        var zeros = 0;
        for (var n = 1; n <= 13; n++)
        {
            var enu = Enumerable.Range(0, n).Select(_ => eMin + (eMax - eMin) * random.NextDouble()).ToArray();
            var t = enu.Select(e => random.Next(20) == 0 ? -random.Next(2) * 1e-3 : 1.3 * random.NextDouble() * xs.MaxRecoil(e)).ToArray();
            double[][] columns = [.. Enumerable.Range(0, 5).Select(_ => new double[n])];
            xs.DifferentialPairs(flavor, other, enu, t, couplings, new RecoilPartColumns(columns[0], columns[1], columns[2], columns[3], columns[4]));
            for (var i = 0; i < n; i++)
            {
                var one = xs.DifferentialPair(flavor, other, enu[i], t[i], couplings, out var smOther);
                Assert.Equal(one, new XsecComponents(columns[0][i], columns[2][i], columns[3][i], columns[4][i]));
                Assert.Equal(smOther, columns[1][i]);
                zeros += one.Sm == 0 ? 1 : 0;
            }
        }
        return zeros;
    }

    /// <summary>Asserts that a column shorter than the points is refused with a message naming the count.</summary>
    public static void ShortColumnIsRefused(IBatchRecoilCrossSection xs)
    {
        var ex = Assert.Throws<ArgumentException>(() => xs.DifferentialPairs(Flavor.NuE, Flavor.NuMu, new double[5], new double[5], default,
            new RecoilPartColumns(new double[5], new double[5], new double[4], new double[5], new double[5])));
        Assert.Contains("room for 5 values", ex.Message);
    }
}
