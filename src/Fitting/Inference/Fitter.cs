using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;

namespace NuMMGen.Fitting.Inference;

/// <summary>
/// Fits a <see cref="CombinedLikelihood"/> to a <see cref="Dataset"/> with the bounded Newton minimiser,
/// optionally holding some parameters at given values (profile likelihood). Holds buffers: one instance per
/// thread. Bounds and fixed flags come from the parameters' declarations.
/// </summary>
public sealed class Fitter
{
    private readonly CombinedLikelihood _likelihood;
    private readonly LikelihoodWorkspace _workspace;
    private readonly BoundedNewtonMinimizer _minimizer;
    private readonly double[] _lower, _upper, _scale;
    private readonly bool[] _fixedDeclared, _fixed;
    private readonly Objective _objective;

    /// <summary>Creates a fitter for <paramref name="likelihood"/>.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="options">Minimiser options (defaults if null).</param>
    public Fitter(CombinedLikelihood likelihood, MinimizerOptions? options = null)
    {
        _likelihood = likelihood;
        _workspace = likelihood.CreateWorkspace();
        int n = likelihood.Parameters.Count;
        _minimizer = new BoundedNewtonMinimizer(n, options);
        _lower = likelihood.Parameters.Select(p => p.Lower).ToArray();
        _upper = likelihood.Parameters.Select(p => p.Upper).ToArray();
        _scale = likelihood.Parameters.Select(p => p.StepScale).ToArray();
        _fixedDeclared = likelihood.Parameters.Select(p => p.IsFixed).ToArray();
        _fixed = new bool[n];
        _objective = new Objective(likelihood, _workspace);
    }

    /// <summary>The likelihood this fitter minimises.</summary>
    public CombinedLikelihood Likelihood => _likelihood;

    /// <summary>
    /// Minimises -2 ln L over the free parameters, starting from <paramref name="start"/> (initial values if
    /// empty), with the parameters at <paramref name="fixedIndices"/> held at <paramref name="fixedValues"/>.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="start">Start values (all parameters) or empty for the declared initial values.</param>
    /// <param name="fixedIndices">Indices of parameters to hold (in addition to those declared fixed).</param>
    /// <param name="fixedValues">Their values.</param>
    /// <param name="computeErrors">Whether to compute the covariance at the minimum.</param>
    public FitResult Fit(Dataset data, ReadOnlySpan<double> start, ReadOnlySpan<int> fixedIndices,
        ReadOnlySpan<double> fixedValues, bool computeErrors = false)
    {
        int n = _lower.Length;
        var x = start.IsEmpty ? _likelihood.InitialValues() : start.ToArray();
        _fixedDeclared.CopyTo(_fixed, 0);
        for (int i = 0; i < fixedIndices.Length; i++)
        {
            _fixed[fixedIndices[i]] = true;
            x[fixedIndices[i]] = fixedValues[i];
        }
        _objective.Data = data;
        var result = _minimizer.Minimize(_objective, x, _lower, _upper, _fixed, _scale);
        double[]? errors = null, covariance = null;
        if (computeErrors)
        {
            _minimizer.ComputeHessian(_objective, x, _lower, _upper, _fixed, _scale, refreshGradient: true);
            covariance = new double[n * n];
            if (_minimizer.Covariance(_fixed, covariance))
                errors = Enumerable.Range(0, n).Select(i => Math.Sqrt(covariance[i * n + i])).ToArray();
            else
                covariance = null;
        }
        _objective.Data = null;
        return new FitResult(x, result.Value, result.Converged, result.Edm, result.Iterations, errors, covariance);
    }

    /// <summary>The unconditional fit (all non-fixed parameters free).</summary>
    /// <param name="data">The data.</param>
    /// <param name="start">Start values or empty.</param>
    /// <param name="computeErrors">Whether to compute the covariance.</param>
    public FitResult Fit(Dataset data, ReadOnlySpan<double> start = default, bool computeErrors = false) =>
        Fit(data, start, [], [], computeErrors);

    /// <summary>The conditional fit with parameter <paramref name="index"/> held at <paramref name="value"/> (a point of the profile likelihood).</summary>
    /// <param name="data">The data.</param>
    /// <param name="index">Index of the held parameter (e.g. the POI).</param>
    /// <param name="value">Its value.</param>
    /// <param name="start">Start values or empty.</param>
    public FitResult FitConditional(Dataset data, int index, double value, ReadOnlySpan<double> start = default) =>
        Fit(data, start, [index], [value]);

    /// <summary>-2 ln L at <paramref name="theta"/> without fitting.</summary>
    /// <param name="data">The data.</param>
    /// <param name="theta">All parameter values.</param>
    public double Evaluate(Dataset data, ReadOnlySpan<double> theta) => _likelihood.Evaluate(theta, data, [], _workspace);

    private sealed class Objective(CombinedLikelihood likelihood, LikelihoodWorkspace workspace) : IObjective
    {
        public Dataset? Data { get; set; }

        public int Dimension => likelihood.Parameters.Count;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient) =>
            likelihood.Evaluate(x, Data!, gradient, workspace);
    }
}
