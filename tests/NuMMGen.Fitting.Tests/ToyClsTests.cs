using NuMMGen.Fitting.Inference;

namespace NuMMGen.Fitting.Tests;

/// <summary><see cref="ToyClsConstruction"/>: CLs with toy distributions, against the exact Poisson CLs limits.</summary>
public class ToyClsTests
{
    // Exact CLs for one Poisson bin with known background b (Read, J. Phys. G 28, 2693 (2002), eq. 4 with the
    // number of events as ordering, which q~ reproduces for n <= b): CLs(s) = P(N <= n | s + b) / P(N <= n | b).
    private static double PoissonCdf(int n, double mean)
    {
        double term = Math.Exp(-mean), sum = term;
        for (int k = 1; k <= n; k++)
            sum += term *= mean / k;
        return sum;
    }

    private static double ExactLimit(int n, double b)
    {
        double lo = 0, hi = 20;
        for (int i = 0; i < 100; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (PoissonCdf(n, mid + b) / PoissonCdf(n, b) > 0.1)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    [Theory]
    [InlineData(0, 1.0)]   // n = 0: CLs = e^-s, so s < ln 10 = 2.303 whatever b
    [InlineData(2, 2.0)]
    [InlineData(1, 3.0)]
    public void Single_bin_limits_agree_with_the_exact_Poisson_CLs(int n, double b)
    {
        var likelihood = TestModels.SingleBin(b);
        var grid = Enumerable.Range(0, 17).Select(i => 0.5 * i).ToArray();
        var cls = ToyClsConstruction.Build(likelihood, "s", grid, 20000, seed: 11, maxThreads: 2);
        var data = likelihood.CreateDataset();
        data.Counts[0][0] = n;
        var limit = cls.UpperLimit(new ProfileLikelihood(new Fitter(likelihood), 0, data));
        double exact = ExactLimit(n, b);
        Assert.True(limit.Converged);
        Assert.Equal(LimitMethod.ToyCls, limit.Method);
        // Toy error at 20 000 toys: a few % of CLs near 0.1, i.e. a few hundredths in s; plus linear interpolation.
        Assert.True(Math.Abs(limit.Upper - exact) < 0.12, $"n = {n}, b = {b}: toys {limit.Upper:F3}, exact {exact:F3}");
        if (n == 0)
            Assert.Equal(Math.Log(10), exact, 1e-6);
    }

    [Fact]
    public void Same_seed_same_construction_on_any_thread_count()
    {
        var likelihood = TestModels.FiveBins();
        double[] grid = [0, 0.5, 1, 1.5, 2, 3];
        var data = likelihood.Asimov(likelihood.InitialValues());
        double Limit(int threads) => ToyClsConstruction.Build(likelihood, "x", grid, 200, seed: 3, maxThreads: threads)
            .UpperLimit(new ProfileLikelihood(new Fitter(likelihood), 0, data)).Upper;
        Assert.Equal(Limit(1), Limit(2));
    }
}
