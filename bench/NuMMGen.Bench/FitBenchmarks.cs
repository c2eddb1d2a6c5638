using BenchmarkDotNet.Attributes;
using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Model;
using NuMMGen.Fitting.Toys;
using NuMMGen.Generator.Random;

namespace NuMMGen.Bench;

/// <summary>
/// The fitter's speed targets (issue 6): one fit of a 20-bin channel with 5 nuisance parameters (target &lt;= 1 ms),
/// and a 10 000-toy coverage run of that model (target &lt; 1 min on 2 cores).
/// Run: dotnet run -c Release --project bench/NuMMGen.Bench -- --filter '*FitBenchmarks*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FitBenchmarks
{
    private CombinedLikelihood _likelihood = null!;
    private Fitter _fitter = null!;
    private Dataset _toy = null!;
    private double[] _truth = null!;

    [GlobalSetup]
    public void Setup()
    {
        _likelihood = Model();
        _truth = _likelihood.InitialValues();
        _truth[0] = 0.3;
        _fitter = new Fitter(_likelihood);
        _toy = _likelihood.CreateDataset();
        _likelihood.SampleToy(_truth, RandomStreams.Create(1, 1, 0), _toy, _likelihood.CreateWorkspace());
    }

    /// <summary>One unconditional fit (6 free parameters) of a Poisson toy, from the nominal start values.</summary>
    [Benchmark]
    public double SingleFit() => _fitter.Fit(_toy).MinusTwoLogL;

    /// <summary>One fit with errors (Hessian and covariance at the minimum).</summary>
    [Benchmark]
    public double SingleFitWithErrors() => _fitter.Fit(_toy, computeErrors: true).Errors![0];

    /// <summary>
    /// 10 000 coverage toys at mu2 = 0.3 (each: unconditional and conditional fit, asymptotic CLs+b and CLs, FC
    /// acceptance) plus 2 000 toys for the FC critical value, on all cores.
    /// </summary>
    [Benchmark]
    public double Coverage10k() =>
        CoverageStudy.Run(_likelihood, "mu2", _truth, new CoverageOptions(Toys: 10_000, Seed: 1, BeltToys: 2_000))
            .Results[0].Fraction;

    /// <summary>The benchmark model: one 20-bin channel, POI mu2 and five constrained nuisances (as in the Fitting tests).</summary>
    public static CombinedLikelihood Model()
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
            sm[b] = 50 * Math.Exp(-b / 8.0);
            mag[b] = 30 / (b + 1.0);
            flat[b] = 20;
            falling[b] = 40 * Math.Exp(-b / 5.0);
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
        return new CombinedLikelihood(
        [
            Parameter.PhysicalPoi("mu2", 0.1, 100), Parameter.Normalisation("flux", 0.1), Parameter.Normalisation("acc", 0.05),
            Parameter.Normalisation("bkg1", 0.2), Parameter.Normalisation("bkg2", 0.3), Parameter.Shape("qf"),
        ], [channel],
        [
            new LogNormalConstraint("flux", 1, 0.1), new GaussianConstraint("acc", 1, 0.05), new GaussianConstraint("bkg1", 1, 0.2),
            new LogNormalConstraint("bkg2", 1, 0.3), new GaussianConstraint("qf", 0, 1),
        ]);
    }
}
