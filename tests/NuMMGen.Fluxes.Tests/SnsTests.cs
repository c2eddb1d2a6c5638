using NuMMGen.Fluxes.Sns;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tests;

public class SnsTests
{
    private static readonly SnsSource Coherent = new();

    [Fact]
    public void PromptLineEnergyFromPionAndMuonMasses()
    {
        // (m_pi^2 - m_mu^2) / (2 m_pi) = 29.79 MeV with PDG masses (docs physics.md 4.2).
        Assert.Equal(29.79, PionDecayAtRest.PromptEnergy / Units.MeV, 5e-3);
        Assert.Equal(PionDecayAtRest.PromptEnergy, Coherent.Component("numu").LineEnergy);
    }

    [Theory]
    // Michel spectra (docs physics.md 4.2) are normalised with means 0.3 m_mu = 31.70 MeV (nu_e) and
    // 0.35 m_mu = 36.98 MeV (anti-nu_mu): integrals of 192 x^3 (1/2 - x) and 64 x^3 (3/4 - x) on [0, 1/2].
    [InlineData("nue", 0.30)]
    [InlineData("numubar", 0.35)]
    public void MichelSpectraAreNormalisedWithKnownMeans(string name, double meanOverMuonMass)
    {
        Func<double, double> f = name == "nue" ? PionDecayAtRest.NuESpectrum : PionDecayAtRest.NuMuBarSpectrum;
        var end = PionDecayAtRest.MichelEndPoint;
        double norm = 0, mean = 0;
        const int n = 100000;
        for (var i = 0; i < n; i++)
        {
            var e = (i + 0.5) * end / n;
            norm += f(e) * end / n;
            mean += e * f(e) * end / n;
        }
        Assert.Equal(1.0, norm, 1e-8);
        Assert.Equal(meanOverMuonMass * PhysicalConstants.MuonMass, mean, 1e-6);
        Assert.Equal(meanOverMuonMass * PhysicalConstants.MuonMass, Coherent.Component(name).MeanEnergy, 1e-4);
    }

    [Fact]
    public void FluencePerFlavourMatchesCoherentParameters()
    {
        // COHERENT CsI 2017 (coherent_parameters.yaml): 0.08 nu/flavour/proton at 19.3 m; physics.md 4.2:
        // fluence per flavour 0.08 N_POT / (4 pi L^2). N_POT = 7.47594 GWh / 1 GeV = 1.680e23 (our stated
        // assumption of 1 GeV protons).
        var perPot = 0.08 / (4 * Math.PI * 1930.0 * 1930.0);
        foreach (var c in Coherent.Components)
        {
            Assert.Equal(perPot, c.IntegratedFlux, perPot * 1e-12);
        }
        Assert.Equal(1.680e23, Coherent.ProtonsOnTarget, 0.001e23);
        Assert.Equal(FluxNormalization.PerProtonOnTarget, Coherent.Normalization);
    }

    [Fact]
    public void ArrivalTimesFollowPulseAndLifetimes()
    {
        // Mean arrival time = pulse mean (0) + tau_pi (prompt) + tau_mu (delayed), tau_pi = 26.033 ns,
        // tau_mu = 2196.981 ns (PDG 2024).
        var prompt = Coherent.Component("numu").ArrivalTime!;
        var delayed = Coherent.Component("nue").ArrivalTime!;
        Assert.Equal(26.033, prompt.Mean / Units.Ns, 0.5);
        Assert.Equal(26.033 + 2196.981, delayed.Mean / Units.Ns, 2.0);
        Assert.Same(delayed, Coherent.Component("numubar").ArrivalTime);
        // Fraction of delayed neutrinos after 1 us: ~exp(-1 us / tau_mu) = 0.63 shifted by the pulse.
        Assert.InRange(1 - delayed.Cdf(1 * Units.Us), 0.60, 0.66);
    }

    [Fact]
    public void TabulatedPulseIsUsed()
    {
        // A 100-ns flat pulse: mean 50 ns + tau_pi.
        var sns = new SnsSource(new SnsOptions { PulseTimesNs = [0, 100], PulseWeights = [1, 1] });
        Assert.Equal(50 + 26.033, sns.Component("numu").ArrivalTime!.Mean / Units.Ns, 0.5);
    }

    /// <summary>
    /// The delayed neutrinos' decomposition (what the sampler draws: prompt time plus -tau_mu ln u) against the delayed
    /// table (what the fitter integrates): the CDF of prompt (x) exponential, F(t) = F_p(t) - int p(s) exp(-(t - s)/tau) ds,
    /// by an independent midpoint quadrature over the prompt table, equals the delayed table's CDF to 1e-6.
    /// </summary>
    [Fact]
    public void DelayedTimesArePromptTimesPlusAMuonLifetime()
    {
        var nue = Coherent.Component("nue");
        var delay = nue.ArrivalDelay!;
        var prompt = Coherent.Component("numu").ArrivalTime!;
        Assert.Same(prompt, delay.Parent);
        Assert.Same(delay, Coherent.Component("numubar").ArrivalDelay);
        Assert.Null(Coherent.Component("numu").ArrivalDelay);
        Assert.Equal(2196.981 * Units.Ns, delay.Lifetime, 1e-15);
        // The prompt table ends 40 pion lifetimes after the 6-sigma end of the 360-ns FWHM pulse.
        Assert.Equal((6 * 360 / 2.3548200450309493 + 40 * 26.033) * Units.Ns, prompt.Max, 1.0 * Units.Ns);
        foreach (var tNs in new[] { -200.0, 0.0, 300.0, 1000.0, 3000.0, 10000.0 })
        {
            var t = tNs * Units.Ns;
            const int steps = 200_000;
            double lo = prompt.Min, hi = Math.Min(t, prompt.Max), h = (hi - lo) / steps, convolution = 0;
            for (var i = 0; i < steps && hi > lo; i++)
            {
                var s = lo + (i + 0.5) * h;
                convolution += prompt.Pdf(s) * Math.Exp(-(t - s) / delay.Lifetime) * h;
            }
            Assert.Equal(prompt.Cdf(t) - convolution, nue.ArrivalTime!.Cdf(t), 1e-6);
        }
    }
}
