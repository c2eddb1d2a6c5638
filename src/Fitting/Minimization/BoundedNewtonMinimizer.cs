namespace NuMMGen.Fitting.Minimization;

/// <summary>
/// Bound-constrained minimiser for small dimensions (up to a few tens of variables): a projected Newton method
/// (D. P. Bertsekas, SIAM J. Control Optim. 20, 221 (1982)) with Levenberg-Marquardt damping.
/// <list type="bullet">
/// <item>Hessian: forward differences of the analytic gradient (one gradient call per free variable), stepping
/// into the feasible region, symmetrised; Jacobi-scaled before the Cholesky solve, so parameters of very different
/// scale (mu^2 ~ 1e-20 mu_B^2 next to a normalisation ~ 1) are handled.</item>
/// <item>Active set: a variable at a bound whose gradient or Newton step points outwards is held there; the
/// Newton step is solved on the free variables; points are projected onto the box.</item>
/// <item>Step: projected Armijo backtracking along x(a) = P[x + a d]; on failure the damping lambda grows tenfold
/// (lambda I added to the scaled Hessian), on success it shrinks.</item>
/// <item>Convergence: edm = g_F^T H_FF^-1 g_F / 2 &lt; tolerance with an undamped, positive-definite H_FF (the
/// criterion of MINUIT: F. James, CERN Program Library D506).</item>
/// </list>
/// One instance holds buffers for one dimension; use one per thread.
/// </summary>
public sealed class BoundedNewtonMinimizer
{
    private readonly int _n;
    private readonly double[] _g, _gTrial, _xTrial, _d, _h, _a, _scaling;
    private readonly int[] _free;
    private readonly MinimizerOptions _options;

    /// <summary>Creates a minimiser for <paramref name="dimension"/> variables.</summary>
    /// <param name="dimension">Number of variables.</param>
    /// <param name="options">Tolerances; defaults if null.</param>
    public BoundedNewtonMinimizer(int dimension, MinimizerOptions? options = null)
    {
        _n = dimension;
        _options = options ?? new MinimizerOptions();
        _g = new double[_n];
        _gTrial = new double[_n];
        _xTrial = new double[_n];
        _d = new double[_n];
        _h = new double[_n * _n];
        _a = new double[_n * _n];
        _scaling = new double[_n];
        _free = new int[_n];
    }

    /// <summary>
    /// The Hessian at the last point where <see cref="Minimize"/> or <see cref="ComputeHessian"/> computed it,
    /// row-major n x n (rows and columns of fixed variables are zero).
    /// </summary>
    public ReadOnlySpan<double> Hessian => _h;

