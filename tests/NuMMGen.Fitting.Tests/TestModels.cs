using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Model;

namespace NuMMGen.Fitting.Tests;

/// <summary>Small models shared by the tests.</summary>
internal static class TestModels
{
    /// <summary>
    /// The benchmark model of the issue: one 20-bin channel, POI "mu2" (magnetic part), five nuisances: flux
    /// (log-normal 10 %), acc (Gaussian 5 %), bkg1 (Gaussian 20 %), bkg2 (log-normal 30 %), qf (shape, unit Gaussian).
    /// </summary>
    public static CombinedLikelihood Benchmark(double exposure = 1.0)
    {
        const int bins = 20;
        var sm = new double[bins];
        var mag = new double[bins];
        var flat = new double[bins];
        var falling = new double[bins];
        var qfUp = new double[bins];
        var qfDown = new double[bins];
        for (int b = 0; b < bins; b++)
        {
            sm[b] = exposure * 50 * Math.Exp(-b / 8.0);
            mag[b] = exposure * 30 / (b + 1.0);
            flat[b] = exposure * 20;
            falling[b] = exposure * 40 * Math.Exp(-b / 5.0);
            double tilt = 0.05 * (b - 9.5) / 9.5;
            qfUp[b] = sm[b] * (1 + tilt);
            qfDown[b] = sm[b] * (1 - 0.8 * tilt);
        }
        var channel = new TemplateChannel("benchmark",
        [
            new TemplateComponent("sm", sm).ScaledBy("flux").ScaledBy("acc").WithShape("qf", qfDown, qfUp),
            new TemplateComponent("magnetic", mag).ScaledBy("mu2").ScaledBy("flux").ScaledBy("acc"),
            new TemplateComponent("bkg_flat", flat).ScaledBy("bkg1"),
            new TemplateComponent("bkg_falling", falling).ScaledBy("bkg2"),
        ]);
        Parameter[] parameters =
        [
            Parameter.PhysicalPoi("mu2", 0.1, 100),
            Parameter.Normalisation("flux", 0.1),
            Parameter.Normalisation("acc", 0.05),
            Parameter.Normalisation("bkg1", 0.2),
            Parameter.Normalisation("bkg2", 0.3),
            Parameter.Shape("qf"),
        ];
        IConstraint[] constraints =
        [
            new LogNormalConstraint("flux", 1, 0.1),
            new GaussianConstraint("acc", 1, 0.05),
            new GaussianConstraint("bkg1", 1, 0.2),
            new LogNormalConstraint("bkg2", 1, 0.3),
            new GaussianConstraint("qf", 0, 1),
        ];
        return new CombinedLikelihood(parameters, [channel], constraints);
    }

    /// <summary>One Poisson bin: mean s + b with the POI "s" (signal events) and a known background b.</summary>
    public static CombinedLikelihood SingleBin(double background, double upper = 50)
    {
        var components = new List<TemplateComponent> { new TemplateComponent("signal", [1.0]).ScaledBy("s") };
        if (background > 0)
            components.Add(new TemplateComponent("background", [background]));
        return new CombinedLikelihood([Parameter.PhysicalPoi("s", 1.0, upper)], [new TemplateChannel("bin", components)], []);
    }

    /// <summary>A five-bin channel with a small signal and one background normalisation (Gaussian 10 %).</summary>
    public static CombinedLikelihood FiveBins()
    {
        var channel = new TemplateChannel("five",
        [
            new TemplateComponent("signal", [3.0, 2.0, 1.2, 0.8, 0.5]).ScaledBy("x"),
            new TemplateComponent("background", [4.0, 4.0, 4.0, 4.0, 4.0]).ScaledBy("b"),
        ]);
        return new CombinedLikelihood([Parameter.PhysicalPoi("x", 0.5, 50), Parameter.Normalisation("b", 0.1)], [channel],
            [new GaussianConstraint("b", 1, 0.1)]);
    }

    /// <summary>Truth vector: initial values with the POI set to <paramref name="poi"/>.</summary>
    public static double[] Truth(CombinedLikelihood likelihood, string name, double poi)
    {
        var theta = likelihood.InitialValues();
        theta[likelihood.IndexOf(name)] = poi;
        return theta;
    }
}
