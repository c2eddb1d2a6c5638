using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tests.Oscillation;

public class StateCrossSectionTests
{
    private static readonly PmnsMatrix U = new(OscillationParameters.NuFit60);

    /// <summary>A fake cross section whose parts expose their inputs: SM = flavour code, BSM = couplings squared.</summary>
    private sealed class EchoCrossSection : IRecoilCrossSection
    {
        public string TargetName => "echo";
        public RecoilKind RecoilKind => RecoilKind.Electron;
        public double MaxRecoil(double enu) => enu;

        public XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings c) =>
            new(1 + (int)flavor, c.MuEff * c.MuEff, c.TensorE * c.TensorE + c.TensorU, c.ScalarE * c.ScalarE + c.ScalarN);

        public XsecComponents Total(Flavor flavor, double enu, in Couplings c, double tMin = 0, double tMax = double.PositiveInfinity) =>
            enu * Differential(flavor, enu, 0, c);
    }

    [Fact]
    public void StandardModelPartIsFlavourWeighted()
    {
        // docs physics.md section 4: sigma_SM(state) = sum_alpha P_alpha sigma_SM(alpha).
        var xs = new StateCrossSection(new EchoCrossSection(), StateCouplings.StandardModel);
        var state = VacuumOscillation.State(U, Flavor.NuMuBar, 3000 * Units.Km, 1000 * Units.MeV);
        var f = state.FlavorProbabilities();
        var d = xs.Differential(state, 1.0, 0.1);
        Assert.Equal(4 * f.E + 5 * f.Mu + 6 * f.Tau, d.Sm, 1e-12);
        Assert.Equal(0.0, d.Magnetic);
        Assert.Equal(2.0 * d.Sm, xs.Total(state, 2.0).Sm, 1e-12);
    }

    [Fact]
    public void BsmPartsUseTraceOfDensityMatrix()
    {
        // mu_eff^2 = Tr(rho mu^dagger mu) (seed 2 eq. 3.5); |C_T|^2_eff = Tr(rho C^dagger C); quark and
        // nucleon couplings flavour universal (passed through).
        var rng = new Random(7);
        var mu = new CouplingMatrix(RandomMatrices.Hermitian(rng), MatrixBasis.Flavor);
        var ct = new CouplingMatrix(RandomMatrices.General(rng), MatrixBasis.Flavor);
        var cs = CouplingMatrix.FlavorDiagonal(0, 2, 0);
        var xs = new StateCrossSection(new EchoCrossSection(), new StateCouplings(mu, ct, cs, TensorU: 0.5, ScalarN: 0.25));
        var msw = new AdiabaticMswTable(U, Flavor.NuE);
        var state = msw.State(1e-10);
        var d = xs.Differential(state, 1.0, 0.1);
        Assert.Equal(state.EffectiveSquared(mu), d.Magnetic, 1e-12);
        Assert.Equal(state.EffectiveSquared(ct) + 0.5, d.Tensor, 1e-12);
        Assert.Equal(4 * state.FlavorProbability(1) + 0.25, d.Scalar, 1e-12);
    }

    [Fact]
    public void FlavourDiagonalMomentSeesFlavourProbabilities()
    {
        // For mu = diag(mu_e, mu_mu, mu_tau) in the flavour basis and an incoherent state, Tr(rho mu^2)
        // is not simply sum P_alpha mu_alpha^2 (off-diagonal terms of rho in flavour basis drop out only
        // for the trace): check the identity Tr(rho_flavour mu^2) = sum_alpha P_alpha mu_alpha^2.
        var mu = CouplingMatrix.FlavorDiagonal(1.0, 2.0, 3.0);
        var state = NeutrinoState.Incoherent(0.2, 0.7, 0.1, false, U);
        var f = state.FlavorProbabilities();
        Assert.Equal(f.E + 4 * f.Mu + 9 * f.Tau, state.EffectiveSquared(mu), 1e-12);
        _ = Complex.Zero;
    }
}
