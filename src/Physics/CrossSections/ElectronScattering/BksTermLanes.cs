using System.Numerics;
using System.Runtime.CompilerServices;
using NuMMGen.Physics.Numerics;
using static NuMMGen.Physics.Units.PhysicalConstants;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// What the BKS cross section (<see cref="BksRadiativeCorrections"/>) needs at a point (E, T) besides the flavour, lane by
/// lane: z = T/E and m_e z/E, the loop function I(T) of the running kappa, and the QED functions of Bahcall, Kamionkowski and Sirlin,
/// PRD 51, 6146 (1995), App. B, for the recoil-electron spectrum (photon not detected). With electron total energy
/// E_e = T + m_e, momentum l = sqrt(E_e^2 - m_e^2), velocity beta = l/E_e, the Spence function L(x) = -Li_2(x),
/// A = (E_e/l) ln((E_e + l)/m_e) - 1 = artanh(beta)/beta - 1 and D = 2 ln(1 - z - m_e/(E_e + l)):
/// <code>
/// f_-  = A [D - ln(1-z) - ln(z)/2 - 5/12] + [L(z) - L(beta)]/2 - ln^2(1-z)/2 - (11/12 + z/2) ln(1-z)
///        + z [ln z + ln(2E_nu/m_e)/2] - (31/18 + ln(z)/12) beta - 11 z/12 + z^2/24
/// (1-z)^2 f_+ = A {(1-z)^2 [D - ln(1-z) - ln(z)/2 - 2/3] - (z^2 ln z + 1 - z)/2}
///        - (1-z)^2/2 [ln^2(1-z) + beta (L(1-z) - ln z ln(1-z))] + ln(1-z) [z^2 ln(z)/2 + (1-z)(2z - 1/2)/3]
///        - z^2 L(1-z)/2 - z(1-2z) ln(z)/3 - z(1-z)/6 - (beta/12)[ln z + (1-z)(115 - 109 z)/6]
/// f_+- = A D
/// </code>
/// and I(T) = (1/6)[1/3 + (3 - x^2)((x/2) ln((x+1)/(x-1)) - 1)], x = sqrt(1 + 2 m_e/T) (BKS Sec. II). One evaluation
/// serves both flavours of a sampling attempt, and the one-point methods of <see cref="BksRadiativeCorrections"/> are its
/// lane 0, so the rate engine and the sampler evaluate the same code. Seven logarithms (<see cref="LogKernel"/>) and no
/// library call serve a lane:
/// <list type="bullet">
/// <item>ln((E_e + l)/m_e) = artanh(beta) gives A, and equally 2 artanh(1/x) for I(T), since (x + 1)/(x - 1) =
/// (sqrt(T + 2 m_e) + sqrt T)^2/(2 m_e) = (E_e + l)/m_e.</item>
/// <item>L(z) and L(1 - z) come from one dilogarithm series and the reflection (<see cref="DilogarithmKernel.Pair"/>) with
/// ln z and ln(1 - z), which the formulas need anyway; L(beta) likewise from ln beta and ln(1 - beta).</item>
/// <item>artanh(b)/b - 1 = sum_(k&gt;=1) b^(2k)/(2k + 1) and I(T) = (1/6) sum_(k&gt;=1) y^(2k) [3/(2k + 1) - 1/(2k + 3)],
/// y = 1/x, by these power series below b^2 = 0.04 and y^2 = 0.2 (14 and 25 terms: the first omitted terms are below
/// 1e-19 and 3e-20 relative), by the closed forms above, where they lose at most a factor of 100 and 10 to cancellation
/// (both evaluated, the lane's chosen).</item>
/// </list>
/// Lanes should hold points with 0 &lt; T &lt;= T_max; at T_max the argument of D's logarithm is clamped to the smallest
/// positive double.
/// </summary>
/// <param name="Z">z = T/E.</param>
/// <param name="MeZOverE">m_e z/E, the interference term's kinematic factor (formed once per point for both flavours).</param>
/// <param name="LoopI">I(T) (kappa_e = 0.9791 + 0.0097 I).</param>
/// <param name="Minus">f_-.</param>
/// <param name="PlusTimesOneMinusZSquared">(1 - z)^2 f_+.</param>
/// <param name="PlusMinus">f_+-.</param>
internal readonly record struct BksTermLanes(Vector<double> Z, Vector<double> MeZOverE, Vector<double> LoopI, Vector<double> Minus,
    Vector<double> PlusTimesOneMinusZSquared, Vector<double> PlusMinus)
{
    // 1/(2k + 1) for k = 1..14, and 3/(2k + 1) - 1/(2k + 3) for k = 1..25: the two series' coefficients.
    private static readonly double[] ArtanhSeries = [.. Enumerable.Range(1, 14).Select(k => 1.0 / (2 * k + 1))];
    private static readonly double[] LoopSeries = [.. Enumerable.Range(1, 25).Select(k => 3.0 / (2 * k + 1) - 1.0 / (2 * k + 3))];

    /// <summary>The terms at (<paramref name="enu"/>[k], <paramref name="t"/>[k]) in lane k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BksTermLanes At(Vector<double> enu, Vector<double> t)
    {
        var one = Vector<double>.One;
        var half = new Vector<double>(0.5);
        var m = new Vector<double>(ElectronMass);
        var z = t / enu;
        var energy = t + m;
        var l = Vector.SquareRoot(t * (t + 2.0 * m));
        var beta = l / energy;
        var sum = energy + l;
        var artanhBeta = LogKernel.Log(sum * (1.0 / ElectronMass));
        var a = ArtanhOverXMinusOne(beta, artanhBeta);
        // 1 - z - m/(E + l) vanishes at T_max (soft-photon end point): rounding below zero is clamped.
        var d = 2.0 * LogKernel.Log(Vector.Max(one - z - m / sum, new Vector<double>(double.Epsilon)));
        var lnZ = LogKernel.Log(z);
        var ln1mZ = LogKernel.Log1P(-z);
        var oneMinusZ = one - z;
        var (li2Z, li2OneMinusZ) = DilogarithmKernel.Pair(z, lnZ, ln1mZ);
        var (spenceZ, spenceOneMinusZ) = (-li2Z, -li2OneMinusZ);
        var spenceBeta = -DilogarithmKernel.Pair(beta, LogKernel.Log(beta), LogKernel.Log1P(-beta)).AtX;
        var ln2EOverM = LogKernel.Log(enu * (2.0 / ElectronMass));

        var core = d - ln1mZ - half * lnZ;
        var minus = a * (core - new Vector<double>(5.0 / 12.0))
                    + half * (spenceZ - spenceBeta)
                    - half * ln1mZ * ln1mZ
                    - (new Vector<double>(11.0 / 12.0) + half * z) * ln1mZ
                    + z * (lnZ + half * ln2EOverM)
                    - (new Vector<double>(31.0 / 18.0) + lnZ * (1.0 / 12.0)) * beta
                    - (11.0 / 12.0) * z + z * z * (1.0 / 24.0);
        var z2 = z * z;
        var square = oneMinusZ * oneMinusZ;
        var plus = a * (square * (core - new Vector<double>(2.0 / 3.0)) - half * (z2 * lnZ + one - z))
                   - half * square * (ln1mZ * ln1mZ + beta * (spenceOneMinusZ - lnZ * ln1mZ))
                   + ln1mZ * (half * z2 * lnZ + oneMinusZ * (1.0 / 3.0) * (2.0 * z - half))
                   - half * z2 * spenceOneMinusZ
                   - z * (one - 2.0 * z) * (1.0 / 3.0) * lnZ
                   - z * oneMinusZ * (1.0 / 6.0)
                   - beta * (1.0 / 12.0) * (lnZ + oneMinusZ * (new Vector<double>(115.0) - 109.0 * z) * (1.0 / 6.0));
        return new BksTermLanes(z, m / enu * z, LoopFunctionI(t, artanhBeta), minus, plus, a * d);
    }

    /// <summary>artanh(b)/b - 1 = sum_(k&gt;=1) b^(2k)/(2k + 1) below b = 0.2 (14 terms), else from artanh b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> ArtanhOverXMinusOne(Vector<double> b, Vector<double> artanh)
    {
        var b2 = b * b;
        var p = Horner(b2, ArtanhSeries);
        return Vector.ConditionalSelect(Vector.LessThanOrEqual(b2, new Vector<double>(0.04)), b2 * p, artanh / b - Vector<double>.One);
    }

    /// <summary>
    /// I(T) = (1/6)[1/3 + (3 - x^2)(artanh(y)/y - 1)], y = 1/x = sqrt(T/(T + 2 m_e)), with artanh y = artanh(beta)/2; below
    /// y^2 = 0.2 the series (1/6) sum_(k&gt;=1) y^(2k) [3/(2k + 1) - 1/(2k + 3)].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> LoopFunctionI(Vector<double> t, Vector<double> artanhBeta)
    {
        var y2 = t / (t + new Vector<double>(2.0 * ElectronMass));
        var p = Horner(y2, LoopSeries);
        var y = Vector.SquareRoot(y2);
        var closed = new Vector<double>(1.0 / 3.0) + (new Vector<double>(3.0) - Vector<double>.One / y2) * (0.5 * artanhBeta / y - Vector<double>.One);
        return Vector.ConditionalSelect(Vector.LessThanOrEqual(y2, new Vector<double>(0.2)), y2 * p, closed) * (1.0 / 6.0);
    }

    /// <summary>c[0] + x c[1] + x^2 c[2] + ... by Horner's rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> Horner(Vector<double> x, double[] c)
    {
        var p = new Vector<double>(c[^1]);
        for (var k = c.Length - 2; k >= 0; k--)
            p = Vector.FusedMultiplyAdd(x, p, new Vector<double>(c[k]));
        return p;
    }
}
