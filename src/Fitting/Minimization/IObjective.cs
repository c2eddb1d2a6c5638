namespace NuMMGen.Fitting.Minimization;

/// <summary>A smooth objective (e.g. -2 ln L) with an analytic gradient.</summary>
public interface IObjective
{
    /// <summary>Number of variables.</summary>
    int Dimension { get; }

    /// <summary>
    /// The value at <paramref name="x"/> and its gradient (into <paramref name="gradient"/>, length
    /// <see cref="Dimension"/>). Returns +infinity (or NaN) where the objective is undefined.
    /// </summary>
    /// <param name="x">The point.</param>
    /// <param name="gradient">Output gradient.</param>
    double Evaluate(ReadOnlySpan<double> x, Span<double> gradient);
}

/// <summary>Options of <see cref="BoundedNewtonMinimizer"/>.</summary>
/// <param name="Tolerance">Convergence when the estimated distance to the minimum, edm = g^T H^-1 g / 2 over the free
/// variables, is below this (in units of the objective; for -2 ln L, 1e-6 is far below the 0.5 that changes a 1-sigma error).</param>
/// <param name="MaxIterations">Newton iterations before giving up (the result then reports not converged).</param>
/// <param name="RelativeStep">Finite-difference step for the Hessian, relative to max(|x_i|, scale_i).</param>
public sealed record MinimizerOptions(double Tolerance = 1e-6, int MaxIterations = 200, double RelativeStep = 1e-6);

/// <summary>The outcome of a minimisation.</summary>
/// <param name="Converged">True when edm &lt; tolerance with a positive-definite Hessian on the free variables.</param>
/// <param name="Value">Objective at the minimum.</param>
/// <param name="Edm">Estimated distance to the minimum, g^T H^-1 g / 2 over the free variables.</param>
/// <param name="Iterations">Newton iterations taken.</param>
/// <param name="Evaluations">Objective-and-gradient evaluations (including those for the Hessian).</param>
public readonly record struct MinimizerResult(bool Converged, double Value, double Edm, int Iterations, int Evaluations);
