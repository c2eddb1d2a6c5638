namespace NuMMGen.Physics.Eft;

/// <summary>
/// The MS-bar strong coupling alpha_s(mu) from alpha_s(m_Z), run with the 1- to 4-loop beta function
/// (coefficients: van Ritbergen, Vermaseren, Larin, PLB 400, 379 (1997); PDG review "Quantum chromodynamics",
/// eq. 9.5) and flavour thresholds at m_t, m_b(m_b) and m_c(m_c), where alpha_s is taken continuous (the
/// decoupling correction at mu = m_q(m_q) starts at O(alpha_s^3) and moves the results here by &lt; 0.1 %).
/// da/d ln mu^2 = -sum_i b_i a^{i+2}, a = alpha_s/(4 pi), b_0 = 11 - 2 n_f/3 = beta_0 of seed 2 eq. 2.5.
/// Integrated with fourth-order Runge-Kutta in ln mu^2. Valid above ~1 GeV. Immutable.
/// </summary>
public sealed class StrongCoupling
{
    private const double Zeta3 = 1.2020569031595942;
    private const int StepsPerSegment = 400;
    private readonly StandardModelInputs _inputs;

    /// <summary>Creates the running coupling from <paramref name="inputs"/> with <paramref name="loops"/> loops (1..4).</summary>
    /// <exception cref="InputException">Loops outside 1..4 or invalid inputs.</exception>
    public StrongCoupling(StandardModelInputs inputs, int loops = 4)
    {
        if (loops is < 1 or > 4)
        {
            throw new InputException($"alpha_s running: loops must be 1, 2, 3 or 4 (got {loops}).");
        }
        _inputs = inputs.Validate();
        Loops = loops;
    }

    /// <summary>Number of loops in the beta function.</summary>
    public int Loops { get; }

    /// <summary>Active quark flavours at scale <paramref name="mu"/> (MeV): 6 above m_t, 5 above m_b, 4 above m_c, else 3.</summary>
    public int ActiveFlavours(double mu) =>
        mu > _inputs.MassTop ? 6 : mu > _inputs.MassBottom ? 5 : mu > _inputs.MassCharm ? 4 : 3;

    /// <summary>The flavour thresholds crossed between two scales (MeV), in the order met going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IReadOnlyList<double> ThresholdsBetween(double from, double to)
    {
        double lo = Math.Min(from, to), hi = Math.Max(from, to);
        var t = new[] { _inputs.MassCharm, _inputs.MassBottom, _inputs.MassTop }.Where(m => m > lo && m < hi).ToList();
        if (from > to)
        {
            t.Reverse();
        }
        return t;
    }

    /// <summary>alpha_s(mu) for mu in MeV (&gt; 0.8 GeV).</summary>
    /// <exception cref="InputException">mu not finite or below 0.8 GeV (perturbation theory breaks down).</exception>
    public double Alpha(double mu)
    {
        if (!(double.IsFinite(mu) && mu >= 800.0))
        {
            throw new InputException($"alpha_s: scale {mu / 1e3} GeV is outside the perturbative range (>= 0.8 GeV).");
        }
        var a = _inputs.AlphaSAtMz / (4.0 * Math.PI);
        var from = _inputs.MassZ;
        foreach (var threshold in ThresholdsBetween(from, mu).Append(mu))
        {
            var nf = ActiveFlavours(Math.Sqrt(from * threshold));
            a = Evolve(a, from, threshold, nf);
            from = threshold;
        }
        return 4.0 * Math.PI * a;
    }

    /// <summary>One-loop coefficient beta_0 = (11 N_C - 2 n_f)/3 with N_C = 3 (seed 2, below eq. 2.5).</summary>
    public static double Beta0(int nf) => (33.0 - 2.0 * nf) / 3.0;

    private double Evolve(double a, double mu0, double mu1, int nf)
    {
        var b = Coefficients(nf);
        double t0 = Math.Log(mu0 * mu0), h = (Math.Log(mu1 * mu1) - t0) / StepsPerSegment;
        for (var i = 0; i < StepsPerSegment; i++)
        {
            var k1 = Rhs(a, b);
            var k2 = Rhs(a + 0.5 * h * k1, b);
            var k3 = Rhs(a + 0.5 * h * k2, b);
            var k4 = Rhs(a + h * k3, b);
            a += h / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return a;
    }

    private double Rhs(double a, double[] b)
    {
        double sum = 0, power = a * a;
        for (var i = 0; i < Loops; i++)
        {
            sum += b[i] * power;
            power *= a;
        }
        return -sum;
    }

    // Beta-function coefficients for da/d ln mu^2 = -sum b_i a^{i+2} (MS-bar, PDG QCD review eq. 9.5).
    private static double[] Coefficients(int nf) =>
    [
        11.0 - 2.0 / 3.0 * nf,
        102.0 - 38.0 / 3.0 * nf,
        2857.0 / 2.0 - 5033.0 / 18.0 * nf + 325.0 / 54.0 * nf * nf,
        149753.0 / 6.0 + 3564.0 * Zeta3 - (1078361.0 / 162.0 + 6508.0 / 27.0 * Zeta3) * nf
            + (50065.0 / 162.0 + 6472.0 / 81.0 * Zeta3) * nf * nf + 1093.0 / 729.0 * nf * nf * nf,
    ];
}
