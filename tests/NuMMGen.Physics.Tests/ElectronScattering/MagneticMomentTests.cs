using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>Magnetic-moment term, seed 2 (Chen, Zheng, Zhang) eq. (3.4) and docs physics.md 2.2.</summary>
public class MagneticMomentTests
{
    private static readonly IRecoilCrossSection Free = ElectronTargets.Free(new ElectronScatteringOptions());

    /// <summary>pi alpha^2/m_e^2 = pi r_e^2 with CODATA 2018 r_e = 2.8179403262e-13 cm.</summary>
    [Fact]
    public void PrefactorIsPiTimesClassicalElectronRadiusSquared()
    {
        const double re = 2.8179403262e-13;
        var enu = 1.0;
        var t = 0.25;
        var value = Free.Differential(Flavor.NuE, enu, t, new Couplings(MuEff: 1.0)).Magnetic;
        var expected = Math.PI * re * re * (1 / t - 1 / enu);
        Assert.True(Math.Abs(value / expected - 1) < 1e-8, $"{value} vs {expected}");
    }

    /// <summary>Shape (1/T - 1/E), scaling with mu_eff^2, independent of flavour and of particle/antiparticle.</summary>
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(12.0)]
    public void ShapeAndFlavourIndependence(double enu)
    {
        var tMax = Free.MaxRecoil(enu);
        var couplings = new Couplings(MuEff: 3e-11);
        var reference = Free.Differential(Flavor.NuE, enu, 0.5 * tMax, couplings).Magnetic / (1 / (0.5 * tMax) - 1 / enu);
        foreach (var flavor in Enum.GetValues<Flavor>())
        {
            foreach (var x in new[] { 1e-5, 0.1, 0.5, 1.0 })
            {
                var t = x * tMax;
                var value = Free.Differential(flavor, enu, t, couplings).Magnetic;
                Assert.True(Math.Abs(value / (reference * (1 / t - 1 / enu)) - 1) < 1e-12);
            }
        }
        var doubled = Free.Differential(Flavor.NuMu, enu, 0.5 * tMax, new Couplings(MuEff: 6e-11)).Magnetic;
        Assert.True(Math.Abs(doubled / (4 * reference * (2 / tMax - 1 / enu)) - 1) < 1e-12);
    }

    /// <summary>IRecoilCrossSection contract: the free-electron magnetic total diverges as ln(1/tMin): +infinity at tMin = 0.</summary>
    [Fact]
    public void FreeTotalIsInfiniteAtZeroThreshold()
    {
        Assert.Equal(double.PositiveInfinity, Free.Total(Flavor.NuEBar, 2.0, new Couplings(MuEff: 1e-11)).Magnetic);
        Assert.Equal(0.0, Free.Total(Flavor.NuEBar, 2.0, Couplings.StandardModel).Magnetic);
        Assert.True(double.IsFinite(Free.Total(Flavor.NuEBar, 2.0, new Couplings(MuEff: 1e-11), tMin: 1e-3).Magnetic));
    }
}
