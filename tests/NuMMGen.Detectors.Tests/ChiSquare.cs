using MathNet.Numerics.Distributions;

namespace NuMMGen.Detectors.Tests;

/// <summary>Pearson chi^2 of a histogram against absolute expectations (bins with expectation &gt;= 5), no fitted parameters.</summary>
internal static class ChiSquare
{
    public static (double Chi2, int Ndf, double PValue) Test(IReadOnlyList<double> observed, IReadOnlyList<double> expected, double minExpected = 5)
    {
        var chi2 = 0.0;
        var ndf = 0;
        for (var j = 0; j < expected.Count; j++)
        {
            if (expected[j] < minExpected)
                continue;
            var d = observed[j] - expected[j];
            chi2 += d * d / expected[j];
            ndf++;
        }
        return (chi2, ndf, 1 - ChiSquared.CDF(ndf, chi2));
    }
}
