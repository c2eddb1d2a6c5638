using System.Numerics;

namespace NuMMGen.Physics.Oscillation;

/// <summary>
/// A 3x3 Hermitian matrix stored as its real diagonal and upper triangle (9 real numbers): the density
/// matrix of a neutrino state or a Gram matrix M^dagger M of a coupling. Value type, no allocation.
/// </summary>
public readonly struct Hermitian3
{
    private readonly double _d0, _d1, _d2;
    private readonly Complex _o01, _o02, _o12;

    /// <summary>Builds the matrix from its diagonal (real) and upper off-diagonal elements [0,1], [0,2], [1,2].</summary>
    public Hermitian3(double d0, double d1, double d2, Complex o01, Complex o02, Complex o12)
    {
        (_d0, _d1, _d2, _o01, _o02, _o12) = (d0, d1, d2, o01, o02, o12);
    }

    /// <summary>Element [j, k] (j, k in 0..2); the lower triangle is the conjugate of the upper.</summary>
    public Complex this[int j, int k] => (j, k) switch
    {
        (0, 0) => _d0,
        (1, 1) => _d1,
        (2, 2) => _d2,
        (0, 1) => _o01,
        (0, 2) => _o02,
        (1, 2) => _o12,
        (1, 0) => Complex.Conjugate(_o01),
        (2, 0) => Complex.Conjugate(_o02),
        (2, 1) => Complex.Conjugate(_o12),
        _ => throw new ArgumentOutOfRangeException(nameof(j), "indices must be 0, 1 or 2"),
    };

    /// <summary>Diagonal element [k, k] (real).</summary>
    public double Diagonal(int k) => k switch { 0 => _d0, 1 => _d1, 2 => _d2, _ => throw new ArgumentOutOfRangeException(nameof(k)) };

    /// <summary>The trace.</summary>
    public double Trace => _d0 + _d1 + _d2;

    /// <summary>A diagonal matrix.</summary>
    public static Hermitian3 Diag(double d0, double d1, double d2) => new(d0, d1, d2, 0, 0, 0);

    /// <summary>The projector a a^dagger of the column vector a = (a0, a1, a2).</summary>
    public static Hermitian3 Outer(Complex a0, Complex a1, Complex a2) => new(
        Norm(a0), Norm(a1), Norm(a2),
        a0 * Complex.Conjugate(a1), a0 * Complex.Conjugate(a2), a1 * Complex.Conjugate(a2));

    /// <summary>
    /// The Hermitian part of a general 3x3 array, (A + A^dagger)/2; for a Hermitian input it is A itself.
    /// </summary>
    public static Hermitian3 FromArray(Complex[,] a) => new(
        a[0, 0].Real, a[1, 1].Real, a[2, 2].Real,
        (a[0, 1] + Complex.Conjugate(a[1, 0])) / 2, (a[0, 2] + Complex.Conjugate(a[2, 0])) / 2,
        (a[1, 2] + Complex.Conjugate(a[2, 1])) / 2);

    /// <summary>Tr(A B) for two Hermitian matrices (real): sum_j A_jj B_jj + 2 Re sum_{j&lt;k} A_jk conj(B_jk).</summary>
    public double TraceProduct(in Hermitian3 b) =>
        _d0 * b._d0 + _d1 * b._d1 + _d2 * b._d2
        + 2.0 * (ReDot(_o01, b._o01) + ReDot(_o02, b._o02) + ReDot(_o12, b._o12));

    /// <summary>Part-wise scaling.</summary>
    public static Hermitian3 operator *(double f, in Hermitian3 a) =>
        new(f * a._d0, f * a._d1, f * a._d2, f * a._o01, f * a._o02, f * a._o12);

    /// <summary>Part-wise sum.</summary>
    public static Hermitian3 operator +(in Hermitian3 a, in Hermitian3 b) =>
        new(a._d0 + b._d0, a._d1 + b._d1, a._d2 + b._d2, a._o01 + b._o01, a._o02 + b._o02, a._o12 + b._o12);

    private static double Norm(Complex z) => z.Real * z.Real + z.Imaginary * z.Imaginary;

    // Re(x conj(y)).
    private static double ReDot(Complex x, Complex y) => x.Real * y.Real + x.Imaginary * y.Imaginary;
}
