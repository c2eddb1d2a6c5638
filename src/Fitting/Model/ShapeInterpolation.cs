namespace NuMMGen.Fitting.Model;

/// <summary>
/// Vertical template interpolation for a shape nuisance alpha between the -1, 0, +1 sigma templates
/// (HistFactory "histosys": K. Cranmer et al., CERN-OPEN-2012-016; codes as in pyhf's interpolators).
/// The shift of each bin is Delta_b(alpha) = cu(alpha) (up_b - nom_b) + cd(alpha) (nom_b - down_b).
/// </summary>
public enum ShapeInterpolation
{
    /// <summary>Code 0: piecewise linear, Delta = alpha (up - nom) for alpha &gt;= 0, alpha (nom - down) below.</summary>
    PiecewiseLinear,

    /// <summary>
    /// Code 4p: for |alpha| &lt;= 1 the sixth-order polynomial Delta = alpha S + alpha^2 (15 + alpha^2 (3 alpha^2 - 10)) A
    /// with S = (du + dd)/2, A = (du - dd)/16 (continuous first derivative at 0 and +-1); linear outside.
    /// </summary>
    Polynomial4p,
}

/// <summary>The interpolation coefficients (cu, cd) of <see cref="ShapeInterpolation"/> and their derivatives.</summary>
public static class ShapeInterpolationCoefficients
{
    /// <summary>
    /// Coefficients of Delta_b = cu (up_b - nom_b) + cd (nom_b - down_b) at <paramref name="alpha"/>, with
    /// their derivatives with respect to alpha.
    /// </summary>
    /// <param name="code">The interpolation code.</param>
    /// <param name="alpha">The shape nuisance in units of its +-1 sigma templates.</param>
    public static (double Cu, double Cd, double DCu, double DCd) At(ShapeInterpolation code, double alpha)
    {
        if (code == ShapeInterpolation.PiecewiseLinear || Math.Abs(alpha) > 1)
            return alpha >= 0 ? (alpha, 0, 1, 0) : (0, alpha, 0, 1);
        double a2 = alpha * alpha;
        double w = a2 * (15 + a2 * (3 * a2 - 10));
        double dw = alpha * (30 + a2 * (18 * a2 - 40));
        return (alpha / 2 + w / 16, alpha / 2 - w / 16, 0.5 + dw / 16, 0.5 - dw / 16);
    }
}
