using System.Numerics;
using static NuMMGen.Physics.Numerics.LaneMath;

namespace NuMMGen.Physics.Numerics;

/// <summary>
/// sin x and cos x together without a libm call, lane by lane on <see cref="Vector{T}"/>, for the nuclear form factors
/// (evaluated for several sampling attempts or quadrature nodes at once). Every lane's result depends on that lane's
/// argument alone, so a value is the same whatever its neighbours (which <see cref="Vector.SinCos(Vector{double})"/> does
/// not guarantee: its result for one lane changes with the range of the others). Method (Cody and Waite, Software
/// Manual for the Elementary Functions, 1980, ch. 8; Muller, Elementary Functions, 3rd ed., 2016, sections 11.1-11.2):
/// k = round(2x/pi) and r = x - k pi/2 in three
/// steps, with pi/2 split into P1 + P2 + P3 where P1 and P2 carry 33 significant bits, so k P1 and k P2 are exact for
/// |k| &lt; 2^20 and r is correct to far below one ulp; then the Taylor series of sin r (to r^15) and cos r (to r^16) on
/// |r| &lt;= pi/4, whose first omitted terms, r^17/17! and r^18/18!, are below 6.5e-17 relative there. The quadrant
/// k mod 4 maps (sin r, cos r) to (sin x, cos x) by a swap (k odd) and sign flips (k mod 4 = 2 or 3 for the sine, 1 or 2
/// for the cosine), without branches. The result agrees with <see cref="Math.SinCos"/> to a few ulp (tested); a lane
/// beyond |x| = <see cref="ReductionLimit"/>, or not finite, is <see cref="Math.SinCos"/>'s.
/// </summary>
internal static class SinCosKernel
{
    /// <summary>Largest |x| reduced here; larger arguments go to <see cref="Math.SinCos"/>.</summary>
    public const double ReductionLimit = 1e5;

    // 2/pi and pi/2 = P1 + P2 + P3 (P1, P2: 33 significant bits; the three from 80-digit pi, rounded to nearest).
    private const double TwoOverPi = 0.6366197723675814;
    private const double P1 = 1.5707963267341256;
    private const double P2 = 6.077100506303966e-11;
    private const double P3 = 2.0222662487959506e-21;

    // (-1)^n / (2n + 1)! and (-1)^n / (2n)!, n = 1..8.
    private const double S3 = -1.0 / 6, S5 = 1.0 / 120, S7 = -1.0 / 5040, S9 = 1.0 / 362880, S11 = -1.0 / 39916800,
        S13 = 1.0 / 6227020800, S15 = -1.0 / 1307674368000;
    private const double C2 = -0.5, C4 = 1.0 / 24, C6 = -1.0 / 720, C8 = 1.0 / 40320, C10 = -1.0 / 3628800,
        C12 = 1.0 / 479001600, C14 = -1.0 / 87178291200, C16 = 1.0 / 20922789888000;

    /// <summary>(sin x, cos x) of one argument: one lane of <see cref="SinCos(Vector{double})"/>; NaN for NaN or infinite x.</summary>
    public static (double Sin, double Cos) SinCos(double x)
    {
        var (sin, cos) = SinCos(new Vector<double>(x));
        return (sin[0], cos[0]);
    }

    /// <summary>(sin x, cos x) lane by lane; NaN for NaN or infinite lanes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static (Vector<double> Sin, Vector<double> Cos) SinCos(Vector<double> x)
    {
        var k = Vector.Round(x * TwoOverPi);
        var r = x - k * P1 - k * P2 - k * P3;
        // Estrin's scheme with fused multiply-adds: the same polynomials as Horner's rule, in a shorter dependency chain.
        var r2 = r * r;
        Vector<double> r4 = r2 * r2, r8 = r4 * r4;
        var sinTail = Fma(r8, Fma(r4, S15, Fma(r2, S13, S11)), Fma(r4, Fma(r2, S9, S7), Fma(r2, S5, S3)));
        var sin = Vector.FusedMultiplyAdd(r * r2, sinTail, r);
        var cosTail = Fma(r8, Fma(r4, Fma(r2, C16, C14), Fma(r2, C12, C10)), Fma(r4, Fma(r2, C8, C6), Fma(r2, C4, C2)));
        var cos = Vector.FusedMultiplyAdd(r2, cosTail, Vector<double>.One);
        var quadrant = Vector.ConvertToInt64(k);
        var odd = Vector.Equals(quadrant & Vector<long>.One, Vector<long>.One).As<long, double>();
        var sinSign = Vector.ShiftLeft(quadrant & new Vector<long>(2), 62).As<long, double>();
        var cosSign = Vector.ShiftLeft((quadrant + Vector<long>.One) & new Vector<long>(2), 62).As<long, double>();
        var resultSin = Vector.Xor(Vector.ConditionalSelect(odd, cos, sin), sinSign);
        var resultCos = Vector.Xor(Vector.ConditionalSelect(odd, sin, cos), cosSign);
        var far = Vector.GreaterThan(Vector.Abs(x), new Vector<double>(ReductionLimit)) | ~Vector.Equals(x, x);
        return Vector.EqualsAll(far, Vector<long>.Zero) ? (resultSin, resultCos) : Library(x, far, resultSin, resultCos);
    }

    /// <summary>The lanes marked in <paramref name="far"/> from <see cref="Math.SinCos"/>, the others kept.</summary>
    private static (Vector<double> Sin, Vector<double> Cos) Library(Vector<double> x, Vector<long> far, Vector<double> sin, Vector<double> cos)
    {
        Span<double> s = stackalloc double[Vector<double>.Count], c = stackalloc double[Vector<double>.Count];
        sin.CopyTo(s);
        cos.CopyTo(c);
        for (var i = 0; i < s.Length; i++)
        {
            if (far[i] != 0)
                (s[i], c[i]) = Math.SinCos(x[i]);
        }
        return (new Vector<double>(s), new Vector<double>(c));
    }
}
