using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;
using NuMMGen.Fitting.Toys;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// CLs upper limits with the test-statistic distributions taken from toys instead of the asymptotic formulae
/// (A. L. Read, J. Phys. G 28, 2693 (2002); the LHC procedure of ATL-PHYS-PUB-2011-011, with q~ of Cowan et al., EPJC 71,
/// 1554 (2011), eq. 16). On a grid of the POI x: toys generated at x (signal + background) give the distribution of
/// q~(x); toys generated at x = 0 (background only), each evaluated at every grid point, give the distribution of q~(x)
/// under the background. For a dataset with q~_obs(x):
/// CLs(x) = P(q~ &gt;= q~_obs | x) / P(q~ &gt;= q~_obs | 0), and the limit is where CLs falls to 1 - CL (linear
/// interpolation between grid points). Toys are generated with the nuisances at nominal and auxiliary measurements drawn
/// around them, so, like <see cref="FeldmanCousinsBelt"/>, one construction serves every dataset. Exact for discrete
/// data: with one Poisson bin and n = 0 observed it gives CLs = e^-s, so s &lt; -ln(1 - CL) = 2.30 at 90 % whatever the
/// background.
/// </summary>
public sealed class ToyClsConstruction
{
    private readonly double[] _grid;
    private readonly double[][] _signal, _background;

    private ToyClsConstruction(double[] grid, double[][] signal, double[][] background, double cl, int poi)
    {
        _grid = grid;
        _signal = signal;
        _background = background;
        ConfidenceLevel = cl;
        Poi = poi;
    }

    /// <summary>POI grid (ascending, starting at 0).</summary>
    public IReadOnlyList<double> Grid => _grid;

    /// <summary>Confidence level.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Index of the POI.</summary>
    public int Poi { get; }

    /// <summary>
    /// Builds the construction: <paramref name="toys"/> signal-plus-background toys at every grid point and
    /// <paramref name="toys"/> background-only toys, in parallel and reproducibly.
    /// </summary>
    /// <param name="likelihood">The likelihood (other POIs fixed).</param>
    /// <param name="poi">Name of the POI (lower bound 0).</param>
    /// <param name="grid">Ascending POI values starting at the lower bound.</param>
    /// <param name="toys">Toys per grid point and background-only toys (at least 10).</param>
    /// <param name="seed">Master seed (stages <see cref="ToyStages.ClsSignal"/> and <see cref="ToyStages.ClsBackground"/>).</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="options">Minimiser options.</param>
    /// <param name="maxThreads">Worker threads (null: all cores).</param>
    /// <param name="progress">Finished toys (optional), out of (grid points + 1) x toys.</param>
    /// <param name="cancellationToken">Stops the construction.</param>
    public static ToyClsConstruction Build(CombinedLikelihood likelihood, string poi, IReadOnlyList<double> grid, int toys, ulong seed,
        double cl = 0.9, MinimizerOptions? options = null, int? maxThreads = null, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(likelihood);
        ArgumentNullException.ThrowIfNull(grid);
        int p = likelihood.IndexOf(poi);
        if (grid.Count < 2 || grid.Zip(grid.Skip(1)).Any(g => !(g.Second > g.First)) || grid[0] != likelihood.Parameters[p].Lower)
            throw new InputException($"CLs grid for '{poi}': needs ascending values starting at the parameter's lower bound");
        if (toys < 10)
            throw new InputException($"CLs toys per point: {toys}, need at least 10");
        var x = grid.ToArray();
        var signal = ToyRunner.Run(x.Length * toys, seed, ToyStages.ClsSignal, () => new ToyState(likelihood, options),
            (state, i, random) =>
            {
                double xi = x[i / toys];
                Generate(likelihood, p, xi, state, random);
                return new ProfileLikelihood(state.Fitter, p, state.Data).QTilde(xi);
            }, maxThreads, progress is null ? null : new Offset(progress, 0), cancellationToken);
        var background = ToyRunner.Run(toys, seed, ToyStages.ClsBackground, () => new ToyState(likelihood, options),
            (state, _, random) =>
            {
                Generate(likelihood, p, x[0], state, random);
                var profile = new ProfileLikelihood(state.Fitter, p, state.Data);
                return x.Select(profile.QTilde).ToArray();
            }, maxThreads, progress is null ? null : new Offset(progress, x.Length * toys), cancellationToken);
        var perPointSignal = new double[x.Length][];
        var perPointBackground = new double[x.Length][];
        for (int j = 0; j < x.Length; j++)
        {
            perPointSignal[j] = signal.AsSpan(j * toys, toys).ToArray();
            perPointBackground[j] = background.Select(b => b[j]).ToArray();
            Array.Sort(perPointSignal[j]);
            Array.Sort(perPointBackground[j]);
        }
        return new ToyClsConstruction(x, perPointSignal, perPointBackground, cl, p);
    }

    /// <summary>
    /// CLs at grid point <paramref name="j"/> for an observed q~ <paramref name="q"/>: the fractions of toys with q~ &gt;= q
    /// (within 1e-9 absolute, so that discrete outcomes equal to the observed one count), signal over background.
    /// </summary>
    public double Cls(int j, double q)
    {
        double Tail(double[] sorted)
        {
            int first = LowerBound(sorted, q - 1e-9);
            return (double)(sorted.Length - first) / sorted.Length;
        }
        double sb = Tail(_signal[j]), b = Tail(_background[j]);
        return b > 0 ? Math.Min(sb / b, 1.0) : sb > 0 ? 1.0 : 0.0;
    }

    /// <summary>
    /// The CLs upper limit for a dataset: the first grid crossing of CLs = 1 - CL, interpolated linearly. Not converged
    /// when CLs stays above 1 - CL over the whole grid (the limit is then the grid's end).
    /// </summary>
    /// <param name="profile">The dataset's profile likelihood for this POI.</param>
    public PoiInterval UpperLimit(ProfileLikelihood profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        double alpha = 1 - ConfidenceLevel;
        double previous = Cls(0, profile.QTilde(_grid[0]));
        for (int j = 1; j < _grid.Length; j++)
        {
            double current = Cls(j, profile.QTilde(_grid[j]));
            if (current <= alpha)
            {
                double w = previous > current ? (previous - alpha) / (previous - current) : 1.0;
                double upper = _grid[j - 1] + Math.Clamp(w, 0, 1) * (_grid[j] - _grid[j - 1]);
                return new PoiInterval(_grid[0], upper, ConfidenceLevel, LimitMethod.ToyCls, profile.AllConverged);
            }
            previous = current;
        }
        return new PoiInterval(_grid[0], _grid[^1], ConfidenceLevel, LimitMethod.ToyCls, false);
    }

    private static void Generate(CombinedLikelihood likelihood, int p, double x, ToyState state, Generator.Random.RandomStream random)
    {
        var theta = likelihood.InitialValues();
        theta[p] = x;
        likelihood.SampleToy(theta, random, state.Data, state.Workspace);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    // Reports the finished toys of the second run after those of the first.
    private sealed class Offset(IProgress<int> inner, int offset) : IProgress<int>
    {
        public void Report(int value) => inner.Report(offset + value);
    }
}
