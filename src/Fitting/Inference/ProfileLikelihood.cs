using NuMMGen.Fitting.Likelihood;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// The profile likelihood of one parameter of interest x for one dataset:
/// Delta(x) = -2 ln [L(x, theta^^(x)) / L(x^, theta^)], nuisances profiled, with the unconditional fit
/// restricted to the POI's declared bounds. For a POI bounded below by its physical boundary 0 this makes
/// x^ &gt;= 0, so <see cref="QTilde"/> is Cowan et al.'s q~_mu (EPJC 71, 1554 (2011), eq. 16) and
/// <see cref="Delta"/> is the Feldman-Cousins ordering statistic (PRD 57, 3873 (1998), best fit in the
/// physical region). Conditional fits warm-start from the previous one; if a conditional fit finds a lower
/// minimum than the unconditional one, the unconditional fit is redone from there. One thread at a time.
/// </summary>
public sealed class ProfileLikelihood
{
    private readonly Fitter _fitter;
    private readonly Dataset _data;
    private double[]? _lastConditional;
    private FitResult? _best;

    /// <summary>Creates the profile of parameter <paramref name="poi"/> for <paramref name="data"/>.</summary>
    /// <param name="fitter">The fitter (its thread's).</param>
    /// <param name="poi">Index of the parameter of interest.</param>
    /// <param name="data">The data (not modified).</param>
    public ProfileLikelihood(Fitter fitter, int poi, Dataset data)
    {
        _fitter = fitter;
        Poi = poi;
        _data = data;
    }

    /// <summary>Index of the parameter of interest.</summary>
    public int Poi { get; }

    /// <summary>The unconditional best fit (computed on first use).</summary>
    public FitResult Best => _best ??= _fitter.Fit(_data);

    /// <summary>The best-fit POI value x^ (within its bounds).</summary>
    public double PoiHat => Best.Values[Poi];

    /// <summary>Whether every fit so far converged.</summary>
    public bool AllConverged { get; private set; } = true;

    /// <summary>Number of conditional fits performed.</summary>
    public int ConditionalFits { get; private set; }

    /// <summary>The conditional fit at POI = <paramref name="x"/>.</summary>
    /// <param name="x">POI value.</param>
    public FitResult Conditional(double x)
    {
        var best = Best;
        var fit = _fitter.FitConditional(_data, Poi, x, _lastConditional ?? best.Values);
        ConditionalFits++;
        AllConverged &= fit.Converged && best.Converged;
        if (fit.MinusTwoLogL < best.MinusTwoLogL - 1e-6)
        {
            var refit = _fitter.Fit(_data, fit.Values);
            if (refit.MinusTwoLogL < best.MinusTwoLogL)
                _best = refit;
        }
        _lastConditional = fit.Values;
        return fit;
    }

    /// <summary>Delta(x) = -2 ln lambda(x) &gt;= 0 (two-sided; the Feldman-Cousins ordering statistic t).</summary>
    /// <param name="x">POI value.</param>
    public double Delta(double x)
    {
        double conditional = Conditional(x).MinusTwoLogL;
        return Math.Max(0, conditional - Best.MinusTwoLogL);
    }

    /// <summary>q~(x): <see cref="Delta"/> for x &gt;= x^, and 0 for x &lt; x^ (upward fluctuations are not evidence against x).</summary>
    /// <param name="x">POI value.</param>
    public double QTilde(double x) => x < PoiHat ? 0 : Delta(x);
}
