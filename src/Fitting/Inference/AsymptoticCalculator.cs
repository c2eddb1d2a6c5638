using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// Asymptotic upper limits on a POI with a physical boundary at 0 (x = mu^2 or |C|^2, declared with lower bound 0):
/// the statistic is q~(x) (<see cref="ProfileLikelihood.QTilde"/>) and its p-value follows
/// <see cref="AsymptoticFormulae"/>, with a^2 from the Asimov data set of the null hypothesis (x = 0, other
/// parameters at their declared initial values). The limit solves p(x) = 1 - CL for x above x^ (Illinois
/// root finding on the Gaussian-equivalent deviation). Holds fitters: one instance per thread.
/// </summary>
public sealed class AsymptoticCalculator
{
    private readonly ProfileLikelihood _asimovProfile;
    private readonly double _step;

    /// <summary>Creates the calculator for the POI named <paramref name="poi"/>.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="poi">Name of the POI (its lower bound must be 0).</param>
    /// <param name="options">Minimiser options.</param>
    public AsymptoticCalculator(CombinedLikelihood likelihood, string poi, MinimizerOptions? options = null)
    {
        Likelihood = likelihood;
        Poi = likelihood.IndexOf(poi);
        var parameter = likelihood.Parameters[Poi];
        if (parameter.Lower != 0)
            throw new InputException($"parameter '{poi}': a POI for limits needs its physical boundary as lower bound 0 (got {parameter.Lower})");
        Fitter = new Fitter(likelihood, options);
        var nullPoint = likelihood.InitialValues();
        nullPoint[Poi] = 0;
        AsimovNull = likelihood.Asimov(nullPoint);
        _asimovProfile = new ProfileLikelihood(new Fitter(likelihood, options), Poi, AsimovNull);
        _step = parameter.StepScale;
    }

    /// <summary>The likelihood.</summary>
    public CombinedLikelihood Likelihood { get; }

    /// <summary>Index of the POI.</summary>
    public int Poi { get; }

    /// <summary>This thread's fitter for the data.</summary>
    public Fitter Fitter { get; }

    /// <summary>The Asimov data set of the null (expected counts at x = 0, nominal nuisances).</summary>
    public Dataset AsimovNull { get; }

    /// <summary>a^2 = q~_A(x): the statistic on the null Asimov data (its x^ is 0, so q~ = Delta).</summary>
    /// <param name="x">POI value.</param>
    public double AsimovQ(double x) => _asimovProfile.Delta(x);

    /// <summary>The asymptotic standard deviation of x^ near x: sigma_A = x / sqrt(q~_A(x)) (Cowan et al. eq. 32).</summary>
    /// <param name="x">POI value (&gt; 0).</param>
    public double AsimovSigma(double x) => x / Math.Sqrt(Math.Max(AsimovQ(x), 1e-300));

    /// <summary>The asymptotic upper limit for <paramref name="data"/>.</summary>
    /// <param name="data">Observed or toy data.</param>
    /// <param name="cl">Confidence level (e.g. 0.9).</param>
    /// <param name="method"><see cref="LimitMethod.AsymptoticClsb"/> or <see cref="LimitMethod.AsymptoticCls"/>.</param>
    public PoiInterval UpperLimit(Dataset data, double cl = 0.9, LimitMethod method = LimitMethod.AsymptoticClsb)
    {
        var profile = new ProfileLikelihood(Fitter, Poi, data);
        double alpha = 1 - cl;
        double xHat = profile.PoiHat;
        double upperBound = Likelihood.Parameters[Poi].Upper;
        // g(x) = ln p(x) - ln alpha: positive below the limit, negative above.
        double G(double x) => Math.Log(Math.Max(AsymptoticFormulae.PValue(method, profile.QTilde(x), AsimovQ(x)), 1e-300)) - Math.Log(alpha);
        double sigma = AsimovSigma(Math.Max(xHat, _step));
        double lo = xHat, gLo = G(lo);
        double width = 2 * sigma;
        double hi = Math.Min(xHat + width, upperBound), gHi = G(hi);
        while (gHi > 0)
        {
            if (hi >= upperBound)
                return new PoiInterval(0, upperBound, cl, method, false);
            (lo, gLo) = (hi, gHi);
            width *= 2;
            hi = Math.Min(xHat + width, upperBound);
            gHi = G(hi);
        }
        double limit = RootFinding.Illinois(G, lo, gLo, hi, gHi, 1e-5 * sigma);
        return new PoiInterval(0, limit, cl, method, profile.AllConverged);
    }
}
