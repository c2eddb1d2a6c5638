using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>Kinematic limits and argument checks (IRecoilCrossSection contract).</summary>
public class EdgeCaseTests
{
    private static readonly Couplings All = new(MuEff: 1e-10, TensorE: 1e-11, ScalarE: 1e-11);

    public static TheoryData<bool, string?> Targets => new() { { false, null }, { true, null }, { false, "Ge" } };

    private static IRecoilCrossSection Make(bool radiative, string? element)
    {
        var options = new ElectronScatteringOptions(RadiativeCorrections: radiative);
        if (element is null)
        {
            return ElectronTargets.Free(options);
        }
        Assert.True(ElectronTargets.TryBound(element, options, out var xs));
        return xs;
    }

    /// <summary>T_max = 2E^2/(m_e + 2E) (physics.md 2.1); zero outside (0, T_max].</summary>
    [Theory]
    [MemberData(nameof(Targets))]
    public void OutsideKinematicRangeIsZero(bool radiative, string? element)
    {
        var xs = Make(radiative, element);
        var enu = 2.0;
        var tMax = 2 * enu * enu / (0.51099895 + 2 * enu);
        Assert.Equal(tMax, xs.MaxRecoil(enu), 1e-12);
        Assert.Equal(XsecComponents.Zero, xs.Differential(Flavor.NuE, enu, -0.1, All));
        Assert.Equal(XsecComponents.Zero, xs.Differential(Flavor.NuE, enu, 0.0, All));
        Assert.Equal(XsecComponents.Zero, xs.Differential(Flavor.NuE, enu, tMax * (1 + 1e-12), All));
        Assert.True(xs.Differential(Flavor.NuE, enu, tMax, All).Sm > 0);
        Assert.Equal(XsecComponents.Zero, xs.Total(Flavor.NuE, enu, All, tMin: tMax * 1.01));
        Assert.Equal(XsecComponents.Zero, xs.Total(Flavor.NuE, enu, All, tMin: 0.5, tMax: 0.4));
        Assert.Equal(xs.Total(Flavor.NuE, enu, All, 0.1).Sm, xs.Total(Flavor.NuE, enu, All, 0.1, 1e6).Sm);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void NonPositiveNeutrinoEnergyThrows(bool radiative, string? element)
    {
        var xs = Make(radiative, element);
        foreach (var enu in new[] { 0.0, -1.0, double.NaN, double.PositiveInfinity })
        {
            var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => xs.Differential(Flavor.NuE, enu, 0.1, All));
            Assert.Contains("Neutrino energy must be positive", e1.Message);
            var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => xs.Total(Flavor.NuE, enu, All));
            Assert.Contains("Neutrino energy must be positive", e2.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => xs.MaxRecoil(enu));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => xs.Differential(Flavor.NuE, 1.0, double.NaN, All));
    }
}
