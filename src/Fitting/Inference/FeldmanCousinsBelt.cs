using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;
using NuMMGen.Fitting.Toys;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// A Feldman-Cousins confidence belt from toys (G. J. Feldman and R. D. Cousins, PRD 57, 3873 (1998)): a Neyman
/// construction on a grid of the POI x whose acceptance regions are ordered by the likelihood ratio
/// t(x) = -2 ln [L(x, theta^^) / L(x^, theta^)] with x^ restricted to the physical region x &gt;= 0 and nuisances
/// profiled (<see cref="ProfileLikelihood.Delta"/>). At each grid point, toys are generated at x with the other
/// parameters at their declared initial values (nominal) and auxiliary measurements drawn around them; the
/// critical value c(x) is the smallest t with at least CL of the toys at or below it. The interval of a dataset
/// is {x : t_obs(x) &lt;= c(x)}, c interpolated linearly between grid points. Generating the toys at nominal
/// nuisances (rather than at the conditional fit of the observed data, the "profile construction") makes the
/// belt independent of the data, so one belt serves every toy of a coverage or sensitivity study.
/// </summary>
public sealed class FeldmanCousinsBelt
{
    private readonly double[] _grid, _critical;

    private FeldmanCousinsBelt(double[] grid, double[] critical, double cl, int poi, int failedFits)
    {
        FailedFits = failedFits;
        _grid = grid;
        _critical = critical;
        ConfidenceLevel = cl;
        Poi = poi;
    }

    /// <summary>POI grid (ascending).</summary>
    public IReadOnlyList<double> Grid => _grid;

    /// <summary>Critical values c(x) at the grid points.</summary>
    public IReadOnlyList<double> Critical => _critical;

    /// <summary>Confidence level.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Index of the POI.</summary>
    public int Poi { get; }

    /// <summary>Toys of the construction with a fit that did not converge (their t is still used).</summary>
    public int FailedFits { get; }

    /// <summary>Builds the belt with <paramref name="toysPerPoint"/> toys at each grid point, in parallel.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="poi">Name of the POI (lower bound 0).</param>
    /// <param name="grid">Ascending POI values (include 0 for upper limits).</param>
    /// <param name="toysPerPoint">Toys per grid point (e.g. 1000 for c to about +-0.1 at 90 %).</param>
    /// <param name="seed">Master seed; toy i of grid point j uses block j x toysPerPoint + i of stage <see cref="ToyStages.FeldmanCousinsBelt"/>.</param>
    /// <param name="cl">Confidence level.</param>
    /// <param name="options">Minimiser options.</param>
    /// <param name="maxThreads">Worker threads (null: all cores).</param>
    /// <param name="progress">Finished toys (optional).</param>
    /// <param name="cancellationToken">Stops the construction.</param>
    public static FeldmanCousinsBelt Build(CombinedLikelihood likelihood, string poi, IReadOnlyList<double> grid,
        int toysPerPoint, ulong seed, double cl = 0.9, MinimizerOptions? options = null, int? maxThreads = null,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        int p = likelihood.IndexOf(poi);
        if (grid.Count == 0 || grid.Zip(grid.Skip(1)).Any(g => !(g.Second > g.First)) || grid[0] < likelihood.Parameters[p].Lower)
            throw new InputException($"Feldman-Cousins grid for '{poi}': needs ascending values within the parameter's bounds");
        if (toysPerPoint < 10)
            throw new InputException($"Feldman-Cousins toys per point: {toysPerPoint}, need at least 10");
        var grid0 = grid.ToArray();
        var t = ToyRunner.Run(grid0.Length * toysPerPoint, seed, ToyStages.FeldmanCousinsBelt,
            () => new ToyState(likelihood, options),
            (state, i, random) =>
            {
                double x = grid0[i / toysPerPoint];
                var theta = likelihood.InitialValues();
                theta[p] = x;
                likelihood.SampleToy(theta, random, state.Data, state.Workspace);
                var profile = new ProfileLikelihood(state.Fitter, p, state.Data);
                return (T: profile.Delta(x), profile.AllConverged);
            }, maxThreads, progress, cancellationToken);
        var values = t.Select(r => r.T).ToArray();
        var critical = new double[grid0.Length];
        for (int j = 0; j < grid0.Length; j++)
            critical[j] = Quantile(values.AsSpan(j * toysPerPoint, toysPerPoint), cl);
        return new FeldmanCousinsBelt(grid0, critical, cl, p, t.Count(r => !r.AllConverged));
    }

    /// <summary>The smallest value v with at least a fraction <paramref name="cl"/> of <paramref name="values"/> &lt;= v.</summary>
    /// <param name="values">Sample (copied, not modified).</param>
    /// <param name="cl">Fraction in (0, 1).</param>
    public static double Quantile(ReadOnlySpan<double> values, double cl)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int k = Math.Clamp((int)Math.Ceiling(cl * sorted.Length - 1e-9) - 1, 0, sorted.Length - 1);
        return sorted[k];
    }

    /// <summary>c(x) by linear interpolation between grid points (constant beyond the ends).</summary>
    /// <param name="x">POI value.</param>
    public double CriticalAt(double x)
    {
        if (x <= _grid[0])
            return _critical[0];
        if (x >= _grid[^1])
            return _critical[^1];
        int j = Array.BinarySearch(_grid, x);
        if (j >= 0)
            return _critical[j];
        j = ~j;
        double w = (x - _grid[j - 1]) / (_grid[j] - _grid[j - 1]);
        return (1 - w) * _critical[j - 1] + w * _critical[j];
    }

    /// <summary>
    /// The Feldman-Cousins interval of a dataset: t_obs on every grid point, the outermost accepted points, and the
    /// edges refined between them and their rejected neighbours (root of t_obs(x) - c(x)). Not converged when the
    /// upper edge reaches the end of the grid.
    /// </summary>
    /// <param name="profile">The dataset's profile likelihood for this POI (its thread's fitter).</param>
    public PoiInterval Interval(ProfileLikelihood profile)
    {
        var accepted = new bool[_grid.Length];
        var g = new double[_grid.Length];
        for (int j = 0; j < _grid.Length; j++)
        {
            g[j] = profile.Delta(_grid[j]) - _critical[j];
            accepted[j] = g[j] <= 0;
        }
        int first = Array.IndexOf(accepted, true), last = Array.LastIndexOf(accepted, true);
        if (first < 0)
            return new PoiInterval(double.NaN, double.NaN, ConfidenceLevel, LimitMethod.FeldmanCousins, false);
        double G(double x) => profile.Delta(x) - CriticalAt(x);
        double tolerance = 1e-5 * (_grid[^1] - _grid[0]);
        double lower = first == 0 ? _grid[0]
            : RootFinding.Illinois(G, _grid[first - 1], g[first - 1], _grid[first], g[first], tolerance);
        bool atEdge = last == _grid.Length - 1;
        double upper = atEdge ? _grid[^1]
            : RootFinding.Illinois(G, _grid[last], g[last], _grid[last + 1], g[last + 1], tolerance);
        return new PoiInterval(lower, upper, ConfidenceLevel, LimitMethod.FeldmanCousins, !atEdge && profile.AllConverged);
    }
}
