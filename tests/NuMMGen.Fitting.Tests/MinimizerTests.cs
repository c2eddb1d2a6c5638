using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;
using NuMMGen.Fitting.Model;

namespace NuMMGen.Fitting.Tests;

/// <summary>The bounded Newton minimiser on functions with known minima.</summary>
public class MinimizerTests
{
    private sealed class Rosenbrock : IObjective
    {
        public int Dimension => 2;

        // f = (1 - x)^2 + 100 (y - x^2)^2 (Rosenbrock, Comput. J. 3, 175 (1960)); minimum 0 at (1, 1).
        public double Evaluate(ReadOnlySpan<double> p, Span<double> g)
        {
            double x = p[0], y = p[1];
            g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
            g[1] = 200 * (y - x * x);
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        }
    }

    [Fact]
    public void RosenbrockUnconstrainedFromClassicStart()
    {
        var minimizer = new BoundedNewtonMinimizer(2, new MinimizerOptions(Tolerance: 1e-12));
        double[] x = [-1.2, 1.0];
        var result = minimizer.Minimize(new Rosenbrock(), x, [-5, -5], [5, 5], [false, false], [1, 1]);
        Assert.True(result.Converged);
        Assert.Equal(1.0, x[0], 1e-5);
        Assert.Equal(1.0, x[1], 1e-5);
        Assert.True(result.Iterations < 60, $"{result.Iterations} iterations");
    }

    [Fact]
    public void RosenbrockWithActiveUpperBound()
    {
        // With x <= 0.5 the minimum is on the bound: x = 0.5, y = x^2 = 0.25, f = 0.25 (KKT: df/dx = -1 < 0 there).
        var minimizer = new BoundedNewtonMinimizer(2, new MinimizerOptions(Tolerance: 1e-12));
        double[] x = [-1.2, 1.0];
        var result = minimizer.Minimize(new Rosenbrock(), x, [-2, -2], [0.5, 2], [false, false], [1, 1]);
        Assert.True(result.Converged);
        Assert.Equal(0.5, x[0], 1e-12);
        Assert.Equal(0.25, x[1], 1e-6);
        Assert.Equal(0.25, result.Value, 1e-9);
    }

    [Fact]
    public void RosenbrockWithFixedVariable()
    {
        // x fixed at 2: minimum over y at y = 4, f = 1.
        var minimizer = new BoundedNewtonMinimizer(2);
        double[] x = [2, 0];
        var result = minimizer.Minimize(new Rosenbrock(), x, [-5, -5], [5, 5], [true, false], [1, 1]);
        Assert.True(result.Converged);
        Assert.Equal(2, x[0]);
        Assert.Equal(4, x[1], 1e-6);
        Assert.Equal(1, result.Value, 1e-9);
    }

    [Theory]
    [InlineData(12, 4.0, 8.0)]
    [InlineData(2, 4.0, 0.0)]
    public void SingleBinPoissonFitHasAnalyticSolution(int n, double b, double expected)
    {
        // mu = s + b: s^ = n - b, restricted to s >= 0 (Baker-Cousins chi^2 is minimised at mu = n).
        var likelihood = TestModels.SingleBin(b);
        var data = likelihood.CreateDataset();
        data.Counts[0][0] = n;
        var fit = new Fitter(likelihood).Fit(data, computeErrors: true);
        Assert.True(fit.Converged);
        Assert.Equal(expected, fit.Values[0], 1e-6);
        if (expected > 0)
        {
            Assert.Equal(0, fit.MinusTwoLogL, 1e-10);
            Assert.Equal(Math.Sqrt(n), fit.Errors![0], 1e-4); // sigma_mu = sqrt(mu) at mu = n
        }
        else
        {
            Assert.Equal(2 * (b - n + n * Math.Log(n / b)), fit.MinusTwoLogL, 1e-9);
        }
    }

    [Fact]
    public void UndefinedStartOnTheBoundaryIsMovedInside()
    {
        // No background, n = 3 events, start at s = 0: mu = 0 under observed events makes -2 ln L infinite there.
        var likelihood = TestModels.SingleBin(0);
        var data = likelihood.CreateDataset();
        data.Counts[0][0] = 3;
        var fit = new Fitter(likelihood).Fit(data);
        Assert.True(fit.Converged);
        Assert.Equal(3, fit.Values[0], 1e-6);
    }

    [Fact]
    public void NormalisationFitWithScaledPoi()
    {
        // mu_b = k T_b: k^ = sum n / sum T, sigma_k = k^ / sqrt(sum n). The POI scale 1e-20 (a magnetic moment squared
        // in mu_B^2) checks that the Jacobi-scaled Newton step is scale-free.
        const double unit = 1e-20;
        double[] template = [10 / unit, 20 / unit, 5 / unit];
        var channel = new TemplateChannel("c", [new TemplateComponent("s", template).ScaledBy("k")]);
        var likelihood = new CombinedLikelihood([new Parameter("k", 0.5 * unit, 0, 100 * unit, stepScale: unit)], [channel], []);
        var data = likelihood.CreateDataset();
        data.Counts[0][0] = 13;
        data.Counts[0][1] = 18;
        data.Counts[0][2] = 7;
        var fit = new Fitter(likelihood).Fit(data, computeErrors: true);
        double kHat = 38.0 / 35.0 * unit;
        Assert.True(fit.Converged);
        Assert.Equal(1, fit.Values[0] / kHat, 1e-7);
        Assert.Equal(1, fit.Errors![0] / (kHat / Math.Sqrt(38)), 1e-4);
    }

    [Fact]
    public void BenchmarkModelFitConvergesFromNominalOnAsimovData()
    {
        var likelihood = TestModels.Benchmark();
        var truth = TestModels.Truth(likelihood, "mu2", 0.3);
        var data = likelihood.Asimov(truth);
        var fit = new Fitter(likelihood).Fit(data, computeErrors: true);
        Assert.True(fit.Converged);
        Assert.True(fit.Edm < 1e-6);
        Assert.Equal(0, fit.MinusTwoLogL, 1e-7);
        for (int k = 0; k < truth.Length; k++)
            Assert.Equal(truth[k], fit.Values[k], 1e-4);
        Assert.All(fit.Errors!, e => Assert.True(e > 0));
    }
}
