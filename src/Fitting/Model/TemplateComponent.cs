using NuMMGen.Physics;

namespace NuMMGen.Fitting.Model;

/// <summary>
/// One additive component of a <see cref="TemplateChannel"/>: a nominal template (expected counts per bin at
/// unit normalisation), multiplied by factors of the parameters and shifted by shape variations. Immutable;
/// the <c>With...</c> methods return new components. A signal enters through parts linear in the squared
/// couplings: e.g. the magnetic part is its template times the POI mu^2, a tensor part is its template times
/// a quadratic form in the couplings (|sum_q C_q w_q|^2 for CEvNS, C_T^2 for electrons).
/// </summary>
public sealed class TemplateComponent
{
    private TemplateComponent(string name, double[] nominal, ComponentFactor[] factors, ShapeVariation[] shapes)
    {
        Name = name;
        Nominal = nominal;
        Factors = factors;
        Shapes = shapes;
    }

    /// <summary>Creates a component with its nominal template (events per bin; finite values).</summary>
    /// <param name="name">Name for messages, e.g. "magnetic" or "background_prompt_neutrons".</param>
    /// <param name="nominal">Expected counts per bin at unit factors and zero shape nuisances.</param>
    public TemplateComponent(string name, IReadOnlyList<double> nominal)
        : this(name, Validated(name, "nominal", nominal), [], [])
    {
    }

    /// <summary>Name for messages.</summary>
    public string Name { get; }

    /// <summary>Nominal template (events per bin).</summary>
    public IReadOnlyList<double> Nominal { get; }

    /// <summary>Multiplicative factors.</summary>
    public IReadOnlyList<ComponentFactor> Factors { get; }

    /// <summary>Shape variations (histosys).</summary>
    public IReadOnlyList<ShapeVariation> Shapes { get; }

    /// <summary>Returns a copy multiplied by the parameter <paramref name="parameter"/> (a normfactor: POI x = mu^2, flux norm, acceptance).</summary>
    /// <param name="parameter">The parameter's name.</param>
    public TemplateComponent ScaledBy(string parameter) =>
        new(Name, (double[])Nominal, [.. Factors, new ComponentFactor([parameter], new double[,] { { 1 } }, false)], [.. Shapes]);

    /// <summary>
    /// Returns a copy multiplied by the quadratic form sum_ij M_ij theta_i theta_j of the named parameters
    /// (e.g. the couplings C_u, C_d, C_s with M = w w^T for |sum_q C_q w_q|^2).
    /// </summary>
    /// <param name="parameters">The couplings' names.</param>
    /// <param name="matrix">Symmetric matrix, size parameters x parameters.</param>
    public TemplateComponent ScaledByQuadraticForm(IReadOnlyList<string> parameters, double[,] matrix)
    {
        int n = parameters.Count;
        if (n == 0 || matrix.GetLength(0) != n || matrix.GetLength(1) != n)
            throw new InputException($"component '{Name}': the quadratic form needs a {n}x{n} matrix");
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (!double.IsFinite(matrix[i, j]) || matrix[i, j] != matrix[j, i])
                    throw new InputException($"component '{Name}': the quadratic-form matrix must be finite and symmetric");
        return new(Name, (double[])Nominal, [.. Factors, new ComponentFactor([.. parameters], (double[,])matrix.Clone(), true)], [.. Shapes]);
    }

    /// <summary>Returns a copy with a shape nuisance interpolating between the -1 and +1 sigma templates.</summary>
    /// <param name="parameter">The shape nuisance's name (alpha, nominal 0, unit Gaussian constraint usually).</param>
    /// <param name="down">Template at alpha = -1.</param>
    /// <param name="up">Template at alpha = +1.</param>
    /// <param name="code">Interpolation code (pyhf code 0 or 4p).</param>
    public TemplateComponent WithShape(string parameter, IReadOnlyList<double> down, IReadOnlyList<double> up,
        ShapeInterpolation code = ShapeInterpolation.Polynomial4p)
    {
        var d = Validated(Name, parameter + " down", down);
        var u = Validated(Name, parameter + " up", up);
        if (d.Length != Nominal.Count || u.Length != Nominal.Count)
            throw new InputException($"component '{Name}': shape '{parameter}' templates need {Nominal.Count} bins");
        var deltaUp = new double[u.Length];
        var deltaDown = new double[u.Length];
        for (int b = 0; b < u.Length; b++)
        {
            deltaUp[b] = u[b] - Nominal[b];
            deltaDown[b] = Nominal[b] - d[b];
        }
        return new(Name, (double[])Nominal, [.. Factors], [.. Shapes, new ShapeVariation(parameter, deltaUp, deltaDown, code)]);
    }

    private static double[] Validated(string component, string what, IReadOnlyList<double> values)
    {
        var copy = values.ToArray();
        if (copy.Length == 0 || copy.Any(v => !double.IsFinite(v)))
            throw new InputException($"component '{component}': template '{what}' must be non-empty with finite values");
        return copy;
    }
}

/// <summary>
/// A multiplicative factor of a component: a single parameter (linear) or a quadratic form in several.
/// </summary>
/// <param name="Parameters">Parameter names.</param>
/// <param name="Matrix">The form's matrix ([[1]] for a linear factor).</param>
/// <param name="IsQuadratic">True for sum_ij M_ij theta_i theta_j; false for the single parameter theta_0.</param>
public sealed record ComponentFactor(IReadOnlyList<string> Parameters, double[,] Matrix, bool IsQuadratic);

/// <summary>A shape variation: the shifts up - nominal and nominal - down per bin, and the interpolation code.</summary>
/// <param name="Parameter">The shape nuisance's name.</param>
/// <param name="DeltaUp">up_b - nominal_b.</param>
/// <param name="DeltaDown">nominal_b - down_b.</param>
/// <param name="Code">Interpolation code.</param>
public sealed record ShapeVariation(string Parameter, IReadOnlyList<double> DeltaUp, IReadOnlyList<double> DeltaDown, ShapeInterpolation Code);