    /// <summary>Minimises <paramref name="objective"/> within [lower, upper], holding variables with fixedMask[i] at their start value.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="x">In: start point (clamped into the box). Out: the minimum.</param>
    /// <param name="lower">Lower bounds.</param>
    /// <param name="upper">Upper bounds.</param>
    /// <param name="fixedMask">Variables held fixed.</param>
    /// <param name="scale">Typical scale per variable (positive): finite-difference steps.</param>
    public MinimizerResult Minimize(IObjective objective, Span<double> x, ReadOnlySpan<double> lower,
        ReadOnlySpan<double> upper, ReadOnlySpan<bool> fixedMask, ReadOnlySpan<double> scale)
    {
        for (int i = 0; i < _n; i++)
            x[i] = Math.Clamp(x[i], lower[i], upper[i]);
        int evaluations = 1;
        double f = objective.Evaluate(x, _g);
        // An undefined start (e.g. a zero expectation under observed events, with the POI at its boundary): move the
        // free variables that sit on a bound into the box by growing multiples of their scale until f is finite.
        Span<sbyte> side = stackalloc sbyte[_n];
        for (int i = 0; i < _n; i++)
            side[i] = (sbyte)(fixedMask[i] ? 0 : x[i] <= lower[i] ? 1 : x[i] >= upper[i] ? -1 : 0);
        for (double shift = 1e-3; !double.IsFinite(f) && shift < 1e3; shift *= 4)
        {
            for (int i = 0; i < _n; i++)
            {
                double middle = double.IsFinite(lower[i] + upper[i]) ? 0.5 * (lower[i] + upper[i]) : x[i] + side[i] * shift * scale[i];
                if (side[i] > 0)
                    x[i] = Math.Min(lower[i] + shift * scale[i], middle);
                else if (side[i] < 0)
                    x[i] = Math.Max(upper[i] - shift * scale[i], middle);
            }
            evaluations++;
            f = objective.Evaluate(x, _g);
        }
        if (!double.IsFinite(f))
            return new MinimizerResult(false, f, double.NaN, 0, evaluations);
        double lambda = 0, edm = double.PositiveInfinity;
        int iteration = 0;
        bool converged = false;
        while (iteration < _options.MaxIterations)
        {
            iteration++;
            evaluations += ComputeHessian(objective, x, lower, upper, fixedMask, scale);
            bool stepped = false;
            while (!stepped)
            {
                int nFree = SolveNewtonStep(x, lower, upper, fixedMask, lambda, out bool positiveDefinite, out edm);
                if (!positiveDefinite)
                {
                    lambda = Math.Max(10 * lambda, 1e-6);
                    if (lambda > 1e12)
                        return new MinimizerResult(false, f, edm, iteration, evaluations);
                    continue;
                }
                if (lambda == 0 && edm < _options.Tolerance)
                {
                    // Converged; the last Newton step is kept if it does not raise f (quadratic-rate polish).
                    for (int i = 0; i < _n; i++)
                        _xTrial[i] = Math.Clamp(x[i] + _d[i], lower[i], upper[i]);
                    evaluations++;
                    double fLast = objective.Evaluate(_xTrial, _gTrial);
                    if (fLast <= f)
                    {
                        _xTrial.CopyTo(x);
                        _gTrial.CopyTo(_g, 0);
                        f = fLast;
                    }
                    converged = true;
                    break;
                }
                if (nFree == 0)
                {
                    converged = true;
                    edm = 0;
                    break;
                }
                // Projected Armijo backtracking.
                for (double alpha = 1; alpha > 1e-10 && !stepped; alpha *= 0.5)
                {
                    double predicted = 0;
                    for (int i = 0; i < _n; i++)
                    {
                        _xTrial[i] = Math.Clamp(x[i] + alpha * _d[i], lower[i], upper[i]);
                        predicted += _g[i] * (_xTrial[i] - x[i]);
                    }
                    if (predicted >= 0)
                        break;
                    evaluations++;
                    double fTrial = objective.Evaluate(_xTrial, _gTrial);
                    if (double.IsFinite(fTrial) && fTrial <= f + 1e-4 * predicted)
                    {
                        _xTrial.CopyTo(x);
                        _gTrial.CopyTo(_g, 0);
                        f = fTrial;
                        stepped = true;
                    }
                }
                if (stepped)
                {
                    lambda = lambda < 1e-5 ? 0 : lambda / 10;
                }
                else
                {
                    // No decrease: near the minimum rounding dominates; accept if the edm is tiny, else damp.
                    if (edm < 100 * _options.Tolerance && lambda == 0)
                    {
                        converged = true;
                        break;
                    }
                    lambda = Math.Max(10 * lambda, 1e-4);
                    if (lambda > 1e12)
                        return new MinimizerResult(false, f, edm, iteration, evaluations);
                }
            }
            if (converged)
                break;
        }
        return new MinimizerResult(converged, f, edm, iteration, evaluations);
    }

    /// <summary>
    /// Computes the Hessian at <paramref name="x"/> by forward differences of the gradient (the gradient at
    /// <paramref name="x"/> must be current in the internal buffer, i.e. call right after <see cref="Minimize"/> or
    /// with <paramref name="refreshGradient"/> true). Returns the number of objective evaluations.
    /// </summary>
    /// <param name="objective">The objective.</param>
    /// <param name="x">The point.</param>
    /// <param name="lower">Lower bounds.</param>
    /// <param name="upper">Upper bounds.</param>
    /// <param name="fixedMask">Fixed variables (their rows and columns are zero).</param>
    /// <param name="scale">Typical scales.</param>
    /// <param name="refreshGradient">Whether to evaluate the gradient at <paramref name="x"/> first.</param>
    public int ComputeHessian(IObjective objective, ReadOnlySpan<double> x, ReadOnlySpan<double> lower,
        ReadOnlySpan<double> upper, ReadOnlySpan<bool> fixedMask, ReadOnlySpan<double> scale, bool refreshGradient = false)
    {
        int evaluations = 0;
        if (refreshGradient)
        {
            objective.Evaluate(x, _g);
            evaluations++;
        }
        Array.Clear(_h);
        x.CopyTo(_xTrial);
        for (int i = 0; i < _n; i++)
        {
            if (fixedMask[i])
                continue;
            double h = _options.RelativeStep * Math.Max(Math.Abs(x[i]), scale[i]);
            if (x[i] + h > upper[i])
                h = -h;
            _xTrial[i] = x[i] + h;
            evaluations++;
            double fi = objective.Evaluate(_xTrial, _gTrial);
            if (!double.IsFinite(fi) && x[i] - h >= lower[i] && x[i] - h <= upper[i])
            {
                h = -h;
                _xTrial[i] = x[i] + h;
                evaluations++;
                objective.Evaluate(_xTrial, _gTrial);
            }
            for (int j = 0; j < _n; j++)
                if (!fixedMask[j])
                    _h[i * _n + j] = (_gTrial[j] - _g[j]) / h;
            _xTrial[i] = x[i];
        }
        for (int i = 0; i < _n; i++)
            for (int j = 0; j < i; j++)
                _h[i * _n + j] = _h[j * _n + i] = 0.5 * (_h[i * _n + j] + _h[j * _n + i]);
        return evaluations;
    }

