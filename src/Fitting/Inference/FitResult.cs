namespace NuMMGen.Fitting.Inference;

/// <summary>The result of one fit of a <see cref="Likelihood.CombinedLikelihood"/>.</summary>
/// <param name="Values">Best-fit parameter values (all parameters, fixed ones at their fixed values).</param>
/// <param name="MinusTwoLogL">-2 ln L at the minimum (Baker-Cousins chi^2 plus constraint terms).</param>
/// <param name="Converged">Whether the minimiser met its edm criterion.</param>
/// <param name="Edm">Estimated distance to the minimum in units of -2 ln L.</param>
/// <param name="Iterations">Newton iterations.</param>
/// <param name="Errors">Parabolic errors sqrt(V_ii), V = 2 H^-1 of -2 ln L (0 for fixed parameters); null unless requested or if H is not positive definite.</param>
/// <param name="Covariance">Row-major covariance matrix (parameter count squared); null unless requested or if H is not positive definite.</param>
public sealed record FitResult(double[] Values, double MinusTwoLogL, bool Converged, double Edm, int Iterations,
    double[]? Errors = null, double[]? Covariance = null);
