using NuMMGen.Physics.Targets;

namespace NuMMGen.Physics.Tests.Targets;

public class NuclideTableTests
{
    [Theory]
    [InlineData("H")]
    [InlineData("C")]
    [InlineData("N")]
    [InlineData("O")]
    [InlineData("Na")]
    [InlineData("Ar")]
    [InlineData("Ge")]
    [InlineData("I")]
    [InlineData("Cs")]
    [InlineData("Xe")]
    public void AbundancesOfEachElementSumToOne(string element)
    {
        // Source: NIST representative isotopic compositions (sum to 1 by construction, up to rounding).
        var sum = NuclideTable.Isotopes(element).Sum(n => n.Abundance);
        Assert.Equal(1.0, sum, 1e-6);
    }

    // Source: IUPAC standard atomic weights 2021 (Prohaska et al., Pure Appl. Chem. 94, 573 (2022)); for the
    // elements with interval values (H, C, N, O, Ar) the IUPAC conventional values.
    [Theory]
    [InlineData("H", 1.008)]
    [InlineData("C", 12.011)]
    [InlineData("N", 14.007)]
    [InlineData("O", 15.999)]
    [InlineData("Na", 22.98976928)]
    [InlineData("Ar", 39.95)]
    [InlineData("Ge", 72.630)]
    [InlineData("I", 126.90447)]
    [InlineData("Cs", 132.90545196)]
    [InlineData("Xe", 131.293)]
    public void AtomicWeightsMatchIupacStandardAtomicWeights(string element, double standard)
    {
        var weight = NuclideTable.AtomicWeight(element);
        Assert.True(Math.Abs(weight / standard - 1) < 1e-4, $"{element}: {weight} vs IUPAC {standard}");
    }

    [Fact]
    public void LookupIgnoresCaseAndAcceptsBothOrders()
    {
        Assert.Equal("Ge72", NuclideTable.Get("ge72").Symbol);
        Assert.True(NuclideTable.TryGet("72Ge", out var ge));
        Assert.Equal(32, ge.Z);
        Assert.Equal(40, ge.N);
        Assert.Equal(72, ge.A);
        Assert.True(NuclideTable.TryGet("Xe-136", out _));
        Assert.False(NuclideTable.TryGet("Pb208", out _));
        Assert.Throws<KeyNotFoundException>(() => NuclideTable.Get("Unobtainium1"));
        Assert.Equal(5, NuclideTable.Isotopes("ge").Count);
        Assert.Equal(9, NuclideTable.Isotopes("Xe").Count);
    }

    [Fact]
    public void NuclearMassIsAtomicMassMinusElectrons()
    {
        // AME2020 atomic mass of 133Cs; u = 931.49410242 MeV, m_e = 0.51099895 MeV (physics.md section 1).
        var expected = 132.9054519610 * 931.49410242 - 55 * 0.51099895;
        Assert.Equal(expected, NuclideTable.Get("Cs133").NuclearMass, 1e-6);
    }
}
