using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Targets.Atomic;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>Stepping approximation on atomic electrons (docs physics.md 2.4; shells from the X-ray Data Booklet Table 1-1).</summary>
public class BoundElectronTests
{
    private static readonly ElectronScatteringOptions Options = new();

    [Theory]
    [InlineData("H", 1)]
    [InlineData("C", 6)]
    [InlineData("O", 8)]
    [InlineData("Na", 11)]
    [InlineData("Ar", 18)]
    [InlineData("Ge", 32)]
    [InlineData("I", 53)]
    [InlineData("Xe", 54)]
    [InlineData("Cs", 55)]
    public void ElectronCountEqualsZ(string element, int z)
    {
        Assert.True(ShellTable.TryGet(element, out var table));
        Assert.Equal(z, table.ElectronCount);
        Assert.Equal(z, table.ActiveElectrons(1.0));
        Assert.Equal(0, table.ActiveElectrons(0.0));
        Assert.Contains(table.Element, ElectronTargets.BoundElements);
    }

    /// <summary>Across each binding energy the number of active electrons rises by that subshell's occupancy.</summary>
    [Theory]
    [InlineData("Ge")]
    [InlineData("Xe")]
    [InlineData("Cs")]
    [InlineData("Ar")]
    public void StepAtEachEdgeEqualsOccupancy(string element)
    {
        Assert.True(ShellTable.TryGet(element, out var table));
        foreach (var group in table.Shells.GroupBy(s => s.BindingEnergy))
        {
            var edge = group.Key;
            var step = table.ActiveElectrons(edge * (1 + 1e-9)) - table.ActiveElectrons(edge * (1 - 1e-9));
            Assert.Equal(group.Sum(s => s.Occupancy), step);
        }
    }

    [Fact]
    public void GermaniumKShellEdgeFromXrayDataBooklet()
    {
        Assert.True(ShellTable.TryGet("ge", out var ge));
        Assert.Equal(11.1031e-3, ge.Shells[0].BindingEnergy, 9);
        Assert.Equal(2, ge.Shells[0].Occupancy);
        Assert.Equal("K", ge.Shells[0].Name);
    }

    /// <summary>Per-atom dsigma/dT = (active electrons) x free dsigma/dT, same T_max as the free electron.</summary>
    [Fact]
    public void BoundDifferentialIsStepTimesFree()
    {
        var free = ElectronTargets.Free(Options);
        Assert.True(ElectronTargets.TryBound("XE", Options, out var xe));
        Assert.Equal("Xe", xe.TargetName);
        Assert.Equal(RecoilKind.Electron, xe.RecoilKind);
        Assert.True(ShellTable.TryGet("Xe", out var table));
        var couplings = new Couplings(MuEff: 1e-10, TensorE: 1e-12, ScalarE: 1e-12);
        var enu = 1.0;
        Assert.Equal(free.MaxRecoil(enu), xe.MaxRecoil(enu));
        foreach (var t in new[] { 5e-6, 0.02, 0.0345, 0.0346, 0.5 })
        {
            var bound = xe.Differential(Flavor.NuEBar, enu, t, couplings);
            var single = free.Differential(Flavor.NuEBar, enu, t, couplings);
            var n = table.ActiveElectrons(t);
            Assert.Equal(n * single.Sum, bound.Sum, 1e-12 * single.Sum * 54);
        }
        Assert.Equal(54.0 * free.Differential(Flavor.NuE, enu, 0.5, couplings).Sm, xe.Differential(Flavor.NuE, enu, 0.5, couplings).Sm, 1e-55);
        Assert.Equal(XsecComponents.Zero, xe.Differential(Flavor.NuE, enu, 1e-6, couplings));
    }

    /// <summary>
    /// As a stepped cross section: the multiplicity is the active-electron count (Ge: 32 above the K edge 11.1031 keV,
    /// 30 between it and L1 at 1.4143 keV, X-ray Data Booklet Table 1-1) and Differential is exactly n times the free
    /// factor, part by part.
    /// </summary>
    [Fact]
    public void SteppedFormIsCountTimesContinuousFactor()
    {
        Assert.True(ElectronTargets.TryBound("Ge", Options, out var ge));
        var stepped = Assert.IsAssignableFrom<ISteppedRecoilCrossSection>(ge);
        Assert.Equal(32, stepped.Multiplicity(0.020));
        Assert.Equal(30, stepped.Multiplicity(0.005));
        Assert.Equal(0, stepped.Multiplicity(0.0));
        var couplings = new Couplings(MuEff: 1e-10, TensorE: 1e-12, ScalarE: 1e-12);
        foreach (var t in new[] { 1e-5, 0.0013, 0.005, 0.0111031, 0.012, 0.2 })
        {
            double n = stepped.Multiplicity(t);
            var c = stepped.Continuous.Differential(Flavor.NuEBar, 3.0, t, couplings);
            var full = ge.Differential(Flavor.NuEBar, 3.0, t, couplings);
            Assert.Equal(new XsecComponents(n * c.Sm, n * c.Magnetic, n * c.Tensor, n * c.Scalar), full);
        }
        Assert.Equal("e", stepped.Continuous.TargetName);
    }

    [Fact]
    public void UnknownElementIsRejected()
    {
        Assert.False(ElectronTargets.TryBound("Unobtainium", Options, out _));
        Assert.False(ElectronTargets.TryBound("", Options, out _));
        Assert.Contains("Ge", ElectronTargets.BoundElements);
        Assert.Contains("Xe", ElectronTargets.BoundElements);
    }
}
