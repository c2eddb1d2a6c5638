using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tests.Oscillation;

public class MswTests
{
    private const double EV2 = Units.EV * Units.EV;

    [Fact]
    public void VanishingDensityGivesVacuumAveragedSurvival()
    {
        // Vacuum-averaged limit: P_ee = sum_k |U_ek|^4 (PDG review eq. 14.12 with the phases averaged).
        var u = new PmnsMatrix(OscillationParameters.NuFit60);
        var msw = new AdiabaticMswTable(u, Flavor.NuE);
        var expected = 0.0;
        for (var k = 0; k < 3; k++)
        {
            expected += Math.Pow(u.Probability(0, k), 2);
        }
        Assert.Equal(expected, msw.State(1e-9 * EV2).Pee, 1e-4);
        Assert.Equal(expected, msw.State(0).Pee, 1e-12);
    }

    [Fact]
    public void HighDensityTwoFlavourLimitIsSin2Theta12()
    {
        // Adiabatic conversion far above resonance (Dm21^2 << A = 20 Dm21^2 < Dm31^2, theta13 = 0): nu_e
        // leaves as nu_2, P_ee -> sin^2 theta12 + O(Dm21^2/A)^2 (Mikheyev-Smirnov; PDG review section 14.6).
        var p = OscillationParameters.NuFit60 with { Sin2Theta13 = 0 };
        var msw = new AdiabaticMswTable(new PmnsMatrix(p), Flavor.NuE);
        var state = msw.State(20 * p.Dm21SqEV2 * EV2);
        Assert.Equal(1.0, state.MassStateProbability(1), 1e-3);
        Assert.Equal(p.Sin2Theta12, state.Pee, 1e-3);
    }

    [Theory]
    [InlineData(0.3e-5)]
    [InlineData(3e-5)]
    [InlineData(1e-4)]
    [InlineData(3e-4)]
    public void ThreeFlavourMatchesStandardApproximation(double aEV2)
    {
        // Standard 3-flavour adiabatic approximation (e.g. Goswami and Smirnov, PRD 72, 053011 (2005);
        // PDG review section 14.6): P_ee = c13^2 c13m^2 (1/2 + 1/2 cos 2th12 cos 2th12^m) + s13^2 s13m^2,
        // th12^m for the effective potential A c13^2 and, to first order, s13m^2 = s13^2 (1 + 2 A/Dm31^2).
        var p = OscillationParameters.NuFit60;
        var msw = new AdiabaticMswTable(new PmnsMatrix(p), Flavor.NuE);
        double c13sq = 1 - p.Sin2Theta13, cos2 = 1 - 2 * p.Sin2Theta12, sin2 = Math.Sqrt(1 - cos2 * cos2);
        var x = aEV2 * c13sq / p.Dm21SqEV2;
        var cos2m = (cos2 - x) / Math.Sqrt(Math.Pow(cos2 - x, 2) + sin2 * sin2);
        var s13m = p.Sin2Theta13 * (1 + 2 * aEV2 / p.Dm31SqEV2);
        var expected = c13sq * (1 - s13m) * (0.5 + 0.5 * cos2 * cos2m) + p.Sin2Theta13 * s13m;
        Assert.Equal(expected, msw.State(aEV2 * EV2).Pee, 5e-4);
    }

    [Fact]
    public void SolarCorePotentialHasTheKnownSize()
    {
        // PDG review "Neutrino masses, mixing and oscillations" section 14.6:
        // sqrt(2) G_F n_e = 7.63e-14 eV x n_e / (N_A cm^-3), so 7.63e-12 eV at the solar core (n_e = 100 N_A cm^-3).
        var v = MatterMixing.Potential(100 * 6.02214076e23);
        Assert.Equal(7.63e-12, v / Units.EV, 2e-14);
    }
}
