using System.Numerics;
using NuMMGen.Physics.Numerics;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections.Coherent;

/// <summary>
/// Nuclear form factors F(q) normalised to F(0) = 1, as functions of the momentum transfer q in MeV
/// (converted to fm^-1 with hbar c). The mass number A fixes the radius parameters. Every form factor is evaluated
/// lane-wise on <see cref="Vector{T}"/> (the event sampler evaluates several attempts at once); the scalar functions
/// evaluate one lane of the same code, so a value is the same bit for bit whichever way it is asked for.
/// </summary>
public static class NuclearFormFactor
{
    /// <summary>Helm skin thickness s = 0.9 fm (Lewin and Smith 1996).</summary>
    public const double HelmSkinFm = 0.9;

    /// <summary>Helm parameter a = 0.52 fm (Lewin and Smith 1996).</summary>
    public const double HelmAFm = 0.52;

    /// <summary>Klein-Nystrand Yukawa range a_k = 0.7 fm (Klein and Nystrand 1999).</summary>
    public const double KleinNystrandRangeFm = 0.7;

    /// <summary>hbar c in MeV fm: q[fm^-1] = q[MeV] / HbarCMeVFm.</summary>
    public const double HbarCMeVFm = PhysicalConstants.HbarC / (Units.Units.MeV * Units.Units.Fm);

    /// <summary>
    /// Helm radius R0 in fm (Lewin and Smith 1996, section 4):
    /// R0^2 = c^2 + (7/3) pi^2 a^2 - 5 s^2, c = 1.23 A^(1/3) - 0.60 fm, a = 0.52 fm, s = 0.9 fm.
    /// </summary>
    public static double HelmRadiusFm(int massNumber)
    {
        var c = 1.23 * Math.Cbrt(massNumber) - 0.60;
        return Math.Sqrt(c * c + 7.0 / 3.0 * Math.PI * Math.PI * HelmAFm * HelmAFm - 5.0 * HelmSkinFm * HelmSkinFm);
    }

    /// <summary>Klein-Nystrand hard-sphere radius R_A = 1.2 A^(1/3) fm.</summary>
    public static double KleinNystrandRadiusFm(int massNumber) => 1.2 * Math.Cbrt(massNumber);

    /// <summary>
    /// Helm form factor F(q) = 3 j_1(q R0)/(q R0) exp(-q^2 s^2 / 2) (Lewin and Smith 1996, section 4):
    /// a uniform sphere of radius R0 folded with a Gaussian of width s. <paramref name="qMeV"/> >= 0 in MeV.
    /// </summary>
    public static double Helm(double qMeV, int massNumber)
    {
        return HelmWithRadius(qMeV / HbarCMeVFm, HelmRadiusFm(massNumber));
    }

    /// <summary>Helm form factor for q in fm^-1 and a precomputed radius R0 in fm.</summary>
    internal static double HelmWithRadius(double qFm, double r0Fm) => HelmWithRadius(new Vector<double>(qFm), r0Fm)[0];

    /// <summary>
    /// <see cref="HelmWithRadius(double, double)"/> lane by lane; the Gaussian factor from <see cref="ExpKernel"/> (within one
    /// ulp of <see cref="Math.Exp"/>, lane by lane; tested), its exponent held at -700 or above (F = 0 in double precision
    /// there either way).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static Vector<double> HelmWithRadius(Vector<double> qFm, double r0Fm) =>
        3.0 * SphericalJ1OverX(qFm * r0Fm) * ExpKernel.Exp(Vector.Max(-0.5 * HelmSkinFm * HelmSkinFm * (qFm * qFm), new Vector<double>(-700.0)));

    /// <summary>
    /// Klein-Nystrand form factor F(q) = 3 j_1(q R_A)/(q R_A) / (1 + q^2 a_k^2) (Klein and Nystrand 1999):
    /// a hard sphere of radius R_A folded with a Yukawa potential of range a_k. <paramref name="qMeV"/> in MeV.
    /// </summary>
    public static double KleinNystrand(double qMeV, int massNumber)
    {
        return KleinNystrandWithRadius(qMeV / HbarCMeVFm, KleinNystrandRadiusFm(massNumber));
    }

    /// <summary>Klein-Nystrand form factor for q in fm^-1 and a precomputed radius R_A in fm.</summary>
    internal static double KleinNystrandWithRadius(double qFm, double radiusFm) => KleinNystrandWithRadius(new Vector<double>(qFm), radiusFm)[0];

    /// <summary><see cref="KleinNystrandWithRadius(double, double)"/> lane by lane.</summary>
    internal static Vector<double> KleinNystrandWithRadius(Vector<double> qFm, double radiusFm) =>
        3.0 * SphericalJ1OverX(qFm * radiusFm) / (Vector<double>.One + KleinNystrandRangeFm * KleinNystrandRangeFm * (qFm * qFm));

    /// <summary>F(q) of the chosen <paramref name="model"/> (1 for <see cref="FormFactorModel.None"/>).</summary>
    public static double Evaluate(FormFactorModel model, double qMeV, int massNumber) => model switch
    {
        FormFactorModel.Helm => Helm(qMeV, massNumber),
        FormFactorModel.KleinNystrand => KleinNystrand(qMeV, massNumber),
        FormFactorModel.None => 1.0,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown form factor model."),
    };

    /// <summary>
    /// j_1(x)/x = (sin x - x cos x)/x^3, with its Taylor series for |x| &lt; 0.5 where the closed form loses
    /// digits to cancellation (series error below 1e-14 there). Equals 1/3 at x = 0. One lane of
    /// <see cref="SphericalJ1OverX(Vector{double})"/>.
    /// </summary>
    public static double SphericalJ1OverX(double x) => SphericalJ1OverX(new Vector<double>(x))[0];

    /// <summary>
    /// <see cref="SphericalJ1OverX(double)"/> lane by lane: both the series and the closed form are evaluated and each
    /// lane takes the one for its |x|. Sine and cosine from <see cref="SinCosKernel"/> (lane by lane, a few ulp from
    /// <see cref="Math.SinCos"/>; tested).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> SphericalJ1OverX(Vector<double> x)
    {
        var x2 = x * x;
        // sum_k (-1)^k x^(2k) / ((2k)!! (2k+3)!!), k = 0..5
        var series = new Vector<double>(1.0 / 3.0) + x2 * (new Vector<double>(-1.0 / 30.0) + x2 * (new Vector<double>(1.0 / 840.0)
            + x2 * (new Vector<double>(-1.0 / 45360.0) + x2 * (new Vector<double>(1.0 / 3991680.0) - x2 / 518918400.0))));
        var (sin, cos) = SinCosKernel.SinCos(x);
        var closed = (sin - x * cos) / (x2 * x);
        return Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(x), new Vector<double>(0.5)), series, closed);
    }
}
