using NuMMGen.Generator.Random;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Likelihood;

/// <summary>
/// The constraint on a nuisance parameter from an auxiliary measurement a (the "global observable"): a
/// term added to -2 ln L. Toys draw a new auxiliary value around the generating parameter value
/// (the unconditional ensemble of Cowan et al., EPJC 71, 1554 (2011), sec. 2).
/// </summary>
public interface IConstraint
{
    /// <summary>Name of the constrained parameter.</summary>
    string Parameter { get; }

    /// <summary>The measured auxiliary value used with observed data (e.g. 1 for a normalisation).</summary>
    double Nominal { get; }

    /// <summary>
    /// The term in -2 ln L at parameter value <paramref name="theta"/> given auxiliary value
    /// <paramref name="auxiliary"/>, and its first derivative. Returns +infinity outside the domain.
    /// </summary>
    /// <param name="theta">Parameter value.</param>
    /// <param name="auxiliary">Auxiliary measurement.</param>
    /// <param name="derivative">d term / d theta.</param>
    double Evaluate(double theta, double auxiliary, out double derivative);

    /// <summary>Draws an auxiliary value for a toy generated at parameter value <paramref name="theta"/>.</summary>
    /// <param name="theta">Generating parameter value.</param>
    /// <param name="random">The toy's stream.</param>
    double SampleAuxiliary(double theta, RandomStream random);
}

/// <summary>Gaussian constraint: -2 ln L term ((theta - a) / sigma)^2.</summary>
public sealed class GaussianConstraint : IConstraint
{
    /// <summary>Creates the constraint; sigma must be positive.</summary>
    /// <param name="parameter">Constrained parameter's name.</param>
    /// <param name="nominal">Measured value a (e.g. 1 for a normalisation, 0 for a shape alpha).</param>
    /// <param name="sigma">Standard deviation of the auxiliary measurement (same unit as the parameter).</param>
    public GaussianConstraint(string parameter, double nominal, double sigma)
    {
        if (!(sigma > 0) || !double.IsFinite(sigma) || !double.IsFinite(nominal))
            throw new InputException($"Gaussian constraint on '{parameter}': need finite nominal and sigma > 0 (got {nominal}, {sigma})");
        Parameter = parameter;
        Nominal = nominal;
        Sigma = sigma;
    }

    /// <inheritdoc />
    public string Parameter { get; }

    /// <inheritdoc />
    public double Nominal { get; }

    /// <summary>Standard deviation of the auxiliary measurement.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public double Evaluate(double theta, double auxiliary, out double derivative)
    {
        double r = (theta - auxiliary) / Sigma;
        derivative = 2 * r / Sigma;
        return r * r;
    }

    /// <inheritdoc />
    public double SampleAuxiliary(double theta, RandomStream random) => random.Gaussian(theta, Sigma);
}

/// <summary>
/// Log-normal constraint on a positive multiplicative parameter kappa: ln a ~ N(ln kappa, s) with
/// s = ln(1 + relative uncertainty), so the -2 ln L term is ((ln kappa - ln a) / s)^2 (the likelihood of the
/// auxiliary measurement as a function of kappa; no Jacobian term, which belongs to the density of a).
/// Keeps kappa &gt; 0 and gives asymmetric uncertainties for large relative errors.
/// </summary>
public sealed class LogNormalConstraint : IConstraint
{
    /// <summary>Creates the constraint.</summary>
    /// <param name="parameter">Constrained parameter's name.</param>
    /// <param name="nominal">Measured value a (&gt; 0, usually 1).</param>
    /// <param name="relativeUncertainty">Relative uncertainty r &gt; 0; s = ln(1 + r).</param>
    public LogNormalConstraint(string parameter, double nominal, double relativeUncertainty)
    {
        if (!(nominal > 0) || !double.IsFinite(nominal) || !(relativeUncertainty > 0) || !double.IsFinite(relativeUncertainty))
            throw new InputException($"log-normal constraint on '{parameter}': need nominal > 0 and relative uncertainty > 0 (got {nominal}, {relativeUncertainty})");
        Parameter = parameter;
        Nominal = nominal;
        LogSigma = Math.Log(1 + relativeUncertainty);
    }

    /// <inheritdoc />
    public string Parameter { get; }

    /// <inheritdoc />
    public double Nominal { get; }

    /// <summary>The width s of ln kappa.</summary>
    public double LogSigma { get; }

    /// <inheritdoc />
    public double Evaluate(double theta, double auxiliary, out double derivative)
    {
        if (!(theta > 0))
        {
            derivative = 0;
            return double.PositiveInfinity;
        }
        double r = (Math.Log(theta) - Math.Log(auxiliary)) / LogSigma;
        derivative = 2 * r / (LogSigma * theta);
        return r * r;
    }

    /// <inheritdoc />
    public double SampleAuxiliary(double theta, RandomStream random) => theta * Math.Exp(LogSigma * random.Gaussian());
}
