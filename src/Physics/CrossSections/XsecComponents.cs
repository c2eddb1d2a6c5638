namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// A cross section split into its non-interfering parts: Standard Model, magnetic moment (dipole),
/// tensor and scalar. For massless neutrinos the BSM parts flip chirality and so do not interfere with
/// the SM (docs physics.md section 2); each part scales with its own coupling squared, which is what
/// makes reweighting to any hypothesis exact. Units are those of the producing method (cm^2 for totals,
/// cm^2/MeV for dsigma/dT).
/// </summary>
public readonly record struct XsecComponents(double Sm, double Magnetic, double Tensor, double Scalar)
{
    /// <summary>All parts zero.</summary>
    public static XsecComponents Zero => default;

    /// <summary>Sum of the four parts.</summary>
    public double Sum => Sm + Magnetic + Tensor + Scalar;

    /// <summary>Part-wise sum.</summary>
    public static XsecComponents operator +(XsecComponents a, XsecComponents b) =>
        new(a.Sm + b.Sm, a.Magnetic + b.Magnetic, a.Tensor + b.Tensor, a.Scalar + b.Scalar);

    /// <summary>Part-wise scaling.</summary>
    public static XsecComponents operator *(double f, XsecComponents a) =>
        new(f * a.Sm, f * a.Magnetic, f * a.Tensor, f * a.Scalar);
}
