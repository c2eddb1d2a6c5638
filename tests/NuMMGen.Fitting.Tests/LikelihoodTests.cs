using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Model;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Tests;

/// <summary>Likelihood values, analytic gradients against finite differences, interpolation and combination.</summary>
public class LikelihoodTests
{
    [Fact]
    public void BakerCousinsTermMatchesDefinition()
    {
        // Baker and Cousins, NIM 221, 437 (1984), eq. 10: 2 [mu - n + n ln(n / mu)].
        Assert.Equal(2 * (7.5 - 5 + 5 * Math.Log(5 / 7.5)), PoissonDeviance.Term(5, 7.5, out double d), 1e-14);
        Assert.Equal(2 * (1 - 5 / 7.5), d, 1e-14);
        Assert.Equal(0, PoissonDeviance.Term(4.2, 4.2, out _), 1e-14);
        Assert.Equal(2 * 3.0, PoissonDeviance.Term(0, 3.0, out _), 1e-14);
        Assert.Equal(double.PositiveInfinity, PoissonDeviance.Term(2, 0, out _));
    }

    [Theory]
    [InlineData(0.3, 1.05, 0.97, 1.1, 0.8, 0.4)]
    [InlineData(0.0, 0.9, 1.02, 0.7, 1.3, -0.6)]
    [InlineData(1.7, 1.2, 1.0, 1.0, 1.0, 1.8)]
    [InlineData(0.5, 1.0, 1.0, 1.0, 1.0, -2.5)]
    public void AnalyticGradientMatchesCentralDifferences(double mu2, double flux, double acc, double bkg1, double bkg2, double qf)
    {
        var likelihood = TestModels.Benchmark();
        var data = likelihood.Asimov(TestModels.Truth(likelihood, "mu2", 0.2));
        data.Counts[0][3] += 4; // not a perfect fit
        data.Auxiliary[0] = 1.07;
        double[] theta = [mu2, flux, acc, bkg1, bkg2, qf];
        var ws = likelihood.CreateWorkspace();
        var gradient = new double[theta.Length];
        likelihood.Evaluate(theta, data, gradient, ws);
        for (int k = 0; k < theta.Length; k++)
        {
            double h = 1e-6 * Math.Max(1, Math.Abs(theta[k]));
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (likelihood.Evaluate(plus, data, [], ws) - likelihood.Evaluate(minus, data, [], ws)) / (2 * h);
            Assert.Equal(numeric, gradient[k], 1e-5 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void QuadraticCouplingFormAndItsGradient()
    {
        // Tensor part |C_u w_u + C_d w_d|^2 as the form C^T (w w^T) C.
        double wu = 0.84, wd = -0.23;
        var matrix = new double[,] { { wu * wu, wu * wd }, { wu * wd, wd * wd } };
        var channel = new TemplateChannel("t", [new TemplateComponent("tensor", [2.0, 1.0]).ScaledByQuadraticForm(["cu", "cd"], matrix).ScaledBy("flux")]);
        double cu = 0.7, cd = -1.3, flux = 1.1;
        var expected = new double[2];
        var jac = new double[2 * 3];
        channel.Evaluate([cu, cd, flux], expected, jac);
        double form = Math.Pow(cu * wu + cd * wd, 2);
        Assert.Equal(2.0 * form * flux, expected[0], 1e-14);
        Assert.Equal(2.0 * 2 * (cu * wu + cd * wd) * wu * flux, jac[0], 1e-13);
        Assert.Equal(2.0 * 2 * (cu * wu + cd * wd) * wd * flux, jac[1], 1e-13);
        Assert.Equal(2.0 * form, jac[2], 1e-13);
    }

    [Theory]
    [InlineData(ShapeInterpolation.PiecewiseLinear)]
    [InlineData(ShapeInterpolation.Polynomial4p)]
    public void ShapeInterpolationHitsTemplatesAndIsContinuous(ShapeInterpolation code)
    {
        // Both codes pass through the -1, 0, +1 sigma templates (pyhf histosys); code 4p is smooth at 0 and +-1.
        var channel = new TemplateChannel("s", [new TemplateComponent("c", [10.0]).WithShape("a", [7.0], [14.0], code)]);
        double At(double a)
        {
            var e = new double[1];
            channel.Evaluate([a], e, []);
            return e[0];
        }
        Assert.Equal(7.0, At(-1), 1e-12);
        Assert.Equal(10.0, At(0), 1e-12);
        Assert.Equal(14.0, At(1), 1e-12);
        Assert.Equal(18.0, At(2), 1e-12); // linear extrapolation
        Assert.Equal(4.0, At(-2), 1e-12);
        if (code == ShapeInterpolation.Polynomial4p)
        {
            const double h = 1e-7;
            foreach (double a in new[] { -1.0, 0.0, 1.0 })
                Assert.Equal((At(a + 2 * h) - At(a + h)) / h, (At(a - h) - At(a - 2 * h)) / h, 1e-4);
        }
    }

    [Fact]
    public void CombinedLikelihoodsAddAndShareParametersByName()
    {
        // The second channel shares x and b; the constraint on b is declared once (in the first).
        var a = TestModels.FiveBins();
        var b = new CombinedLikelihood(a.Parameters, a.Channels, []);
        var sum = a.Add(b);
        Assert.Equal(2, sum.Parameters.Count);
        Assert.Equal(2, sum.Channels.Count);
        var dataA = a.Asimov([0.8, 1.0]);
        dataA.Counts[0][1] = 9;
        var dataSum = new Dataset([dataA.Counts[0], dataA.Counts[0]], [1.0]);
        double[] theta = [0.5, 1.05];
        double single = a.Evaluate(theta, dataA, [], a.CreateWorkspace());
        double constraint = Math.Pow((1.05 - 1) / 0.1, 2);
        Assert.Equal(2 * single - constraint, sum.Evaluate(theta, dataSum, [], sum.CreateWorkspace()), 1e-12);
        var different = new CombinedLikelihood([Parameter.PhysicalPoi("x", 1.0), Parameter.Normalisation("b", 0.1)], a.Channels, []);
        Assert.Throws<InputException>(() => a.Add(different));
    }

    [Fact]
    public void UndeclaredParameterIsAnInputError()
    {
        var channel = new TemplateChannel("c", [new TemplateComponent("s", [1.0]).ScaledBy("missing")]);
        var error = Assert.Throws<InputException>(() => new CombinedLikelihood([Parameter.PhysicalPoi("x", 1)], [channel], []));
        Assert.Contains("missing", error.Message);
    }
}
