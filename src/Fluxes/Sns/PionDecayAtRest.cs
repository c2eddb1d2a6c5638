using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Sns;

/// <summary>
/// Spectra and timing of pion decay at rest (docs physics.md 4.2): pi+ -&gt; mu+ nu_mu gives a prompt
/// line at E = (m_pi^2 - m_mu^2)/(2 m_pi) = 29.79 MeV; mu+ -&gt; e+ nu_e anti-nu_mu at rest gives the
/// Michel spectra on 0 &lt;= E &lt;= m_mu/2 (massless electron, unpolarised muon; e.g. Louis, Los Alamos
/// Science 25 (1997); Burman and Plischke, NIM A 398, 147 (1997)):
/// nu_e: (192/m_mu) (E/m_mu)^2 (1/2 - E/m_mu); anti-nu_mu: (64/m_mu) (E/m_mu)^2 (3/4 - E/m_mu).
/// </summary>
public static class PionDecayAtRest
{
    /// <summary>Prompt nu_mu energy (m_pi^2 - m_mu^2)/(2 m_pi) in MeV (two-body decay at rest).</summary>
    public static double PromptEnergy =>
        (PhysicalConstants.ChargedPionMass * PhysicalConstants.ChargedPionMass - PhysicalConstants.MuonMass * PhysicalConstants.MuonMass)
        / (2 * PhysicalConstants.ChargedPionMass);

    /// <summary>End point m_mu/2 of the delayed spectra, MeV.</summary>
    public static double MichelEndPoint => PhysicalConstants.MuonMass / 2;

    /// <summary>Normalised nu_e spectrum (per MeV) at energy <paramref name="e"/> (MeV).</summary>
    public static double NuESpectrum(double e)
    {
        var m = PhysicalConstants.MuonMass;
        var x = e / m;
        return e < 0 || e > m / 2 ? 0.0 : 192.0 / m * x * x * (0.5 - x);
    }

    /// <summary>Normalised anti-nu_mu spectrum (per MeV) at energy <paramref name="e"/> (MeV).</summary>
    public static double NuMuBarSpectrum(double e)
    {
        var m = PhysicalConstants.MuonMass;
        var x = e / m;
        return e < 0 || e > m / 2 ? 0.0 : 64.0 / m * x * x * (0.75 - x);
    }

    /// <summary>
    /// Arrival-time distributions (s) of the prompt (pulse convolved with the pion decay) and delayed
    /// (further convolved with the muon decay) neutrinos. The pulse is Gaussian with the given FWHM or a
    /// tabulated shape; the exponentials are applied on a 1-ns grid by the exact recursive filter for a
    /// piecewise-linear input. Time zero is the centre of the Gaussian (or the tabulated time origin);
    /// the neutrino flight time L/c is not added. The prompt table ends 40 pion lifetimes after the pulse (the tail
    /// beyond holds exp(-40) = 4e-18 of it) and the delayed one 25 muon lifetimes after it (1.4e-11); the delayed
    /// table is the exact convolution of the prompt table with the muon decay at its knots, so it equals
    /// <see cref="ExponentialDelay"/>(Prompt, tau_mu) there (and to ~1e-6 between knots, the linear interpolation).
    /// </summary>
    public static (TabulatedDistribution Prompt, TabulatedDistribution Delayed) Timing(SnsOptions o)
    {
        const double dt = 1.0; // ns
        var sigma = o.PulseFwhmNs / (2 * Math.Sqrt(2 * Math.Log(2)));
        var pulseShape = o.PulseTimesNs is { } times ? new TabulatedDistribution(times, o.PulseWeights!) : null;
        var start = Math.Floor(pulseShape?.Min ?? -6 * sigma);
        var pulseEnd = pulseShape?.Max ?? 6 * sigma;
        var end = pulseEnd + 25 * o.MuonLifetimeNs;
        var n = (int)Math.Ceiling((end - start) / dt) + 1;
        var promptKnots = Math.Min(n, (int)Math.Ceiling((pulseEnd + 40 * o.PionLifetimeNs - start) / dt) + 1);
        var t = new double[n];
        var pulse = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = start + i * dt;
            pulse[i] = pulseShape?.Pdf(t[i]) ?? Math.Exp(-0.5 * t[i] * t[i] / (sigma * sigma));
        }
        var prompt = Exponential(pulse, o.PionLifetimeNs, dt);
        Array.Clear(prompt, promptKnots, n - promptKnots);
        var delayed = Exponential(prompt, o.MuonLifetimeNs, dt);
        var seconds = t.Select(x => x * Units.Ns).ToArray();
        return (new TabulatedDistribution(seconds[..promptKnots], prompt[..promptKnots]), new TabulatedDistribution(seconds, delayed));
    }

    // y = x convolved with exp(-t/tau)/tau, for x linear between grid points (exact recursion).
    private static double[] Exponential(double[] x, double tau, double dt)
    {
        var y = new double[x.Length];
        var d = Math.Exp(-dt / tau);
        // Weights of x_{i-1} and x_i in the integral of a linear segment against the kernel.
        var b = 1 - tau / dt * (1 - d);
        var a = 1 - d - b;
        for (var i = 1; i < x.Length; i++)
        {
            y[i] = d * y[i - 1] + a * x[i - 1] + b * x[i];
        }
        return y;
    }
}
