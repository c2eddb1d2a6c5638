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
/// library call serve a lane (a vector with a lane outside the logarithm kernel's range, such as D's clamped argument at
/// T_max, is evaluated again with lanes from the C library):
/// <list type="bullet">
/// <item>ln((E_e + l)/m_e) = artanh(beta) gives A, and equally 2 artanh(1/x) for I(T), since (x + 1)/(x - 1) =
/// (sqrt(T + 2 m_e) + sqrt T)^2/(2 m_e) = (E_e + l)/m_e.</item>
/// <item>L(z) and L(1 - z) come from one dilogarithm series and the reflection (<see cref="DilogarithmKernel.Pair"/>) with
/// ln z and ln(1 - z), which the formulas need anyway; L(beta) likewise from ln beta and ln(1 - beta).</item>
/// <item>artanh(b)/b - 1 = sum_(k&gt;=1) b^(2k)/(2k + 1) and I(T) = (1/6) sum_(k&gt;=1) y^(2k) [3/(2k + 1) - 1/(2k + 3)],
/// y = 1/x, by these power series below b^2 = 0.04 and y^2 = 0.2 (14 and 25 terms: the first omitted terms are below
/// 1e-19 and 3e-20 relative), by the closed forms above, where they lose at most a factor of 100 and 10 to cancellation
/// (the closed form always evaluated, the series when a lane of the vector needs it; each lane takes its own).</item>
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
    // 1/(2k + 1) for k = 1..14, and 3/(2k + 1) - 1/(2k + 3) for k = 1..25: the two series' coefficients, padded with
    // zeros to a multiple of four (FourChainHorner).
    private static readonly double[] ArtanhSeries = Padded(Enumerable.Range(1, 14).Select(k => 1.0 / (2 * k + 1)));
    private static readonly double[] LoopSeries = Padded(Enumerable.Range(1, 25).Select(k => 3.0 / (2 * k + 1) - 1.0 / (2 * k + 3)));

    /// <summary>The terms at (<paramref name="enu"/>[k], <paramref name="t"/>[k]) in lane k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BksTermLanes At(Vector<double> enu, Vector<double> t)
    {
        // The seven logarithms are taken unchecked and their arguments' lanes checked once; a vector with a lane that is
        // not a positive normal number (T at T_max, where D's argument is clamped to the smallest subnormal; z = 1) is
        // evaluated again with the checked logarithms, which hand such lanes to the C library.
        var outside = Vector<long>.Zero;
        var terms = Terms<MarkedLogarithms>(enu, t, ref outside);
        return Vector.EqualsAll(outside, Vector<long>.Zero) ? terms : WithLibraryLanes(enu, t);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BksTermLanes WithLibraryLanes(Vector<double> enu, Vector<double> t)
    {
        var none = Vector<long>.Zero;
        return Terms<CheckedLogarithms>(enu, t, ref none);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static BksTermLanes Terms<TLog>(Vector<double> enu, Vector<double> t, ref Vector<long> outside) where TLog : struct, ILogarithms
    {
        var one = Vector<double>.One;
        var half = new Vector<double>(0.5);
        var m = new Vector<double>(ElectronMass);
        var z = t / enu;
        var energy = t + m;
        var w = t + 2.0 * m;
        var l = Vector.SquareRoot(t * w);
        var beta = l / energy;
        var sum = energy + l;
        var artanhBeta = TLog.Log(sum * (1.0 / ElectronMass), ref outside);
        var a = ArtanhOverXMinusOne(beta, artanhBeta);
        // 1 - z - m/(E + l) vanishes at T_max (soft-photon end point): rounding below zero is clamped.
        var d = 2.0 * TLog.Log(Vector.Max(one - z - m / sum, new Vector<double>(double.Epsilon)), ref outside);
        var lnZ = TLog.Log(z, ref outside);
        var ln1mZ = TLog.Log1P(-z, ref outside);
        var oneMinusZ = one - z;
        var (li2Z, li2OneMinusZ) = DilogarithmKernel.Pair(z, lnZ, ln1mZ);
        var (spenceZ, spenceOneMinusZ) = (-li2Z, -li2OneMinusZ);
        var spenceBeta = -DilogarithmKernel.Pair(beta, TLog.Log(beta, ref outside), TLog.Log1P(-beta, ref outside)).AtX;
        var ln2EOverM = TLog.Log(enu * (2.0 / ElectronMass), ref outside);

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
        return new BksTermLanes(z, m / enu * z, LoopFunctionI(t, w, l, artanhBeta), minus, plus, a * d);
    }

    /// <summary>
    /// artanh(b)/b - 1 = sum_(k&gt;=1) b^(2k)/(2k + 1) below b = 0.2 (14 terms), else from artanh b; the series only when
    /// a lane needs it (the lanes' values are the same either way).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> ArtanhOverXMinusOne(Vector<double> b, Vector<double> artanh)
    {
        var b2 = b * b;
        var closed = artanh / b - Vector<double>.One;
        var useSeries = Vector.LessThanOrEqual(b2, new Vector<double>(0.04));
        return Vector.EqualsAll(useSeries, Vector<long>.Zero) ? closed : Vector.ConditionalSelect(useSeries, b2 * FourChainHorner(b2, ArtanhSeries), closed);
    }

    /// <summary>
    /// I(T) = (1/6)[1/3 + (x^2 - 3)(1 - x artanh(1/x))], x = sqrt(1 + 2 m_e/T), with artanh(1/x) = artanh(beta)/2; below
    /// y^2 = 1/x^2 = 0.2 the series (1/6) sum_(k&gt;=1) y^(2k) [3/(2k + 1) - 1/(2k + 3)], only when a lane needs it. With
    /// w = T + 2 m_e and P = T w (so l = sqrt P): y^2 = T^2/P, x^2 = w^2/P and x = l w/P, from one division.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> LoopFunctionI(Vector<double> t, Vector<double> w, Vector<double> l, Vector<double> artanhBeta)
    {
        var inverse = Vector<double>.One / (t * w);
        var y2 = t * t * inverse;
        var x = l * w * inverse;
        var closed = new Vector<double>(1.0 / 3.0) + (new Vector<double>(3.0) - w * w * inverse) * (0.5 * artanhBeta * x - Vector<double>.One);
        var useSeries = Vector.LessThanOrEqual(y2, new Vector<double>(0.2));
        var i = Vector.EqualsAll(useSeries, Vector<long>.Zero) ? closed : Vector.ConditionalSelect(useSeries, y2 * FourChainHorner(y2, LoopSeries), closed);
        return i * (1.0 / 6.0);
    }

    /// <summary>
    /// c[0] + x c[1] + x^2 c[2] + ... as four interleaved Horner chains in x^4 (chain r sums c[4j + r] x^(4j)), combined as
    /// (p0 + x p1) + x^2 (p2 + x p3): the same number of multiply-adds as one chain, a quarter of its latency (Knuth, TAOCP
    /// vol. 2, 4.6.4, the second-order rule generalised). <paramref name="c"/>.Length is a multiple of four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector<double> FourChainHorner(Vector<double> x, double[] c)
    {
        var x2 = x * x;
        var x4 = x2 * x2;
        var n = c.Length;
        Vector<double> p0 = new(c[n - 4]), p1 = new(c[n - 3]), p2 = new(c[n - 2]), p3 = new(c[n - 1]);
        for (var j = n - 8; j >= 0; j -= 4)
        {
            p0 = Vector.FusedMultiplyAdd(x4, p0, new Vector<double>(c[j]));
            p1 = Vector.FusedMultiplyAdd(x4, p1, new Vector<double>(c[j + 1]));
            p2 = Vector.FusedMultiplyAdd(x4, p2, new Vector<double>(c[j + 2]));
            p3 = Vector.FusedMultiplyAdd(x4, p3, new Vector<double>(c[j + 3]));
        }
        return Vector.FusedMultiplyAdd(x, p1, p0) + x2 * Vector.FusedMultiplyAdd(x, p3, p2);
    }

    private static double[] Padded(IEnumerable<double> coefficients)
    {
        var c = coefficients.ToList();
        while (c.Count % 4 != 0)
            c.Add(0.0);
        return [.. c];
    }

    /// <summary>How <see cref="Terms"/> takes its logarithms.</summary>
    private interface ILogarithms
    {
        static abstract Vector<double> Log(Vector<double> x, ref Vector<long> outside);

        static abstract Vector<double> Log1P(Vector<double> x, ref Vector<long> outside);
    }

    /// <summary>Unchecked, marking the lanes outside the kernel's range (<see cref="LogKernel.LogOrMark"/>).</summary>
    private readonly struct MarkedLogarithms : ILogarithms
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
        public static Vector<double> Log(Vector<double> x, ref Vector<long> outside) => LogKernel.LogOrMark(x, ref outside);

        [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
        public static Vector<double> Log1P(Vector<double> x, ref Vector<long> outside) => LogKernel.Log1POrMark(x, ref outside);
    }

    /// <summary>Checked: lanes outside the kernel's range from the C library (<see cref="LogKernel.Log(Vector{double})"/>).</summary>
    private readonly struct CheckedLogarithms : ILogarithms
    {
        public static Vector<double> Log(Vector<double> x, ref Vector<long> outside) => LogKernel.Log(x);

        public static Vector<double> Log1P(Vector<double> x, ref Vector<long> outside) => LogKernel.Log1P(x);
    }
}
