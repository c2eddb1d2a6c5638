using NuMMGen.Physics;

namespace NuMMGen.Fitting.Model;

/// <summary>
/// A channel whose expectation is a sum of template components:
/// mu_b(theta) = sum_c F_c(theta) [T_c,b + sum_s Delta_c,s,b(alpha_s)], with F_c the product of the component's
/// factors (normalisations, the POI, quadratic forms in couplings) and Delta the histosys shifts
/// (<see cref="ShapeInterpolation"/>). Analytic Jacobian. Immutable and thread-safe.
/// </summary>
public sealed class TemplateChannel : IExpectation
{
    private readonly CompiledComponent[] _components;
    private readonly string[] _parameterNames;
    private readonly int _maxShapes;

    /// <summary>Builds the channel; all components must have the same number of bins.</summary>
    /// <param name="name">Channel name, e.g. "coherent_csi_pe_time".</param>
    /// <param name="components">The additive components.</param>
    public TemplateChannel(string name, IReadOnlyList<TemplateComponent> components)
    {
        if (components.Count == 0)
            throw new InputException($"channel '{name}': needs at least one component");
        Name = name;
        BinCount = components[0].Nominal.Count;
        var names = new List<string>();
        int IndexOf(string p)
        {
            int i = names.IndexOf(p);
            if (i >= 0)
                return i;
            names.Add(p);
            return names.Count - 1;
        }
        _components = new CompiledComponent[components.Count];
        for (int c = 0; c < components.Count; c++)
        {
            var comp = components[c];
            if (comp.Nominal.Count != BinCount)
                throw new InputException($"channel '{name}': component '{comp.Name}' has {comp.Nominal.Count} bins, expected {BinCount}");
            var factors = comp.Factors.Select(f => new CompiledFactor(
                f.Parameters.Select(IndexOf).ToArray(), f.Matrix, f.IsQuadratic)).ToArray();
            var shapes = comp.Shapes.Select(s => new CompiledShape(
                IndexOf(s.Parameter), s.DeltaUp.ToArray(), s.DeltaDown.ToArray(), s.Code)).ToArray();
            _components[c] = new CompiledComponent(comp.Nominal.ToArray(), factors, shapes);
        }
        _parameterNames = [.. names];
        _maxShapes = _components.Max(c => c.Shapes.Length);
    }

    /// <summary>Channel name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public int BinCount { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> ParameterNames => _parameterNames;

    /// <inheritdoc />
    public void Evaluate(ReadOnlySpan<double> values, Span<double> expected, Span<double> jacobian)
    {
        int p = _parameterNames.Length;
        bool withJacobian = !jacobian.IsEmpty;
        expected[..BinCount].Clear();
        if (withJacobian)
            jacobian[..(BinCount * p)].Clear();
        Span<double> dF = p <= 64 ? stackalloc double[p] : new double[p];
        Span<(double Cu, double Cd, double DCu, double DCd)> coefficients = _maxShapes <= 32
            ? stackalloc (double, double, double, double)[_maxShapes]
            : new (double, double, double, double)[_maxShapes];
        foreach (var comp in _components)
        {
            double f = FactorAndGradient(comp.Factors, values, dF);
            var nom = comp.Nominal;
            var shapes = comp.Shapes;
            var coef = coefficients[..shapes.Length];
            for (int i = 0; i < shapes.Length; i++)
                coef[i] = ShapeInterpolationCoefficients.At(shapes[i].Code, values[shapes[i].Index]);
            for (int b = 0; b < nom.Length; b++)
            {
                double t = nom[b];
                for (int i = 0; i < shapes.Length; i++)
                    t += coef[i].Cu * shapes[i].DeltaUp[b] + coef[i].Cd * shapes[i].DeltaDown[b];
                expected[b] += f * t;
                if (!withJacobian)
                    continue;
                var row = jacobian.Slice(b * p, p);
                foreach (var factor in comp.Factors)
                    foreach (int k in factor.Indices)
                        row[k] += dF[k] * t;
                for (int i = 0; i < shapes.Length; i++)
                    row[shapes[i].Index] += f * (coef[i].DCu * shapes[i].DeltaUp[b] + coef[i].DCd * shapes[i].DeltaDown[b]);
            }
        }
    }

    // F = prod_f g_f and dF/dtheta_k (into dF, entries of the component's parameters only; a parameter
    // appearing in two factors accumulates both terms). Products of the other factors are formed directly
    // (no division), so a factor equal to 0 (the POI at the boundary) is handled exactly.
    private static double FactorAndGradient(CompiledFactor[] factors, ReadOnlySpan<double> values, Span<double> dF)
    {
        foreach (var factor in factors)
            foreach (int k in factor.Indices)
                dF[k] = 0;
        int n = factors.Length;
        Span<double> g = n <= 16 ? stackalloc double[n] : new double[n];
        double total = 1;
        for (int i = 0; i < n; i++)
        {
            g[i] = factors[i].Value(values);
            total *= g[i];
        }
        for (int i = 0; i < n; i++)
        {
            double others = 1;
            for (int j = 0; j < n; j++)
                if (j != i)
                    others *= g[j];
            factors[i].AddGradient(values, others, dF);
        }
        return total;
    }

    private sealed record CompiledComponent(double[] Nominal, CompiledFactor[] Factors, CompiledShape[] Shapes);

    private sealed record CompiledShape(int Index, double[] DeltaUp, double[] DeltaDown, ShapeInterpolation Code);

    private sealed class CompiledFactor(int[] indices, double[,] matrix, bool isQuadratic)
    {
        public int[] Indices { get; } = indices;

        public double Value(ReadOnlySpan<double> v)
        {
            if (!isQuadratic)
                return v[Indices[0]];
            double sum = 0;
            for (int i = 0; i < Indices.Length; i++)
                for (int j = 0; j < Indices.Length; j++)
                    sum += matrix[i, j] * v[Indices[i]] * v[Indices[j]];
            return sum;
        }

        // dF_k += scale * d g / d theta_k; for the form, d/dtheta_i = 2 sum_j M_ij theta_j (M symmetric).
        public void AddGradient(ReadOnlySpan<double> v, double scale, Span<double> dF)
        {
            if (!isQuadratic)
            {
                dF[Indices[0]] += scale;
                return;
            }
            for (int i = 0; i < Indices.Length; i++)
            {
                double s = 0;
                for (int j = 0; j < Indices.Length; j++)
                    s += matrix[i, j] * v[Indices[j]];
                dF[Indices[i]] += 2 * scale * s;
            }
        }
    }
}
