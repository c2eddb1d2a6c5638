using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// The QED correction functions of Bahcall, Kamionkowski and Sirlin, PRD 51, 6146 (1995), App. B, for the
/// recoil-electron spectrum: z = T/E_nu, electron total energy E_e = T + m_e, momentum l = sqrt(E_e^2 - m_e^2),
/// velocity beta = l/E_e, and the Spence function L(x) = int_0^x ln|1 - t|/t dt = -Li_2(x).
/// With A = (E_e/l) ln((E_e + l)/m_e) - 1 = artanh(beta)/beta - 1 and D = 2 ln(1 - z - m_e/(E_e + l)):
/// <code>
/// f_-  = A [D - ln(1-z) - ln(z)/2 - 5/12] + [L(z) - L(beta)]/2 - ln^2(1-z)/2 - (11/12 + z/2) ln(1-z)
///        + z [ln z + ln(2E_nu/m_e)/2] - (31/18 + ln(z)/12) beta - 11 z/12 + z^2/24
/// (1-z)^2 f_+ = A {(1-z)^2 [D - ln(1-z) - ln(z)/2 - 2/3] - (z^2 ln z + 1 - z)/2}
///        - (1-z)^2/2 [ln^2(1-z) + beta (L(1-z) - ln z ln(1-z))] + ln(1-z) [z^2 ln(z)/2 + (1-z)(2z - 1/2)/3]
///        - z^2 L(1-z)/2 - z(1-2z) ln(z)/3 - z(1-z)/6 - (beta/12)[ln z + (1-z)(115 - 109 z)/6]
/// f_+- = A D
/// </code>
/// </summary>
internal readonly record struct QedFunctions(double Minus, double PlusTimesOneMinusZSquared, double PlusMinus)
{
    /// <summary>Evaluates the three functions at neutrino energy <paramref name="enu"/> and recoil <paramref name="t"/> (MeV).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static QedFunctions At(double enu, double t)
    {
        var m = ElectronMass;
        var z = t / enu;
        var energy = t + m;
        var l = Math.Sqrt(t * (t + 2.0 * m));
        var beta = l / energy;
        var a = ArtanhOverXMinusOne(beta);
        // 1 - z - m/(E+l) vanishes at T_max (soft-photon end point); clamp rounding below zero.
        var d = 2.0 * Math.Log(Math.Max(1.0 - z - m / (energy + l), double.Epsilon));
        var lnZ = Math.Log(z);
        var ln1mZ = NumericMath.Log1P(-z);
        var oneMinusZ = 1.0 - z;
        var l1mZ = Spence(oneMinusZ);

        var minus = a * (d - ln1mZ - 0.5 * lnZ - 5.0 / 12.0)
                    + 0.5 * (Spence(z) - Spence(beta))
                    - 0.5 * ln1mZ * ln1mZ
                    - (11.0 / 12.0 + 0.5 * z) * ln1mZ
                    + z * (lnZ + 0.5 * Math.Log(2.0 * enu / m))
                    - (31.0 / 18.0 + lnZ / 12.0) * beta
                    - 11.0 / 12.0 * z + z * z / 24.0;

        var plus = a * (oneMinusZ * oneMinusZ * (d - ln1mZ - 0.5 * lnZ - 2.0 / 3.0) - 0.5 * (z * z * lnZ + 1.0 - z))
                   - 0.5 * oneMinusZ * oneMinusZ * (ln1mZ * ln1mZ + beta * (l1mZ - lnZ * ln1mZ))
                   + ln1mZ * (0.5 * z * z * lnZ + oneMinusZ / 3.0 * (2.0 * z - 0.5))
                   - 0.5 * z * z * l1mZ
                   - z * (1.0 - 2.0 * z) / 3.0 * lnZ
                   - z * oneMinusZ / 6.0
                   - beta / 12.0 * (lnZ + oneMinusZ * (115.0 - 109.0 * z) / 6.0);

        return new QedFunctions(minus, plus, a * d);
    }

    /// <summary>artanh(b)/b - 1 = b^2/3 + b^4/5 + ..., by series for small b.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static double ArtanhOverXMinusOne(double b)
    {
        if (b > 0.2)
        {
            return Math.Atanh(b) / b - 1.0;
        }
        double b2 = b * b, power = 1.0, sum = 0.0;
        for (var k = 1; k < 60; k++)
        {
            power *= b2;
            var term = power / (2 * k + 1);
            sum += term;
            if (term <= 1e-17 * sum)
            {
                break;
            }
        }
        return sum;
    }

    /// <summary>BKS Spence function L(x) = int_0^x ln|1-t|/t dt = -Li_2(x), for 0 &lt;= x &lt;= 1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static double Spence(double x)
    {
        if (x <= 0.5)
        {
            return -Li2Series(x);
        }
        // Li_2(x) = pi^2/6 - ln(x) ln(1-x) - Li_2(1-x)
        var lnProduct = x < 1.0 ? Math.Log(x) * NumericMath.Log1P(-x) : 0.0;
        return -(Math.PI * Math.PI / 6.0 - lnProduct - Li2Series(1.0 - x));
    }

    /// <summary>
    /// Li_2(x) for 0 &lt;= x &lt;= 1/2 by the Bernoulli-number series in u = -ln(1 - x) ('t Hooft and Veltman,
    /// Nucl. Phys. B 153 (1979) 365): with x = 1 - e^-u, d Li_2/du = u/(e^u - 1) = sum_n B_n u^n/n!, so
    /// Li_2(x) = sum_(n&gt;=0) B_n u^(n+1)/(n+1)! = u - u^2/4 + sum_(k&gt;=1) B_2k u^(2k+1)/(2k+1)!. For u &lt;= ln 2 the
    /// terms fall by (u/2 pi)^2 &lt; 0.013 each; the B_20 term is below 5e-21, so the terms up to B_20 give double
    /// precision (the power series sum x^k/k^2 needs about 50 at x = 1/2). Coefficients B_2k/(2k+1)! from the exact fractions.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static double Li2Series(double x)
    {
        var u = -NumericMath.Log1P(-x);
        var w = u * u;
        var p = -1.0356517612181247e-17;       // B_20 / 21!
        p = p * w + 4.518980029619918e-16;     // B_18 / 19!
        p = p * w - 1.9939295860721074e-14;    // B_16 / 17!
        p = p * w + 8.921691020456452e-13;     // B_14 / 15!
        p = p * w - 4.0647616451442256e-11;    // B_12 / 13!
        p = p * w + 1.8978869988971e-09;       // B_10 / 11!
        p = p * w - 9.185773074661964e-08;     // B_8 / 9!
        p = p * w + 4.72411186696901e-06;      // B_6 / 7!
        p = p * w - 2.777777777777778e-04;     // B_4 / 5! = -1/3600
        p = p * w + 2.777777777777778e-02;     // B_2 / 3! = 1/36
        return u - 0.25 * w + u * w * p;
    }
}
