using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;

namespace NuMMGen.Fitting.Experiments;

/// <summary>
/// The measured signal count of an experiment with its profile-likelihood 1-sigma interval: the SM-only model (POIs fixed
/// at 0) with the flux normalisation f unconstrained and the response nuisances acting on the SM template's shape only
/// (their -+1 sigma SM templates rescaled to the nominal total; with f free this is a reparametrisation of the same
/// model, the best fit is unchanged), so that the count N = f x (nominal SM total) and the profile likelihood in f is the
/// profile likelihood in N: the interval is {N : Delta(-2 ln L) &lt;= 1} (Wilks; one parameter). This is how a counting measurement quotes "N +- dN" (e.g. COHERENT's 134 +- 22 CEvNS events,
/// Science 357, 1123 (2017)).
/// </summary>
/// <param name="Count">Best-fit signal count.</param>
/// <param name="Lower">Count at the lower end of the 1-sigma interval.</param>
/// <param name="Upper">Count at the upper end of the 1-sigma interval.</param>
/// <param name="Best">The best fit (parameter values of <see cref="ExperimentModel.Likelihood"/> with the free normalisation).</param>
/// <param name="Converged">Whether every fit converged.</param>
public sealed record SignalCountFit(double Count, double Lower, double Upper, FitResult Best, bool Converged)
{
    /// <summary>Symmetrised 1-sigma error (Upper - Lower) / 2.</summary>
    public double Error => 0.5 * (Upper - Lower);

    /// <summary>The figures users see (JSON of <c>nummgen fit</c>).</summary>
    /// <param name="Count">Best-fit count.</param>
    /// <param name="Error">Symmetrised 1-sigma error.</param>
    /// <param name="Lower">Lower end of the 1-sigma interval.</param>
    /// <param name="Upper">Upper end of the 1-sigma interval.</param>
    /// <param name="Converged">Whether every fit converged.</param>
    public sealed record Summary(double Count, double Error, double Lower, double Upper, bool Converged);

    /// <summary>The figures users see.</summary>
    public Summary Summarise() => new(Count, Error, Lower, Upper, Converged);

    /// <summary>Fits <paramref name="counts"/> with <paramref name="model"/> (SM only, free signal normalisation).</summary>
    /// <param name="model">The experiment.</param>
    /// <param name="counts">Observed counts per bin.</param>
    public static SignalCountFit Measure(ExperimentModel model, double[] counts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(counts);
        var t = model.Templates;
        double total = t.Sm.Sum();
        var shapeOnly = new ExperimentModel(t with
        {
            Variations = t.Variations.Select(v => v with { Down = v.Down with { Sm = Rescaled(v.Down.Sm, total) }, Up = v.Up with { Sm = Rescaled(v.Up.Sm, total) } }).ToArray(),
        });
        model = shapeOnly;
        var free = model.Likelihood(freeSignalNormalisation: true);
        var likelihood = new CombinedLikelihood(
            free.Parameters.Select(p => model.Pois.Contains(p.Name) ? p with { IsFixed = true, Initial = 0 } : p).ToArray(),
            free.Channels, free.Constraints);
        var data = ExperimentInference.Observed(likelihood, counts);
        var fitter = new Fitter(likelihood);
        var best = fitter.Fit(data, computeErrors: true);
        int f = likelihood.IndexOf(model.Templates.FluxParameter);
        double fHat = best.Values[f];
        bool converged = best.Converged;
        double Delta(double value)
        {
            var r = fitter.FitConditional(data, f, value, best.Values);
            converged &= r.Converged;
            return r.MinusTwoLogL - best.MinusTwoLogL - 1;
        }
        double step = best.Errors is { } e && e[f] > 0 ? e[f] : 0.1 * Math.Max(fHat, 0.1);
        double End(int sign)
        {
            double near = fHat, far = fHat + sign * step;
            double gFar = Delta(Math.Max(far, 0));
            for (int i = 0; i < 30 && gFar < 0 && far > 0; i++)
            {
                near = far;
                far += sign * step;
                gFar = Delta(Math.Max(far, 0));
            }
            far = Math.Max(far, 0);
            if (gFar < 0)
                return far;
            return RootFinding.Illinois(Delta, near, Delta(near), far, gFar, 1e-6 * Math.Max(fHat, 1e-3));
        }
        double lo = End(-1), hi = End(+1);
        double CountAt(double value) =>
            model.SignalCounts(likelihood, value == fHat ? best.Values : fitter.FitConditional(data, f, value, best.Values).Values);
        return new SignalCountFit(model.SignalCounts(likelihood, best.Values), CountAt(lo), CountAt(hi), best, converged);
    }

    private static double[] Rescaled(double[] template, double total)
    {
        double sum = template.Sum();
        return sum > 0 ? template.Select(v => v * total / sum).ToArray() : (double[])template.Clone();
    }
}
