using System.Numerics;
using static NuMMGen.Physics.Numerics.LaneMath;
using System.Runtime.CompilerServices;

namespace NuMMGen.Physics.Numerics;

/// <summary>
/// The dilogarithm Li_2(x) = -int_0^x ln(1 - t)/t dt on [0, 1] lane by lane, as the BKS QED functions need it (their Spence
/// function L(x) = -Li_2(x)), from logarithms the caller already has:
/// - below x = 1/2, the Bernoulli-number series in u = -ln(1 - x) ('t Hooft and Veltman, Nucl. Phys. B 153 (1979) 365):
///   with x = 1 - e^-u, d Li_2/du = u/(e^u - 1) = sum_n B_n u^n/n!, so Li_2 = u - u^2/4 + sum_(k&gt;=1) B_2k u^(2k+1)/(2k+1)!.
///   For u &lt;= ln 2 the terms fall by (u/2 pi)^2 &lt; 0.013 each; the B_20 term is below 5e-21, so the terms up to B_20
///   give double precision (the power series sum x^k/k^2 needs about 50 at x = 1/2). Coefficients B_2k/(2k+1)! from the
///   exact fractions.
/// - above, the reflection Li_2(x) = pi^2/6 - ln x ln(1 - x) - Li_2(1 - x) (L. Lewin, Polylogarithms and Associated
///   Functions (1981), eq. 1.11), the series taken at 1 - x, whose u is -ln x.
/// So one series gives both Li_2(x) and Li_2(1 - x).
/// </summary>
internal static class DilogarithmKernel
{
    private const double PiSquaredOver6 = Math.PI * Math.PI / 6.0;

    /// <summary>Li_2(x) for one x in [0, 1] (logarithms from <see cref="LogKernel"/>): lane 0 of <see cref="Pair"/>.</summary>
    public static double Li2(double x)
    {
        var v = new Vector<double>(x);
        return Pair(v, LogKernel.Log(v), LogKernel.Log1P(-v)).AtX[0];
    }

    /// <summary>The series Li_2(1 - e^-u) alone, at x = 1 - e^-u (meant for x &lt;= 1/2, u &lt;= ln 2).</summary>
    public static double Li2Series(double x) => Series(-LogKernel.Log1P(new Vector<double>(-x)))[0];

    /// <summary>
    /// Li_2(x) and Li_2(1 - x) for x in [0, 1], given <paramref name="lnX"/> = ln x and <paramref name="ln1mX"/> = ln(1 - x)
    /// (at x = 0 or 1 the product ln x ln(1 - x) is taken as its limit, 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static (Vector<double> AtX, Vector<double> AtOneMinusX) Pair(Vector<double> x, Vector<double> lnX, Vector<double> ln1mX)
    {
        var lower = Vector.LessThanOrEqual(x, new Vector<double>(0.5));
        var series = Series(-Vector.ConditionalSelect(lower, ln1mX, lnX));
        var product = lnX * ln1mX;
        product = Vector.ConditionalSelect(Vector.Equals(product, product), product, Vector<double>.Zero);
        var reflected = new Vector<double>(PiSquaredOver6) - product - series;
        return (Vector.ConditionalSelect(lower, series, reflected), Vector.ConditionalSelect(lower, reflected, series));
    }

    /// <summary>Li_2(1 - e^-u) by the Bernoulli-number series, terms up to B_20.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static Vector<double> Series(Vector<double> u)
    {
        var w = u * u;
        // p = sum_k B_2k/(2k+1)! w^(k-1) as two chains in v = w^2 (k odd and k even), half the latency of one.
        var v = w * w;
        var odd = Fma(v, 4.518980029619918e-16, 8.921691020456452e-13);    // B_18/19!, B_14/15!
        odd = Fma(v, odd, 1.8978869988971e-09);                            // B_10/11!
        odd = Fma(v, odd, 4.72411186696901e-06);                           // B_6/7!
        odd = Fma(v, odd, 2.777777777777778e-02);                          // B_2/3! = 1/36
        var even = Fma(v, -1.0356517612181247e-17, -1.9939295860721074e-14); // B_20/21!, B_16/17!
        even = Fma(v, even, -4.0647616451442256e-11);                      // B_12/13!
        even = Fma(v, even, -9.185773074661964e-08);                       // B_8/9!
        even = Fma(v, even, -2.777777777777778e-04);                       // B_4/5! = -1/3600
        var p = Vector.FusedMultiplyAdd(w, even, odd);
        return u - 0.25 * w + u * w * p;
    }
}
