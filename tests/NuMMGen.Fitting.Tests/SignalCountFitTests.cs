using NuMMGen.Fitting.Experiments;

namespace NuMMGen.Fitting.Tests;

/// <summary><see cref="SignalCountFit"/> against the analytic one-bin Poisson profile likelihood.</summary>
public sealed class SignalCountFitTests
{
    [Fact]
    public void One_bin_count_and_interval_match_the_analytic_poisson_likelihood()
    {
        // One bin, n = 100 observed, background b = 40 known (constraint 1e-6), signal N free: N^ = n - b = 60 and the
        // 1-sigma interval solves 2 [(N + b) - n - n ln((N + b)/n)] = 1 (Baker-Cousins deviance = -2 ln L ratio),
        // found here by bisection independently of the fitter.
        var t = new ExperimentTemplates("one-bin", "PE", [0.0, 1.0], [25.0], [0.0], null, null,
            [new BackgroundTemplate("b", [40.0], 1e-6)], "flux_x", 0.1);
        var fit = SignalCountFit.Measure(new ExperimentModel(t), [100.0]);
        const double n = 100, b = 40;
        double D(double s) => 2 * (s + b - n - n * Math.Log((s + b) / n)) - 1;
        double Solve(double lo, double hi)
        {
            for (int i = 0; i < 200; i++)
            {
                double mid = 0.5 * (lo + hi);
                if (Math.Sign(D(mid)) == Math.Sign(D(lo)))
                    lo = mid;
                else
                    hi = mid;
            }
            return 0.5 * (lo + hi);
        }
        Assert.Equal(60, fit.Count, 1e-3);
        Assert.Equal(Solve(0, 60), fit.Lower, 1e-3);
        Assert.Equal(Solve(60, 200), fit.Upper, 1e-3);
        Assert.True(fit.Converged);
    }
}
