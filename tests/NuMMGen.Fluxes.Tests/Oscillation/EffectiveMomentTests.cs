using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;
using static NuMMGen.Fluxes.Tests.Oscillation.RandomMatrices;

namespace NuMMGen.Fluxes.Tests.Oscillation;

public class EffectiveMomentTests
{
    private static readonly PmnsMatrix U = new(OscillationParameters.NuFit60);

    [Fact]
    public void IncoherentStateGivesSeed1Eq25()
    {
        // Seed 1 (Xu, arXiv:1901.00482) eq. 25: mu_S^2 = sum_jk |U^M_ek|^2 |mu_jk|^2 (mass basis),
        // with |U^M_ek|^2 the matter-affected mixing (adiabatic MSW at the production density).
        var rng = new Random(25);
        var msw = new AdiabaticMswTable(U, Flavor.NuE);
        for (var trial = 0; trial < 200; trial++)
        {
            var mu = General(rng);
            var a = Math.Exp(-30 + 6 * rng.NextDouble()); // 2EV from 1e-13 to 4e-11 MeV^2
            var state = msw.State(a);
            var expected = 0.0;
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++)
                {
                    expected += state.MassStateProbability(k) * Norm2(mu[j, k]);
                }
            }
            var m = new CouplingMatrix(mu, MatrixBasis.Mass);
            Assert.Equal(expected, state.EffectiveSquared(m), 1e-12);
        }
    }

    [Fact]
    public void ShortBaselineNuEGivesSeed1Eq24()
    {
        // Seed 1 eq. 24: mu_nue^2 = sum_beta |mu^{e beta}|^2 (flavour basis) for a negligible baseline.
        // For Hermitian (Dirac) moment matrices row and column agree; for a general matrix the incoming
        // nu_e is the column index (seed 2 eq. 3.5) and an incoming anti-nu_e the row index.
        var rng = new Random(24);
        for (var trial = 0; trial < 200; trial++)
        {
            var h = Hermitian(rng);
            var g = General(rng);
            double row(Complex[,] m) => Norm2(m[0, 0]) + Norm2(m[0, 1]) + Norm2(m[0, 2]);
            double col(Complex[,] m) => Norm2(m[0, 0]) + Norm2(m[1, 0]) + Norm2(m[2, 0]);
            var nue = VacuumOscillation.State(U, Flavor.NuE, 0, 1 * Units.MeV);
            var nuebar = VacuumOscillation.State(U, Flavor.NuEBar, 0, 1 * Units.MeV);

            Assert.Equal(row(h), nue.EffectiveSquared(new CouplingMatrix(h, MatrixBasis.Flavor)), 1e-10);
            Assert.Equal(row(h), nuebar.EffectiveSquared(new CouplingMatrix(h, MatrixBasis.Flavor)), 1e-10);
            Assert.Equal(col(g), nue.EffectiveSquared(new CouplingMatrix(g, MatrixBasis.Flavor)), 1e-10);
            Assert.Equal(row(g), nuebar.EffectiveSquared(new CouplingMatrix(g, MatrixBasis.Flavor)), 1e-10);
        }
    }

    [Fact]
    public void CoherentStateGivesSeed2Eq35()
    {
        // Seed 2 (Chen, Zheng, Zhang) eq. 3.5: mu^2(L, E) = sum_j |sum_k mu_jk A_k(L, E)|^2.
        var rng = new Random(35);
        for (var trial = 0; trial < 200; trial++)
        {
            var mu = General(rng);
            var baseline = 1e5 * rng.NextDouble() * Units.M;
            var (a1, a2, a3) = VacuumOscillation.Amplitudes(U, Flavor.NuE, baseline, 1 * Units.MeV);
            Complex[] a = [a1, a2, a3];
            var expected = 0.0;
            for (var j = 0; j < 3; j++)
            {
                expected += Norm2(mu[j, 0] * a[0] + mu[j, 1] * a[1] + mu[j, 2] * a[2]);
            }
            var state = VacuumOscillation.State(U, Flavor.NuE, baseline, 1 * Units.MeV);
            Assert.Equal(expected, state.EffectiveSquared(new CouplingMatrix(mu, MatrixBasis.Mass)), 1e-10);
        }
    }

    [Fact]
    public void BasisChangePreservesSeed1Eq26()
    {
        // Seed 1 eq. 26: sum_jk |mu_jk|^2 = sum_ab |mu_ab|^2; equivalently 3 x mu_eff^2 of the maximally
        // mixed state rho = 1/3 is basis independent.
        var rng = new Random(26);
        var flat = NeutrinoState.Incoherent(1, 1, 1, false, U);
        for (var trial = 0; trial < 50; trial++)
        {
            var mu = General(rng);
            var sum = 0.0;
            foreach (var z in mu)
            {
                sum += Norm2(z);
            }
            var flavor = new CouplingMatrix(mu, MatrixBasis.Flavor);
            var mass = flavor.InMassBasis(U);
            var massSum = 0.0;
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++)
                {
                    massSum += Norm2(mass[j, k]);
                }
            }
            Assert.Equal(sum, massSum, 1e-10);
            Assert.Equal(sum, 3 * flat.EffectiveSquared(flavor), 1e-10);
        }
    }
}
