using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Model;

namespace NuMMGen.Fitting.Tests;

/// <summary>Profile scans in one and two dimensions.</summary>
public class ScanTests
{
    [Fact]
    public void OneDimensionalScanIsZeroAtBestFitAndGaussianNearIt()
    {
        var likelihood = TestModels.Benchmark(exposure: 25);
        var data = likelihood.Asimov(TestModels.Truth(likelihood, "mu2", 0.5));
        var fitter = new Fitter(likelihood);
        var fit = fitter.Fit(data, computeErrors: true);
        double sigma = fit.Errors![0];
        var scan = ProfileScan.Scan1D(fitter, data, "mu2", [0.5 - sigma, 0.5, 0.5 + sigma]);
        Assert.Equal(0, scan[1], 1e-6);
        Assert.Equal(1, scan[0], 0.1); // Delta(-2 ln L) = 1 at one parabolic sigma
        Assert.Equal(1, scan[2], 0.1);
    }

    [Fact]
    public void ContourOfMomentAgainstSignedTensorCouplingIsSymmetricInTheCoupling()
    {
        // A single tensor coupling enters as C^2 (quadratic form [[1]]): the likelihood cannot tell the sign of C.
        var mag = new double[10];
        var tensor = new double[10];
        var bkg = new double[10];
        for (int b = 0; b < 10; b++)
        {
            mag[b] = 40 / (b + 1.0);
            tensor[b] = 20 * (1 - b / 12.0);
            bkg[b] = 100;
        }
        var channel = new TemplateChannel("c",
        [
            new TemplateComponent("mag", mag).ScaledBy("mu2"),
            new TemplateComponent("tensor", tensor).ScaledByQuadraticForm(["ct"], new double[,] { { 1 } }),
            new TemplateComponent("bkg", bkg).ScaledBy("bkg"),
        ]);
        var likelihood = new CombinedLikelihood(
            [Parameter.PhysicalPoi("mu2", 0.1), new Parameter("ct", 0.5, -5, 5, ParameterKind.PointOfInterest), Parameter.Normalisation("bkg", 0.05)],
            [channel], [new GaussianConstraint("bkg", 1, 0.05)]);
        var data = likelihood.Asimov([0, 0, 1]);
        double[] mu2 = [0, 0.5, 1, 2];
        double[] ct = [-1, -0.5, 0, 0.5, 1];
        var grid = ProfileScan.Scan2D(new Fitter(likelihood), data, "mu2", mu2, "ct", ct);
        Assert.Equal(0, grid[0, 2], 1e-6);
        for (int a = 0; a < mu2.Length; a++)
        {
            Assert.Equal(grid[a, 0], grid[a, 4], 1e-6);
            Assert.Equal(grid[a, 1], grid[a, 3], 1e-6);
            Assert.True(grid[a, 4] > grid[a, 3] && grid[a, 3] > grid[a, 2]);
        }
    }
}
