namespace NuMMGen.Physics.CrossSections;

/// <summary>
/// An analytic upper bound g(T) = <see cref="Flat"/> + <see cref="OverT"/>/T of one part of dsigma/dT on a recoil
/// window [a, b] (cm^2/MeV; both coefficients &gt;= 0). It has the closed-form integral
/// Flat (b - a) + OverT ln(b/a) and an exact sampler (choose the flat or the 1/T piece in proportion to its integral,
/// then invert its CDF), which makes it a proposal for exact accept-reject sampling of T (von Neumann 1951; e.g.
/// Devroye, Non-Uniform Random Variate Generation (1986), II.3).
/// </summary>
/// <param name="Flat">Constant piece, cm^2/MeV.</param>
/// <param name="OverT">Coefficient of 1/T, cm^2.</param>
public readonly record struct PartEnvelope(double Flat, double OverT)
{
    /// <summary>The bound g(T) in cm^2/MeV at recoil <paramref name="t"/> &gt; 0 (MeV).</summary>
    public double At(double t) => OverT == 0.0 ? Flat : Flat + OverT / t;

    /// <summary>Integral of g over [<paramref name="a"/>, <paramref name="b"/>] in cm^2 (+infinity for a = 0 with a 1/T piece).</summary>
    public double Integral(double a, double b)
    {
        if (!(b > a))
            return 0.0;
        var flat = Flat * (b - a);
        return OverT == 0.0 ? flat : flat + OverT * (a > 0.0 ? Math.Log(b / a) : double.PositiveInfinity);
    }

    /// <summary>
    /// Draws T on [<paramref name="a"/>, <paramref name="b"/>] from the density g / Integral(a, b): the flat piece with
    /// probability Flat (b - a)/Integral, then T = a + u (b - a); else T = a (b/a)^u. <paramref name="choice"/> and
    /// <paramref name="u"/> are independent uniforms in [0, 1). The 1/T piece needs a &gt; 0.
    /// </summary>
    public double Sample(double a, double b, double choice, double u)
    {
        if (OverT == 0.0)
            return a + u * (b - a);
        var flat = Flat * (b - a);
        var log = Math.Log(b / a);
        return choice * (flat + OverT * log) < flat ? a + u * (b - a) : a * Math.Exp(u * log);
    }

    /// <summary>Piece-wise sum of two bounds (a bound of the sum of two parts).</summary>
    public static PartEnvelope operator +(PartEnvelope x, PartEnvelope y) => new(x.Flat + y.Flat, x.OverT + y.OverT);

    /// <summary>Scaling by a non-negative factor.</summary>
    public static PartEnvelope operator *(double f, PartEnvelope x) => new(f * x.Flat, f * x.OverT);
}

/// <summary>Upper bounds of the four non-interfering parts of dsigma/dT on a recoil window (see <see cref="PartEnvelope"/>).</summary>
/// <param name="Sm">Bound of the Standard-Model part.</param>
/// <param name="Magnetic">Bound of the magnetic-moment part.</param>
/// <param name="Tensor">Bound of the tensor part.</param>
/// <param name="Scalar">Bound of the scalar part.</param>
public readonly record struct XsecEnvelope(PartEnvelope Sm, PartEnvelope Magnetic, PartEnvelope Tensor, PartEnvelope Scalar)
{
    /// <summary>All bounds zero (an empty window).</summary>
    public static XsecEnvelope Zero => default;

    /// <summary>Part-wise sum.</summary>
    public static XsecEnvelope operator +(XsecEnvelope x, XsecEnvelope y) =>
        new(x.Sm + y.Sm, x.Magnetic + y.Magnetic, x.Tensor + y.Tensor, x.Scalar + y.Scalar);

    /// <summary>Part-wise scaling by a non-negative factor.</summary>
    public static XsecEnvelope operator *(double f, XsecEnvelope x) =>
        new(f * x.Sm, f * x.Magnetic, f * x.Tensor, f * x.Scalar);
}

/// <summary>
/// A cross section that also gives, per part, an upper bound g(T) = Flat + OverT/T of dsigma/dT valid for every
/// T in the window, for exact accept-reject sampling of the recoil energy.
/// </summary>
public interface IEnvelopedCrossSection : IRecoilCrossSection
{
    /// <summary>
    /// Bounds (cm^2/MeV) of the four parts of <see cref="IRecoilCrossSection.Differential"/> for
    /// <paramref name="flavor"/>, <paramref name="enu"/> (MeV) and <paramref name="couplings"/>, valid for all T in
    /// [max(<paramref name="tMin"/>, 0), min(<paramref name="tMax"/>, T_max(E))]; zero when that window is empty.
    /// Each implementation documents why its bound holds (provable, or a grid maximum with a margin).
    /// </summary>
    XsecEnvelope Envelope(Flavor flavor, double enu, in Couplings couplings, double tMin, double tMax);
}
