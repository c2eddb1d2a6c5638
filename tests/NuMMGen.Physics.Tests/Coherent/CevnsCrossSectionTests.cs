using MathNet.Numerics.Integration;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Targets;

namespace NuMMGen.Physics.Tests.Coherent;

public class CevnsCrossSectionTests
{
    // physics.md section 1
    private const double GF = 1.1663788e-11; // MeV^-2
    private const double HbarC2 = 197.3269804e-13 * 197.3269804e-13; // MeV^2 cm^2
    private const double Alpha = 1 / 137.035999;
    private const double Me = 0.51099895;

    private static readonly CevnsOptions NoFormFactor = new(FormFactor: FormFactorModel.None);

    private static CevnsNucleus Nucleus(string symbol, CevnsOptions? options = null) =>
        new(NuclideTable.Get(symbol), options ?? new CevnsOptions());

    [Fact]
    public void WeakChargeOfCs133()
    {
        // physics.md 2.5 / seed 2 eq. 3.12: Q_W = N - (1 - 4 s_W^2) Z with s_W^2 = 0.23857.
        Assert.Equal(78 - (1 - 4 * 0.23857) * 55, Nucleus("Cs133").WeakCharge, 1e-12);
        Assert.Equal(75.4854, Nucleus("Cs133").WeakCharge, 1e-4);
    }

    [Theory]
    [InlineData("Cs133", 30.0)]
    [InlineData("Ar40", 50.0)]
    [InlineData("Ge72", 5.0)]
    public void CoherentLimitTotalsMatchClosedForms(string symbol, double enu)
    {
        // F = 1 integrals of physics.md 2.5/2.6 done by hand: SM  G_F^2 Q_W^2 E^2 M / (4 pi (M + 2E)) (the
        // classic G_F^2 Q_W^2 E^2 / 4pi for M >> E); tensor (4M/pi) C^2 (3/4) T_max;
        // scalar C^2 M (M T_max^2 + T_max^3/3) / (8 pi E^2); magnetic pi r_e^2 mu^2 Z^2 (ln(b/a) - (b-a)/E).
        var xs = Nucleus(symbol, NoFormFactor);
        var n = xs.Nuclide;
        var m = n.NuclearMass;
        var tMax = 2 * enu * enu / (m + 2 * enu);
        var c = new Couplings(MuEff: 1e-10, TensorU: 1e-12, TensorD: -2e-12, ScalarP: 3e-12, ScalarN: 1e-12);
        var cT = 1e-12 * (0.84 * n.Z - 0.23 * n.N) - 2e-12 * (-0.23 * n.Z + 0.84 * n.N);
        var cS = 3e-12 * n.Z + 1e-12 * n.N;
        var tMin = 1e-3 * tMax;

        var total = xs.Total(Flavor.NuMu, enu, c, tMin);
        var full = xs.Total(Flavor.NuMu, enu, c);
        var qw = xs.WeakCharge;
        var sm = GF * GF * qw * qw * enu * enu * m / (4 * Math.PI * (m + 2 * enu)) * HbarC2;
        Assert.Equal(1.0, full.Sm / sm, 1e-10);
        Assert.Equal(1.0, full.Tensor / (4 * m / Math.PI * cT * cT * 0.75 * tMax * HbarC2), 1e-10);
        Assert.Equal(1.0, full.Scalar / (cS * cS * m * (m * tMax * tMax + tMax * tMax * tMax / 3) / (8 * Math.PI * enu * enu) * HbarC2), 1e-10);
        var magnetic = Math.PI * Alpha * Alpha / (Me * Me) * 1e-20 * n.Z * n.Z * (Math.Log(tMax / tMin) - (tMax - tMin) / enu) * HbarC2;
        Assert.Equal(1.0, total.Magnetic / magnetic, 1e-10);
        Assert.Equal(double.PositiveInfinity, full.Magnetic);
        Assert.Equal(0.0, xs.Total(Flavor.NuE, enu, Couplings.StandardModel).Magnetic);
    }

