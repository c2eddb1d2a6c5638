using NuMMGen.Fitting.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Likelihood;

/// <summary>
/// -2 ln L of a set of channels and constraints sharing parameters by name (cost terms add, as in iminuit's
/// cost module): the sum over channels of the Baker-Cousins Poisson chi^2 (<see cref="PoissonDeviance"/>)
/// plus the constraint terms (<see cref="IConstraint"/>), with its analytic gradient. Immutable and
/// thread-safe; per-thread buffers live in a <see cref="LikelihoodWorkspace"/>.
/// </summary>
public sealed class CombinedLikelihood
{
    private readonly IExpectation[] _channels;
    private readonly IConstraint[] _constraints;
    private readonly int[][] _channelIndices;
    private readonly int[] _constraintIndices;
    private readonly Dictionary<string, int> _indexByName;

    /// <summary>Builds the likelihood; every parameter a channel or constraint names must be declared.</summary>
    /// <param name="parameters">Declared parameters (their order is the order of the parameter vector).</param>
    /// <param name="channels">Channel expectations.</param>
    /// <param name="constraints">Constraints (at most one per parameter).</param>
    public CombinedLikelihood(IReadOnlyList<Parameter> parameters, IReadOnlyList<IExpectation> channels,
        IReadOnlyList<IConstraint> constraints)
    {
        Parameters = parameters.ToArray();
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Parameters.Count; i++)
            if (!_indexByName.TryAdd(Parameters[i].Name, i))
                throw new InputException($"parameter '{Parameters[i].Name}': declared twice");
        _channels = channels.ToArray();
        _constraints = constraints.ToArray();
        _channelIndices = _channels.Select(c => c.ParameterNames.Select(n => Resolve(n, "a channel")).ToArray()).ToArray();
        _constraintIndices = _constraints.Select(c => Resolve(c.Parameter, "a constraint")).ToArray();
        if (_constraintIndices.Distinct().Count() != _constraintIndices.Length)
            throw new InputException("constraints: at most one constraint per parameter (combine auxiliary measurements into one)");
    }

    /// <summary>The parameters, in the order of the parameter vector.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The channel expectations, in the order of <see cref="Dataset.Counts"/>.</summary>
    public IReadOnlyList<IExpectation> Channels => _channels;

    /// <summary>The constraints, in the order of <see cref="Dataset.Auxiliary"/>.</summary>
    public IReadOnlyList<IConstraint> Constraints => _constraints;

    /// <summary>The index of the parameter named <paramref name="name"/>; throws <see cref="InputException"/> if unknown.</summary>
    /// <param name="name">Parameter name.</param>
    public int IndexOf(string name) => Resolve(name, "the caller");

    /// <summary>The initial values of all parameters (a new array).</summary>
    public double[] InitialValues() => Parameters.Select(p => p.Initial).ToArray();

    /// <summary>
    /// Adds two likelihoods (channels and constraints concatenated, parameters shared by name; a parameter
    /// declared in both must be declared identically). Datasets concatenate in the same order.
    /// </summary>
    /// <param name="other">The likelihood to add.</param>
    public CombinedLikelihood Add(CombinedLikelihood other)
    {
        var merged = Parameters.ToList();
        foreach (var p in other.Parameters)
        {
            int i = merged.FindIndex(q => q.Name == p.Name);
            if (i < 0)
                merged.Add(p);
            else if (merged[i] != p)
                throw new InputException($"parameter '{p.Name}': declared differently in the combined likelihoods");
        }
        return new CombinedLikelihood(merged, [.. _channels, .. other._channels], [.. _constraints, .. other._constraints]);
    }

    /// <summary>Creates the per-thread buffers for <see cref="Evaluate"/>.</summary>
    public LikelihoodWorkspace CreateWorkspace() => new(_channels);

    /// <summary>
    /// -2 ln L(theta) = sum_channels 2 sum_b [mu_b - n_b + n_b ln(n_b/mu_b)] + sum_constraints term; the
    /// gradient with respect to all parameters when <paramref name="gradient"/> is not empty. Returns
    /// +infinity where an expectation is invalid (mu_b &lt;= 0 with n_b &gt; 0).
    /// </summary>
    /// <param name="theta">All parameter values.</param>
    /// <param name="data">Observed or toy data.</param>
    /// <param name="gradient">Output (length = parameter count) or empty.</param>
    /// <param name="workspace">Buffers from <see cref="CreateWorkspace"/>, used by one thread at a time.</param>
    public double Evaluate(ReadOnlySpan<double> theta, Dataset data, Span<double> gradient, LikelihoodWorkspace workspace)
    {
        bool withGradient = !gradient.IsEmpty;
        if (withGradient)
            gradient[..Parameters.Count].Clear();
        double total = 0;
        for (int c = 0; c < _channels.Length; c++)
        {
            var channel = _channels[c];
            var indices = _channelIndices[c];
            var local = workspace.Local[c];
            for (int k = 0; k < indices.Length; k++)
                local[k] = theta[indices[k]];
            var expected = workspace.Expected[c];
            var jac = withGradient ? workspace.Jacobian[c].AsSpan() : [];
            channel.Evaluate(local, expected, jac);
            var n = data.Counts[c];
            int p = indices.Length;
            for (int b = 0; b < expected.Length; b++)
            {
                total += PoissonDeviance.Term(n[b], expected[b], out double d);
                if (!withGradient || d == 0)
                    continue;
                var row = jac.Slice(b * p, p);
                for (int k = 0; k < p; k++)
                    gradient[indices[k]] += d * row[k];
            }
        }
        for (int i = 0; i < _constraints.Length; i++)
        {
            int k = _constraintIndices[i];
            total += _constraints[i].Evaluate(theta[k], data.Auxiliary[i], out double d);
            if (withGradient)
                gradient[k] += d;
        }
        return double.IsNaN(total) ? double.PositiveInfinity : total;
    }

    /// <summary>Fills <paramref name="expected"/> (one array per channel) with the expected counts at <paramref name="theta"/>.</summary>
    /// <param name="theta">All parameter values.</param>
    /// <param name="expected">Output, one array per channel of its bin count.</param>
    /// <param name="workspace">Buffers from <see cref="CreateWorkspace"/>.</param>
    public void Expected(ReadOnlySpan<double> theta, double[][] expected, LikelihoodWorkspace workspace)
    {
        for (int c = 0; c < _channels.Length; c++)
        {
            var indices = _channelIndices[c];
            var local = workspace.Local[c];
            for (int k = 0; k < indices.Length; k++)
                local[k] = theta[indices[k]];
            _channels[c].Evaluate(local, expected[c], []);
        }
    }

    /// <summary>
    /// The Asimov data set at <paramref name="theta"/> (Cowan et al., EPJC 71, 1554 (2011), sec. 3.2): counts
    /// equal to the expectations and auxiliary values equal to the constrained parameters' values.
    /// </summary>
    /// <param name="theta">All parameter values (e.g. the null hypothesis: POI 0, nuisances nominal).</param>
    public Dataset Asimov(ReadOnlySpan<double> theta)
    {
        var data = CreateDataset();
        Expected(theta, data.Counts, CreateWorkspace());
        for (int i = 0; i < _constraints.Length; i++)
            data.Auxiliary[i] = theta[_constraintIndices[i]];
        return data;
    }

    /// <summary>
    /// Overwrites <paramref name="data"/> with a toy generated at <paramref name="theta"/>: Poisson counts around
    /// the expectations and auxiliary values drawn around the constrained parameters' values.
    /// </summary>
    /// <param name="theta">Generating parameter values.</param>
    /// <param name="random">The toy's stream.</param>
    /// <param name="data">Dataset to overwrite (from <see cref="CreateDataset"/>).</param>
    /// <param name="workspace">Buffers from <see cref="CreateWorkspace"/>.</param>
    public void SampleToy(ReadOnlySpan<double> theta, RandomStream random, Dataset data, LikelihoodWorkspace workspace)
    {
        Expected(theta, data.Counts, workspace);
        foreach (var counts in data.Counts)
            for (int b = 0; b < counts.Length; b++)
                counts[b] = random.Poisson(Math.Max(counts[b], 0));
        for (int i = 0; i < _constraints.Length; i++)
            data.Auxiliary[i] = _constraints[i].SampleAuxiliary(theta[_constraintIndices[i]], random);
    }

    /// <summary>An empty dataset of the right shape, auxiliary values at the constraints' nominal values.</summary>
    public Dataset CreateDataset() =>
        new(_channels.Select(c => new double[c.BinCount]).ToArray(), _constraints.Select(c => c.Nominal).ToArray());

    private int Resolve(string name, string who) =>
        _indexByName.TryGetValue(name, out int i)
            ? i
            : throw new InputException($"parameter '{name}' used by {who} is not declared");
}

/// <summary>Per-thread buffers of a <see cref="CombinedLikelihood"/>: local parameter values, expectations and Jacobians per channel.</summary>
public sealed class LikelihoodWorkspace
{
    internal LikelihoodWorkspace(IReadOnlyList<IExpectation> channels)
    {
        Local = channels.Select(c => new double[c.ParameterNames.Count]).ToArray();
        Expected = channels.Select(c => new double[c.BinCount]).ToArray();
        Jacobian = channels.Select(c => new double[c.BinCount * c.ParameterNames.Count]).ToArray();
    }

    internal double[][] Local { get; }

    internal double[][] Expected { get; }

    internal double[][] Jacobian { get; }
}
