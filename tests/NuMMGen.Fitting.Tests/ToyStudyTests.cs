using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Toys;

namespace NuMMGen.Fitting.Tests;

/// <summary>Coverage, pulls and reproducibility of the toy studies.</summary>
public class ToyStudyTests
{
    [Fact]
    public void FeldmanCousinsCoverageIsNinetyPercentWithinBinomialError()
    {
        // Five-bin model with a background nuisance, true x = 1 (7.5 signal over 20 background events). The belt's own
        // toy statistics add to the binomial error of the coverage: sigma^2 = p (1 - p) (1/N + 1/N_belt).
        var likelihood = TestModels.FiveBins();
        var options = new CoverageOptions(Toys: 2000, Seed: 3, BeltToys: 4000);
        var report = CoverageStudy.Run(likelihood, "x", TestModels.Truth(likelihood, "x", 1.0), options);
        var fc = report.Results.Single(r => r.Method == LimitMethod.FeldmanCousins);
        double sigma = Math.Sqrt(0.09 * (1.0 / options.Toys + 1.0 / options.BeltToys));
        Assert.InRange(fc.Fraction, 0.9 - 3 * sigma, 0.9 + 3 * sigma);
        var clsb = report.Results.Single(r => r.Method == LimitMethod.AsymptoticClsb);
        var cls = report.Results.Single(r => r.Method == LimitMethod.AsymptoticCls);
        Assert.True(cls.Covered >= clsb.Covered); // CLs is conservative by construction
        Assert.Equal(0, report.FailedFits);
    }

    [Fact]
    public void AsymptoticCoverageInLargeSampleModel()
    {
        var likelihood = TestModels.Benchmark(exposure: 25);
        var report = CoverageStudy.Run(likelihood, "mu2", TestModels.Truth(likelihood, "mu2", 0.3),
            new CoverageOptions(Toys: 2000, Seed: 4, BeltToys: 1000));
        var clsb = report.Results.Single(r => r.Method == LimitMethod.AsymptoticClsb);
        Assert.InRange(clsb.Fraction, 0.9 - 3 * clsb.BinomialError - 0.01, 0.9 + 3 * clsb.BinomialError + 0.01);
    }

    [Fact]
    public void InjectedParametersAreRecoveredWithUnitPulls()
    {
        // 500 toys of the benchmark model at mu2 = 1 (exposure 4, about 4 sigma), nuisances shifted from nominal.
        // Standard errors: mean 1/sqrt(500) = 0.045, width about 0.032; bounds at 3 sigma.
        var likelihood = TestModels.Benchmark(exposure: 4);
        double[] truth = [1.0, 1.05, 0.98, 0.9, 1.1, 0.3];
        var pulls = PullStudy.Run(likelihood, truth, 500, seed: 21);
        Assert.Equal(6, pulls.Count);
        foreach (var p in pulls)
        {
            Assert.True(p.Toys >= 495, $"{p.Parameter}: {p.Toys} good fits");
            Assert.InRange(p.Mean, -0.134, 0.134);
            Assert.InRange(p.Width, 0.9, 1.1);
        }
    }

    [Fact]
    public void ResultsDoNotDependOnThreadCount()
    {
        var likelihood = TestModels.FiveBins();
        var truth = TestModels.Truth(likelihood, "x", 0.7);
        CoverageReport Run(int threads) => CoverageStudy.Run(likelihood, "x", truth,
            new CoverageOptions(Toys: 300, Seed: 9, BeltToys: 300, MaxThreads: threads));
        var one = Run(1);
        var two = Run(2);
        Assert.Equal(one.FeldmanCousinsCritical, two.FeldmanCousinsCritical);
        Assert.Equal(one.Results, two.Results);
        var pullsOne = PullStudy.Run(likelihood, truth, 200, 8, maxThreads: 1);
        var pullsTwo = PullStudy.Run(likelihood, truth, 200, 8, maxThreads: 2);
        Assert.Equal(pullsOne, pullsTwo);
    }

    [Fact]
    public void ProgressReachesToyCount()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports);
        ToyRunner.Run(250, 1, ToyStages.Coverage, () => 0, (s, i, r) => r.NextDouble(), 2, progress);
        Assert.Contains(250, reports);
        Assert.All(reports, n => Assert.InRange(n, 1, 250));
    }

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
                reports.Add(value);
        }
    }
}