    [Theory]
    [InlineData("Cs133", 30.0, FormFactorModel.Helm)]
    [InlineData("I127", 52.0, FormFactorModel.Helm)]
    [InlineData("Xe136", 120.0, FormFactorModel.Helm)]
    [InlineData("Ar40", 50.0, FormFactorModel.KleinNystrand)]
    [InlineData("Ge76", 8.0, FormFactorModel.Helm)]
    public void TotalsAgreeWithIndependentAdaptiveQuadrature(string symbol, double enu, FormFactorModel model)
    {
        // Independent check of the 1e-6 accuracy promise (IRecoilCrossSection.Total): adaptive Gauss-Kronrod in T
        // (in ln T for the magnetic part) of the differential cross section.
        var xs = Nucleus(symbol, new CevnsOptions(FormFactor: model));
        var c = new Couplings(MuEff: 3e-11, TensorU: 1e-12, TensorS: 5e-12, ScalarN: 2e-12);
        var tMax = xs.MaxRecoil(enu);
        var tMin = 1e-4 * tMax;
        var total = xs.Total(Flavor.NuE, enu, c, tMin);

        double Part(Func<XsecComponents, double> pick) =>
            GaussKronrodRule.Integrate(t => pick(xs.Differential(Flavor.NuE, enu, t, c)), tMin, tMax, out _, out _, 1e-12, 20, 61);
        var magnetic = GaussKronrodRule.Integrate(
            u => Math.Exp(u) * xs.Differential(Flavor.NuE, enu, Math.Exp(u), c).Magnetic,
            Math.Log(tMin), Math.Log(tMax), out _, out _, 1e-12, 20, 61);

        Assert.Equal(1.0, total.Sm / Part(x => x.Sm), 1e-6);
        Assert.Equal(1.0, total.Tensor / Part(x => x.Tensor), 1e-6);
        Assert.Equal(1.0, total.Scalar / Part(x => x.Scalar), 1e-6);
        Assert.Equal(1.0, total.Magnetic / magnetic, 1e-6);
    }

    [Fact]
    public void MagneticTermScalesAsZSquared()
    {
        // physics.md 2.6: (pi alpha^2/m_e^2) mu^2 Z^2 F^2 (1/T - 1/E); at F = 1 the ratio of two nuclei is (Z1/Z2)^2.
        var c = new Couplings(MuEff: 1e-10);
        var cs = Nucleus("Cs133", NoFormFactor).Differential(Flavor.NuMu, 30, 1e-3, c).Magnetic;
        var ar = Nucleus("Ar40", NoFormFactor).Differential(Flavor.NuMu, 30, 1e-3, c).Magnetic;
        Assert.Equal(Math.Pow(55.0 / 18.0, 2), cs / ar, 1e-12);
        var expected = Math.PI * Alpha * Alpha / (Me * Me) * 1e-20 * 55 * 55 * (1 / 1e-3 - 1 / 30.0) * HbarC2;
        Assert.Equal(1.0, cs / expected, 1e-12);
    }

    [Fact]
    public void SmIsFlavourBlindAndVanishesAtTheEndpoint()
    {
        var xs = Nucleus("Ar40");
        var tMax = xs.MaxRecoil(40);
        var nue = xs.Differential(Flavor.NuE, 40, 0.3 * tMax, Couplings.StandardModel);
        Assert.Equal(nue, xs.Differential(Flavor.NuTauBar, 40, 0.3 * tMax, Couplings.StandardModel));
        Assert.Equal(0.0, xs.Differential(Flavor.NuE, 40, tMax, Couplings.StandardModel).Sm);
        // Tensor keeps half its slope: (1 - T/(2 T_max)) = 1/2 at T_max (seed 2 eq. 3.11).
        var c = new Couplings(TensorD: 1e-12);
        var ratio = xs.Differential(Flavor.NuE, 40, tMax, c).Tensor / xs.Differential(Flavor.NuE, 40, 0, c).Tensor;
        Assert.Equal(0.5 * Math.Pow(xs.FormFactorAtRecoil(tMax), 2), ratio, 1e-12);
    }

    [Fact]
    public void BadInputIsHandled()
    {
        var xs = Nucleus("Cs133");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => xs.Differential(Flavor.NuE, 0, 1e-3, default));
        Assert.Contains("Neutrino energy", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => xs.Total(Flavor.NuE, -1, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => xs.MaxRecoil(double.NaN));
        var c = new Couplings(MuEff: 1e-10, TensorU: 1e-12, ScalarP: 1e-12);
        Assert.Equal(XsecComponents.Zero, xs.Differential(Flavor.NuE, 30, -1e-6, c));
        Assert.Equal(XsecComponents.Zero, xs.Differential(Flavor.NuE, 30, 1.0001 * xs.MaxRecoil(30), c));
        Assert.Equal(XsecComponents.Zero, xs.Total(Flavor.NuE, 30, c, tMin: 2 * xs.MaxRecoil(30)));
        Assert.False(CevnsTargets.TryCreate("Pb208", new CevnsOptions(), out _));
        Assert.False(CevnsTargets.TryCreate("", new CevnsOptions(), out _));
    }
}
