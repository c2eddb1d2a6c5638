using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Quenching;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Tests;

public class QuenchingTests
{
    [Theory]
    // Reference values: an independent evaluation of Lewin and Smith, Astropart. Phys. 6, 87 (1996), eq. 4.1
    // (Lindhard et al. 1963) for Z = 32, k = 0.157, computed separately in Python.
    [InlineData(0.5, 0.1559548954602175)]
    [InlineData(1.0, 0.1709908709225335)]
    [InlineData(5.0, 0.21239956236051133)]
    [InlineData(10.0, 0.23410722816193508)]
    [InlineData(100.0, 0.34100661222112866)]
    public void LindhardGermaniumMatchesIndependentEvaluation(double keVnr, double expected)
    {
        var model = LindhardQuenching.Germanium();
        Assert.Equal(expected, model.Factor(keVnr * Units.KeV), 12);
        Assert.Equal(expected * keVnr * Units.KeV, model.ElectronEquivalent(keVnr * Units.KeV, RecoilKind.Nuclear), 15);
        Assert.Equal(keVnr * Units.KeV, model.ElectronEquivalent(keVnr * Units.KeV, RecoilKind.Electron));
    }

    [Fact]
    public void LindhardKForGermaniumFollowsLindhardsFormula()
    {
        // Lindhard et al. (1963): k = 0.133 Z^(2/3) A^(-1/2); natural Ge A = 72.63 gives 0.1573.
        Assert.Equal(LindhardQuenching.GermaniumK, 0.133 * Math.Pow(32, 2.0 / 3.0) / Math.Sqrt(72.63), 3);
    }

    [Fact]
    public void ConstantQuenchingIsTheCoherent2017Value()
    {
        // coherent_parameters.yaml: "multiply X by the quenching factor", QF = 0.0878.
        var model = new ConstantQuenching(ConstantQuenching.CoherentCsI2017);
        Assert.Equal(0.878 * Units.KeV, model.ElectronEquivalent(10 * Units.KeV, RecoilKind.Nuclear), 15);
        Assert.Equal(10 * Units.KeV, model.ElectronEquivalent(10 * Units.KeV, RecoilKind.Electron));
        Assert.Throws<DetectorInputException>(() => new ConstantQuenching(1.5));
    }

    [Fact]
    public void CoherentPolynomialFollowsTheReleasedQuenchingMeasurements()
    {
        // The 2022 global fit (JINST 17, P10034) against the TUNL points of the 2017 release: within 0.02 absolute
        // (the global fit also includes other data sets), and monotone over its range.
        var model = PolynomialQuenching.CoherentCsI2022();
        foreach (var point in QuenchingMeasurement.CoherentCsI2017("tunl"))
        {
            var qf = model.ElectronEquivalent(point.Recoil, RecoilKind.Nuclear) / point.Recoil;
            Assert.InRange(qf - point.Factor, -0.02, 0.02);
        }
        var previous = 0.0;
        for (var t = 0.5; t <= 100; t += 0.5)
        {
            var ee = model.ElectronEquivalent(t * Units.KeV, RecoilKind.Nuclear);
            Assert.True(ee > previous, $"not increasing at {t} keVnr");
            previous = ee;
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => model.ElectronEquivalent(0.2, RecoilKind.Nuclear));
    }

    [Fact]
    public void ReleasedQuenchingFactorFilesParse()
    {
        // Data release arXiv:1804.09459: 7 Chicago and 12 TUNL points between 2.8 and 65 keVnr, QF 0.05-0.11.
        var chicago = QuenchingMeasurement.CoherentCsI2017("chicago");
        var tunl = QuenchingMeasurement.CoherentCsI2017("tunl");
        Assert.Equal(7, chicago.Count);
        Assert.Equal(12, tunl.Count);
        Assert.Equal(2.87 * Units.KeV, chicago[0].Recoil, 12);
        Assert.Equal(0.0521, chicago[0].Factor);
        foreach (var p in chicago.Concat(tunl))
        {
            Assert.InRange(p.Recoil / Units.KeV, 2.8, 65);
            Assert.InRange(p.Factor, 0.05, 0.11);
            Assert.True(p.FactorErrorLow > 0 && p.FactorErrorHigh > 0);
        }
    }

    [Theory]
    // NIST ESTAR collision stopping power of liquid water (MeV cm^2/g): 4.115 at 100 keV, 1.849 at 1 MeV.
    // The Bethe formula without density effect is within 2 %.
    [InlineData(0.1, 4.115)]
    [InlineData(1.0, 1.849)]
    public void ElectronStoppingPowerMatchesEstarForWater(double mev, double estar)
    {
        var s = ElectronStoppingPower.Water().MassStoppingPower(mev * Units.MeV);
        Assert.InRange(s / estar, 0.98, 1.02);
    }

    [Fact]
    public void BirksNonLinearity()
    {
        // kB = 0 is the identity; with kB > 0 the light per MeV rises with energy towards 1 (Birks 1951);
        // with a calibration energy the scale is exact there.
        var pc = ElectronStoppingPower.Pseudocumene();
        var linear = new BirksQuenching(0, pc);
        foreach (var t in new[] { 0.0005, 0.01, 0.1, 1.0, 5.0 })
            Assert.Equal(t, linear.ElectronEquivalent(t, RecoilKind.Electron), 1e-6 * t);
        var birks = new BirksQuenching(0.011, pc);
        var previousRatio = 0.0;
        foreach (var t in new[] { 0.01, 0.03, 0.1, 0.3, 1.0, 3.0 })
        {
            var ratio = birks.ElectronEquivalent(t, RecoilKind.Electron) / t;
            Assert.InRange(ratio, previousRatio, 1.0);
            previousRatio = ratio;
        }
        var calibrated = new BirksQuenching(0.011, pc, calibrationEnergy: 1.0);
        Assert.Equal(1.0, calibrated.ElectronEquivalent(1.0, RecoilKind.Electron), 9);
        Assert.Throws<InvalidOperationException>(() => birks.ElectronEquivalent(0.01, RecoilKind.Nuclear));
        Assert.Throws<DetectorInputException>(() => new BirksQuenching(-0.01, pc));
    }
}