    /// <summary>
    /// The covariance of the free (not fixed) variables from the last Hessian of -2 ln L: V = 2 H^-1 (so that
    /// one unit of ln L, i.e. -2 ln L rising by 1, is one standard deviation). Returns false if H is not
    /// positive definite. <paramref name="covariance"/> is row-major n x n; fixed rows and columns are zero.
    /// </summary>
    /// <param name="fixedMask">Fixed variables.</param>
    /// <param name="covariance">Output, length n x n.</param>
    /// <param name="errorDefinition">The rise of the objective that defines one sigma (1 for -2 ln L; V = 2 up H^-1).</param>
    public bool Covariance(ReadOnlySpan<bool> fixedMask, Span<double> covariance, double errorDefinition = 1.0)
    {
        covariance[..(_n * _n)].Clear();
        int m = 0;
        for (int i = 0; i < _n; i++)
            if (!fixedMask[i])
                _free[m++] = i;
        if (m == 0)
            return true;
        var inverse = DenseCholesky.InvertSubmatrix(_h, _n, _free.AsSpan(0, m));
        if (inverse is null)
            return false;
        for (int a = 0; a < m; a++)
            for (int b = 0; b < m; b++)
                covariance[_free[a] * _n + _free[b]] = 2 * errorDefinition * inverse[a * m + b];
        return true;
    }

    // Newton step on the free set with Jacobi scaling and damping; the free set excludes fixed variables and
    // variables at a bound whose gradient, or whose Newton step, points outwards (iterated until stable).
    private int SolveNewtonStep(ReadOnlySpan<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper,
        ReadOnlySpan<bool> fixedMask, double lambda, out bool positiveDefinite, out double edm)
    {
        Span<bool> active = stackalloc bool[_n];
        Span<double> rhsBuffer = stackalloc double[_n];
        for (int i = 0; i < _n; i++)
            active[i] = fixedMask[i] || (x[i] <= lower[i] && _g[i] > 0) || (x[i] >= upper[i] && _g[i] < 0);
        while (true)
        {
            int m = 0;
            for (int i = 0; i < _n; i++)
                if (!active[i])
                    _free[m++] = i;
            Array.Clear(_d);
            edm = 0;
            positiveDefinite = true;
            if (m == 0)
                return 0;
            for (int a = 0; a < m; a++)
            {
                double hii = _h[_free[a] * _n + _free[a]];
                _scaling[a] = hii > 0 ? 1 / Math.Sqrt(hii) : 1;
            }
            for (int a = 0; a < m; a++)
                for (int b = 0; b < m; b++)
                    _a[a * m + b] = _h[_free[a] * _n + _free[b]] * _scaling[a] * _scaling[b] + (a == b ? lambda : 0);
            var rhs = rhsBuffer[..m];
            for (int a = 0; a < m; a++)
                rhs[a] = -_g[_free[a]] * _scaling[a];
            if (!DenseCholesky.SolveInPlace(_a, m, rhs))
            {
                positiveDefinite = false;
                return m;
            }
            bool changed = false;
            for (int a = 0; a < m; a++)
            {
                int i = _free[a];
                _d[i] = rhs[a] * _scaling[a];
                edm -= 0.5 * _g[i] * _d[i];
                if ((x[i] <= lower[i] && _d[i] < 0) || (x[i] >= upper[i] && _d[i] > 0))
                {
                    active[i] = true;
                    changed = true;
                }
            }
            if (!changed)
                return m;
        }
    }
}
