using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tests.Oscillation;

public class MixingAndStateTests
{
    private static readonly PmnsMatrix U = new(OscillationParameters.NuFit60);

    [Fact]
    public void PmnsIsUnitary()
    {
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var s = Complex.Zero;
                for (var k = 0; k < 3; k++)
                {
                    s += U[a, k] * Complex.Conjugate(U[b, k]);
                }
                Assert.Equal(a == b ? 1.0 : 0.0, s.Real, 1e-12);
                Assert.Equal(0.0, s.Imaginary, 1e-12);
            }
        }
    }

    [Fact]
    public void NuFit60DefaultsMatchPhysicsMd41()
    {
        // docs physics.md 4.1 (NuFIT 6.0, arXiv:2410.05380, NO without SK-atm).
        var p = OscillationParameters.NuFit60;
        Assert.Equal(0.307, p.Sin2Theta12);
        Assert.Equal(0.02195, p.Sin2Theta13);
        Assert.Equal(0.561, p.Sin2Theta23);
        Assert.Equal(7.49e-5, p.Dm21SqEV2);
        Assert.Equal(2.534e-3, p.Dm31SqEV2);
        Assert.Equal(0.307 * (1 - 0.02195), U.Probability(0, 1), 1e-12);
    }

    [Theory]
    [InlineData(Flavor.NuE)]
    [InlineData(Flavor.NuMu)]
    [InlineData(Flavor.NuEBar)]
    [InlineData(Flavor.NuMuBar)]
    public void ProducedStateHasItsFlavourWithCertainty(Flavor flavor)
    {
        var s = NeutrinoState.Produced(flavor, U);
        Assert.Equal(1.0, s.FlavorProbability(flavor.Generation()), 1e-12);
        Assert.Equal(1.0, s.DensityMatrix.Trace, 1e-12);
        Assert.Equal(flavor.IsAntineutrino(), s.IsAntineutrino);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VacuumSurvivalMatchesPdgFormula(bool anti)
    {
        // PDG review "Neutrino masses, mixing and oscillations" eq. 14.12 (CP-even survival probability):
        // P_ee = 1 - 4 sum_{j<k} |U_ej|^2 |U_ek|^2 sin^2(Dm_kj^2 L / 4E), the same for antineutrinos.
        var flavor = anti ? Flavor.NuEBar : Flavor.NuE;
        var (enu, baseline) = (3.0 * Units.MeV, 52.5 * Units.Km);
        var s = VacuumOscillation.State(U, flavor, baseline, enu);
        double[] m2 = [0, 7.49e-5, 2.534e-3];
        var expected = 1.0;
        for (var j = 0; j < 3; j++)
        {
            for (var k = j + 1; k < 3; k++)
            {
                // 1.26693 Dm^2[eV^2] L[m] / E[MeV] = Dm^2 L / 4E.
                var phase = 1.266932 * (m2[k] - m2[j]) * (baseline / Units.M) / (enu / Units.MeV);
                expected -= 4 * U.Probability(0, j) * U.Probability(0, k) * Math.Pow(Math.Sin(phase), 2);
            }
        }
        Assert.Equal(expected, s.Pee, 1e-5);
        var f = s.FlavorProbabilities();
        Assert.Equal(1.0, f.E + f.Mu + f.Tau, 1e-12);
    }

    [Fact]
    public void AntineutrinoAppearanceUsesConjugateMixing()
    {
        // With delta_CP != 0, P(nu_mu -> nu_e) != P(nubar_mu -> nubar_e) (CP violation, PDG eq. 14.14).
        var p = new PmnsMatrix(OscillationParameters.NuFit60 with { DeltaCpDeg = 270 });
        var nu = VacuumOscillation.State(p, Flavor.NuMu, 1300 * Units.Km, 2500 * Units.MeV).Pee;
        var nubar = VacuumOscillation.State(p, Flavor.NuMuBar, 1300 * Units.Km, 2500 * Units.MeV).Pee;
        Assert.True(nu > 1.2 * nubar, $"P(mu->e) = {nu}, P(mubar->ebar) = {nubar}");
    }
}
