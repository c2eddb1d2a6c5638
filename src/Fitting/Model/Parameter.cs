using NuMMGen.Physics;

namespace NuMMGen.Fitting.Model;

/// <summary>The role of a parameter in inference.</summary>
public enum ParameterKind
{
    /// <summary>A parameter of interest (e.g. mu^2 in mu_B^2, or a tensor coupling squared).</summary>
    PointOfInterest,

    /// <summary>A nuisance parameter (flux normalisation, quenching, acceptance, background norms, shapes).</summary>
    Nuisance,
}

/// <summary>
/// One fit parameter, declared once with its start value and bounds (Pythia style). Channels and constraints
/// refer to it by <see cref="Name"/>; a combined likelihood shares parameters with equal names.
/// </summary>
public sealed record Parameter
{
    /// <summary>Declares a parameter; throws <see cref="InputException"/> on inconsistent bounds.</summary>
    /// <param name="name">Unique name, e.g. "mu2" or "flux_sns".</param>
    /// <param name="initial">Start value of fits and nominal value of toys; within the bounds.</param>
    /// <param name="lower">Lower bound (may be <see cref="double.NegativeInfinity"/>).</param>
    /// <param name="upper">Upper bound (may be <see cref="double.PositiveInfinity"/>).</param>
    /// <param name="kind">Parameter of interest or nuisance.</param>
    /// <param name="isFixed">Whether fits keep it at <paramref name="initial"/>.</param>
    /// <param name="stepScale">Typical scale of variations (used for finite-difference steps and brackets); positive.</param>
    public Parameter(string name, double initial, double lower = double.NegativeInfinity,
        double upper = double.PositiveInfinity, ParameterKind kind = ParameterKind.Nuisance,
        bool isFixed = false, double stepScale = 1.0)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new InputException("parameter name: must not be empty");
        if (double.IsNaN(lower) || double.IsNaN(upper) || !(lower < upper))
            throw new InputException($"parameter '{name}': lower bound {lower} must be below upper bound {upper}");
        if (!double.IsFinite(initial) || initial < lower || initial > upper)
            throw new InputException($"parameter '{name}': initial value {initial} must be finite and within [{lower}, {upper}]");
        if (!(stepScale > 0) || !double.IsFinite(stepScale))
            throw new InputException($"parameter '{name}': step scale {stepScale} must be positive and finite");
        Name = name;
        Initial = initial;
        Lower = lower;
        Upper = upper;
        Kind = kind;
        IsFixed = isFixed;
        StepScale = stepScale;
    }

    /// <summary>Unique name; channels and constraints refer to the parameter by it.</summary>
    public string Name { get; init; }

    /// <summary>Start value of fits and nominal value used for Asimov data and toys.</summary>
    public double Initial { get; init; }

    /// <summary>Lower bound (inclusive).</summary>
    public double Lower { get; init; }

    /// <summary>Upper bound (inclusive).</summary>
    public double Upper { get; init; }

    /// <summary>Parameter of interest or nuisance.</summary>
    public ParameterKind Kind { get; init; }

    /// <summary>Whether fits keep the parameter at <see cref="Initial"/>.</summary>
    public bool IsFixed { get; init; }

    /// <summary>Typical scale of variations: finite-difference steps and limit brackets start from it.</summary>
    public double StepScale { get; init; }

    /// <summary>A parameter of interest bounded below by 0 (mu^2 &gt;= 0, |C|^2 &gt;= 0).</summary>
    /// <param name="name">Name, e.g. "mu2".</param>
    /// <param name="stepScale">Typical size of the POI (order of its expected limit).</param>
    /// <param name="upper">Upper bound.</param>
    public static Parameter PhysicalPoi(string name, double stepScale, double upper = double.PositiveInfinity) =>
        new(name, 0.0, 0.0, upper, ParameterKind.PointOfInterest, false, stepScale);

    /// <summary>A multiplicative nuisance (normalisation) with nominal 1, bounded to [0, upper].</summary>
    /// <param name="name">Name, e.g. "flux_sns".</param>
    /// <param name="relativeUncertainty">Typical relative size (step scale).</param>
    /// <param name="upper">Upper bound.</param>
    public static Parameter Normalisation(string name, double relativeUncertainty, double upper = 10.0) =>
        new(name, 1.0, 0.0, upper, ParameterKind.Nuisance, false, relativeUncertainty);

    /// <summary>A shape nuisance alpha in units of its +-1 sigma templates (nominal 0, bounds +-5).</summary>
    /// <param name="name">Name, e.g. "qf_shape".</param>
    public static Parameter Shape(string name) => new(name, 0.0, -5.0, 5.0, ParameterKind.Nuisance, false, 1.0);
}
