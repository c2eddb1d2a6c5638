using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;

namespace NuMMGen.Cli.Commands;

/// <summary>One additive part of the best-fit expectation.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Counts">Expected counts per fit bin at the best fit.</param>
/// <param name="IsBackground">True for a background component.</param>
public sealed record FitPart(string Label, double[] Counts, bool IsBackground);

/// <summary>
/// What <c>nummgen fit --plot</c> draws, from the fit's own likelihood: the data in the fit bins, the best-fit expectation
/// split into its parts, and the profile of mu. The best fit is the unconditional fit of <see cref="FitCommand.Run"/>
/// (same likelihood, fitter and data, so the same values); each part is the likelihood's own expectation
/// (<see cref="CombinedLikelihood.Expected"/>) with that part's factor set to 0, subtracted from the full one (the factors are
/// linear, so the parts add up to the full expectation). The profile is -2 Delta ln L of mu with the other POIs fixed at 0
/// and the nuisances profiled (<see cref="ProfileLikelihood.Delta"/>, the statistic of the limits), on a grid of mu from 0 to
/// 1.6 times the reported limit. A 2D (observed x time) fit is drawn summed over its time bins.
/// </summary>
/// <param name="Config">Experiment (config) name.</param>
/// <param name="ObservedUnit">Unit of the observed value.</param>
/// <param name="Edges">Fit bin edges.</param>
/// <param name="Counts">Observed counts per bin.</param>
/// <param name="Parts">Best-fit parts: backgrounds, then SM, magnetic and tensor signal (parts that are zero everywhere are left out).</param>
/// <param name="Expected">Full best-fit expectation per bin.</param>
/// <param name="ProfileMuB">Profile grid, mu in mu_B.</param>
/// <param name="ProfileDelta">-2 Delta ln L at each grid point.</param>
/// <param name="Critical">The 90 % CL critical value of q~ ([Phi^-1(0.9)]^2 = 1.642, Cowan et al. EPJC 71, 1554 (2011) eq. 49).</param>
/// <param name="LimitMuB">The reported 90 % CL upper limit on mu (mu_B).</param>
/// <param name="Method">The limit method's name.</param>
/// <param name="CriticalCurve">
/// The asymptotic methods' 90 % critical value of q~ at each profile point: where the method's p-value (CLs+b or CLs from
/// q~ and the Asimov a^2 = q~_A(x), <see cref="AsymptoticFormulae.PValue"/>) is 0.10. It is 1.642 where a &gt;= 1.28 and
/// smaller near the boundary (2.563 a - a^2 for CLs+b), so the reported limit is where the profile crosses this curve.
/// Null for the toy methods (their critical values come from toys).
/// </param>
public sealed record FitSpectrum(string Config, string ObservedUnit, double[] Edges, double[] Counts, IReadOnlyList<FitPart> Parts, double[] Expected,
    double[] ProfileMuB, double[] ProfileDelta, double Critical, double LimitMuB, string Method, double[]? CriticalCurve = null)
{
    /// <summary>Points of the profile scan.</summary>
    public const int ProfilePoints = 33;

    /// <summary>The spectrum of the fit of <paramref name="observed"/> with <paramref name="model"/> whose result is <paramref name="report"/>.</summary>
    public static FitSpectrum Compute(ExperimentModel model, ObservedData observed, FitReport report)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(report);
        var t = model.Templates;
        var counts = observed.CountsIn(t);
        var likelihood = model.Likelihood();
        var best = new Fitter(likelihood).Fit(ExperimentInference.Observed(likelihood, counts)).Values;
        var workspace = likelihood.CreateWorkspace();
        double[] ExpectedAt(double[] theta)
        {
            var e = new[] { new double[counts.Length] };
            likelihood.Expected(theta, e, workspace);
            return e[0];
        }
        double[] With(double[] theta, params string[] zero)
        {
            var copy = (double[])theta.Clone();
            foreach (var name in zero)
                copy[likelihood.IndexOf(name)] = 0;
            return copy;
        }
        static double[] Minus(double[] a, double[] b) => a.Zip(b, (x, y) => x - y).ToArray();
        var full = ExpectedAt(best);
        var parts = new List<FitPart>();
        var backgroundNames = t.Backgrounds.Select(b => "bkg_" + b.Name).ToArray();
        foreach (var b in t.Backgrounds)
            parts.Add(new FitPart($"background {b.Name}", Minus(full, ExpectedAt(With(best, "bkg_" + b.Name))), true));
        var signalOnly = With(best, backgroundNames);
        var tensorPois = model.Pois.Where(p => p != ExperimentModel.MuSquared).ToArray();
        var sm = ExpectedAt(With(signalOnly, [ExperimentModel.MuSquared, .. tensorPois]));
        var smAndMagnetic = ExpectedAt(With(signalOnly, tensorPois));
        parts.Add(new FitPart("SM signal", sm, false));
        parts.Add(new FitPart("magnetic (best fit)", Minus(smAndMagnetic, sm), false));
        if (tensorPois.Length > 0)
            parts.Add(new FitPart("tensor (best fit)", Minus(ExpectedAt(signalOnly), smAndMagnetic), false));
        parts.RemoveAll(p => !p.IsBackground && p.Counts.All(c => Math.Abs(c) <= 1e-12 * Math.Max(full.Max(), 1)));

        double limit = report.Limits90.TryGetValue("mu", out var l) && l > 0 && double.IsFinite(l) ? l : ExperimentTemplates.ReferenceMuB;
        var poiLikelihood = model.Likelihood(ExperimentModel.MuSquared);
        var profile = new ProfileLikelihood(new Fitter(poiLikelihood), poiLikelihood.IndexOf(ExperimentModel.MuSquared),
            ExperimentInference.Observed(poiLikelihood, counts));
        var mus = Enumerable.Range(0, ProfilePoints).Select(i => 1.6 * limit * i / (ProfilePoints - 1)).ToArray();
        var deltas = mus.Select(mu => profile.Delta((mu / ExperimentTemplates.ReferenceMuB) * (mu / ExperimentTemplates.ReferenceMuB))).ToArray();
        var method = FitOptions.ParseMethod(report.Method);
        double[]? curve = null;
        if (method is LimitMethod.AsymptoticClsb or LimitMethod.AsymptoticCls)
        {
            var asimov = new AsymptoticCalculator(poiLikelihood, ExperimentModel.MuSquared);
            curve = mus.Select(mu => CriticalQ(method, asimov.AsimovQ((mu / ExperimentTemplates.ReferenceMuB) * (mu / ExperimentTemplates.ReferenceMuB)))).ToArray();
        }
        // A 2D (observed x time) fit is drawn projected on the observed axis: cells are b * timeBins + k.
        int nt = t.TimeBinCount;
        double[] Project(double[] cells) => nt == 1 ? cells
            : Enumerable.Range(0, cells.Length / nt).Select(b => cells.AsSpan(b * nt, nt).ToArray().Sum()).ToArray();
        return new FitSpectrum(t.Name, t.ObservedUnit, t.Edges, Project(counts), parts.Select(p => p with { Counts = Project(p.Counts) }).ToArray(),
            Project(full), mus, deltas, CriticalValues.HalfChiSquare(0.9), report.Limits90.GetValueOrDefault("mu", double.NaN), report.Method, curve);
    }

    // The q~ at which the asymptotic p-value of method is 0.10 for Asimov a^2 = qAsimov (bisection; p falls with q~).
    private static double CriticalQ(LimitMethod method, double qAsimov)
    {
        // At x = 0 (a = 0) the CLs+b critical value 2.563 a - a^2 goes to 0 and the CLs one grows without bound.
        if (!(qAsimov > 0))
            return method == LimitMethod.AsymptoticClsb ? 0 : 50;
        double lo = 0, hi = 50;
        if (AsymptoticFormulae.PValue(method, lo, qAsimov) <= 0.1)
            return 0;
        for (int i = 0; i < 80; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (AsymptoticFormulae.PValue(method, mid, qAsimov) > 0.1)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    }
}
