using NuMMGen.Physics.CrossSections;
using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>
/// An independent one-point evaluation of the BKS cross section (Bahcall, Kamionkowski and Sirlin, PRD 51, 6146 (1995)),
/// written straight from the paper's formulas with the C library's logarithms: each Spence function by itself (the power
/// series of Li_2 summed smallest first below 1/2, the reflection above), A = (E_e/l) ln((E_e + l)/m_e) - 1 as BKS write it (by its
/// series artanh(b)/b - 1 = sum b^(2k)/(2k + 1) below beta = 0.2), and the loop function I(T) by its closed form or its
/// series summed to convergence. The program's
/// lanes (<see cref="Physics.CrossSections.ElectronScattering.BksTermLanes"/>) arrange the same formulas differently (shared
/// logarithms, one dilogarithm series for z and 1 - z, fixed polynomials), so agreement checks both.
/// </summary>
internal static class BksScalarReference
{
    /// <summary>The QED functions f_-, (1 - z)^2 f_+, f_+- of BKS App. B at (E, T).</summary>
    public static (double Minus, double PlusTimesOneMinusZSquared, double PlusMinus) Qed(double enu, double t)
    {
        var m = ElectronMass;
        var z = t / enu;
        var energy = t + m;
        var l = Math.Sqrt(t * (t + 2.0 * m));
        var beta = l / energy;
        var a = beta > 0.2 ? energy / l * Math.Log((energy + l) / m) - 1.0 : ArtanhOverXMinusOne(beta);
        var d = 2.0 * Math.Log(Math.Max(1.0 - z - m / (energy + l), double.Epsilon));
        var lnZ = Math.Log(z);
        var ln1mZ = Log1P(-z);
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
        return (minus, plus, a * d);
    }

    /// <summary>I(T) = (1/6)[1/3 + (3 - x^2)((x/2) ln((x+1)/(x-1)) - 1)], x^2 = 1 + 2 m_e/T; its series for x^2 &gt;= 2.</summary>
    public static double LoopFunctionI(double t)
    {
        var y2 = t / (t + 2.0 * ElectronMass);
        if (y2 > 0.5)
        {
            var x = 1.0 / Math.Sqrt(y2);
            return (1.0 / 3.0 + (3.0 - x * x) * (0.5 * x * Math.Log((x + 1.0) / (x - 1.0)) - 1.0)) / 6.0;
        }
        double sum = 0.0, power = 1.0;
        for (var k = 1; k < 200; k++)
        {
            power *= y2;
            var term = power * (3.0 / (2 * k + 1) - 1.0 / (2 * k + 3));
            sum += term;
            if (term < 1e-18 * sum)
                break;
        }
        return sum / 6.0;
    }

    /// <summary>The curly bracket of BKS for <paramref name="flavor"/> (sign convention of the tree-level couplings).</summary>
    public static double Bracket(Flavor flavor, double enu, double t)
    {
        var electron = flavor.Generation() == 0;
        var kappa = electron ? 0.9791 + 0.0097 * LoopFunctionI(t) : 0.9970 - 0.00037 * LoopFunctionI(t);
        var ks2 = kappa * 0.2317;
        var left = (electron ? 1.0 : 0.0) - 1.0126 * (0.5 - ks2);
        var right = 1.0126 * ks2;
        if (flavor.IsAntineutrino())
            (left, right) = (right, left);
        var z = t / enu;
        var (minus, plus, plusMinus) = Qed(enu, t);
        var a = FineStructure / Math.PI;
        return left * left * (1.0 + a * minus)
               + right * right * ((1.0 - z) * (1.0 - z) + a * plus)
               - left * right * ElectronMass / enu * z * (1.0 + a * plusMinus);
    }

    /// <summary>L(x) = -Li_2(x) on [0, 1]: the power series below 1/2, the reflection above.</summary>
    public static double Spence(double x)
    {
        if (x <= 0.5)
            return -Li2PowerSeries(x);
        var lnProduct = x < 1.0 ? Math.Log(x) * Log1P(-x) : 0.0;
        return -(Math.PI * Math.PI / 6.0 - lnProduct - Li2PowerSeries(1.0 - x));
    }

    /// <summary>sum_k x^k/k^2 for 0 &lt;= x &lt;= 1/2, terms down to 1e-20 x, added smallest first.</summary>
    public static double Li2PowerSeries(double x)
    {
        var terms = new List<double>();
        double power = 1;
        for (var k = 1; k <= 400 && (terms.Count == 0 || terms[^1] >= 1e-20 * x); k++)
        {
            power *= x;
            terms.Add(power / ((double)k * k));
        }
        var sum = 0.0;
        for (var k = terms.Count - 1; k >= 0; k--)
            sum += terms[k];
        return sum;
    }

    private static double ArtanhOverXMinusOne(double b)
    {
        double b2 = b * b, power = 1.0, sum = 0.0;
        for (var k = 1; k < 60; k++)
        {
            power *= b2;
            var term = power / (2 * k + 1);
            sum += term;
            if (term <= 1e-18 * sum)
                break;
        }
        return sum;
    }

    private static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
