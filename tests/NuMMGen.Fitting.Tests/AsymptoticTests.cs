using MathNet.Numerics.Distributions;
using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Toys;

namespace NuMMGen.Fitting.Tests;

/// <summary>
/// Critical values and asymptotic formulae (Cowan, Cranmer, Gross, Vitells, EPJC 71, 1554 (2011); Chernoff 1954),
/// checked numerically and against toys.
/// </summary>
public class AsymptoticTests
{
    [Fact]
    public void CriticalValuesAtNinetyPercent()
    {
        Assert.Equal(1.6424, CriticalValues.HalfChiSquare(0.9), 1e-4); // 1.2816^2
        Assert.Equal(2.7055, CriticalValues.ChiSquare(1, 0.9), 1e-4);
        Assert.Equal(4.6052, CriticalValues.ChiSquare(2, 0.9), 1e-4);
        Assert.Equal(CriticalValues.HalfChiSquare(0.9), CriticalValues.Mixture([0.5, 0.5], 0.9), 1e-9);
        Assert.InRange(CriticalValues.Mixture([0.25, 0.5, 0.25], 0.9), 2.9, 3.0); // Self and Liang 1987 two-boundary mixture
    }

    [Fact]
    public void PValuesOfQTilde()
    {
        // Far from the boundary (a >> 1) p_{s+b} = 1 - Phi(sqrt(q~)): q~ = 1.642 gives 0.10.
        Assert.Equal(0.1, AsymptoticFormulae.PValueSignalPlusBackground(1.6424, 100), 1e-4);
        // Beyond a^2 the deviation is (q~ + a^2) / (2a) (Cowan et al. eq. 66).
        Assert.Equal(1 - Normal.CDF(0, 1, (3.0 + 1.0) / 2.0), AsymptoticFormulae.PValueSignalPlusBackground(3.0, 1.0), 1e-12);
        // On the null Asimov data q~ = a^2: CLs = (1 - Phi(a)) / Phi(0) = 0.1 at a = 1.645 (q~ = 2.706).
        Assert.Equal(0.1, AsymptoticFormulae.Cls(2.7055, 2.7055), 1e-4);
    }

    [Fact]
    public void AsimovLimitOfSingleBinMatchesClosedForm()
    {
        // Null Asimov data n = b: q~_A(s) = 2 [s + b ln(b / (s + b))]; the CLs+b limit solves q~_A = 1.642.
        const double b = 10000;
        var likelihood = TestModels.SingleBin(b, upper: 1e6);
        double limit = Sensitivity.AsimovLimit(likelihood, "s");
        double qA = 2 * (limit + b * Math.Log(b / (limit + b)));
        Assert.Equal(CriticalValues.HalfChiSquare(0.9), qA, 1e-4);
        Assert.Equal(1.2816 * Math.Sqrt(b), limit, 0.01 * limit);
    }

    [Fact]
    public void ExpectedLimitScalesWithSqrtExposureWithoutSystematics()
    {
        var scan = Sensitivity.ExposureScan(TestModels.SingleBin(10000, upper: 1e6), "s", [1, 4, 16]);
        Assert.Equal(0.5, scan[1].Limit / scan[0].Limit, 0.005);
        Assert.Equal(0.25, scan[2].Limit / scan[0].Limit, 0.005);
    }

    [Fact]
    public void QTildeQuantileFarFromBoundaryIsHalfChiSquareValue()
    {
        // Large-sample benchmark model (exposure 25), true mu2 = 0.5 (several sigma from 0): the 90 % quantile of q~(x_true)
        // over toys should be 1.642 (1/2 chi^2_0 + 1/2 chi^2_1), not 2.706. 3000 toys: standard error about 0.06.
        var likelihood = TestModels.Benchmark(exposure: 25);
        var truth = TestModels.Truth(likelihood, "mu2", 0.5);
        var q = ToyRunner.Run(3000, 11, ToyStages.Coverage, () => new ToyState(likelihood), (s, i, r) =>
        {
            likelihood.SampleToy(truth, r, s.Data, s.Workspace);
            return new ProfileLikelihood(s.Fitter, 0, s.Data).QTilde(0.5);
        });
        Assert.Equal(0.5, q.Count(v => v == 0) / 3000.0, 0.03);
        Assert.Equal(1.642, FeldmanCousinsBelt.Quantile(q, 0.9), 0.2);
    }

    [Fact]
    public void TwoSidedStatisticAtBoundaryFollowsChernoffMixture()
    {
        // True mu2 = 0 on the boundary: t(0) is 0 whenever x^ = 0 (half the toys) and chi^2_1 otherwise (Chernoff 1954),
        // so its 90 % quantile is 1.642.
        var likelihood = TestModels.Benchmark(exposure: 25);
        var truth = TestModels.Truth(likelihood, "mu2", 0);
        var t = ToyRunner.Run(3000, 12, ToyStages.Coverage, () => new ToyState(likelihood), (s, i, r) =>
        {
            likelihood.SampleToy(truth, r, s.Data, s.Workspace);
            return new ProfileLikelihood(s.Fitter, 0, s.Data).Delta(0);
        });
        Assert.Equal(0.5, t.Count(v => v < 1e-6) / 3000.0, 0.03);
        Assert.Equal(1.642, FeldmanCousinsBelt.Quantile(t, 0.9), 0.2);
    }

    [Fact]
    public void ExpectedBandsAreOrderedAndMedianNearAsimov()
    {
        var likelihood = TestModels.Benchmark(exposure: 25);
        var bands = Sensitivity.Bands(likelihood, "mu2", 400, seed: 5);
        Assert.True(bands.Minus2 <= bands.Minus1 && bands.Minus1 <= bands.Median && bands.Median <= bands.Plus1 && bands.Plus1 <= bands.Plus2);
        Assert.Equal(bands.Asimov, bands.Median, 0.1 * bands.Asimov);
    }
}
