using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Tests.CrossSections;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>
/// The lane-wise nu-e evaluation that the event sampler uses (<see cref="FreeElectronLanes"/> through
/// <see cref="IBatchRecoilCrossSection.DifferentialPairs"/>) against the one-point methods of the rate engine.
/// </summary>
public class FreeElectronBatchTests
{
    private static readonly Couplings Bsm = new(MuEff: 1.0, TensorE: Couplings.FromGeV(1.0), ScalarE: Couplings.FromGeV(1.0));

    private static IBatchRecoilCrossSection Free(bool radiative) =>
        (IBatchRecoilCrossSection)ElectronTargets.Free(new ElectronScatteringOptions { RadiativeCorrections = radiative });

    [Theory]
    [InlineData(Flavor.NuE, Flavor.NuMu, false)]
    [InlineData(Flavor.NuEBar, Flavor.NuMuBar, false)]
    [InlineData(Flavor.NuE, Flavor.NuMu, true)]
    public void BatchValuesAreTheOnePointValuesBitForBit(Flavor flavor, Flavor other, bool radiative)
    {
        var zeros = BatchAgreement.Check(Free(radiative), flavor, other, Bsm, 0.1, 20, seed: 7);
        Assert.InRange(zeros, 5, 40);
    }

    /// <summary>
    /// The lanes repeat the one-flavour kernels (<see cref="FreeElectronKernels"/>, checked against seed 2 eqs. (3.4) and
    /// (3.6) in <see cref="StandardModelTests"/> and <see cref="MagneticMomentTests"/>) with 1/E formed once: equal to
    /// <see cref="IRecoilCrossSection.Differential"/> of each flavour to a few ulp, and exactly zero outside 0 &lt; T &lt;= T_max.
    /// </summary>
    [Theory]
    [InlineData(Flavor.NuE, Flavor.NuTau)]
    [InlineData(Flavor.NuMuBar, Flavor.NuEBar)]
    public void TreeLevelPairMatchesEachFlavoursDifferential(Flavor flavor, Flavor other)
    {
        var xs = Free(radiative: false);
        var random = new System.Random(3);
        for (var k = 0; k < 2000; k++)
        {
            var enu = 0.05 + 30 * random.NextDouble();
            var t = random.NextDouble() * xs.MaxRecoil(enu);
            var pair = xs.DifferentialPair(flavor, other, enu, t, Bsm, out var smOther);
            var one = xs.Differential(flavor, enu, t, Bsm);
            AssertClose(one.Sm, pair.Sm);
            AssertClose(one.Magnetic, pair.Magnetic);
            AssertClose(one.Tensor, pair.Tensor);
            AssertClose(one.Scalar, pair.Scalar);
            AssertClose(xs.Differential(other, enu, t, Bsm).Sm, smOther);
        }
        Assert.Equal(XsecComponents.Zero, xs.DifferentialPair(flavor, other, 1.0, 1.01 * xs.MaxRecoil(1.0), Bsm, out var above));
        Assert.Equal(0.0, above);
        Assert.Equal(XsecComponents.Zero, xs.DifferentialPair(flavor, other, 1.0, 0.0, Bsm, out _));
    }

    [Fact]
    public void BatchRefusesColumnsShorterThanItsPoints()
    {
        BatchAgreement.ShortColumnIsRefused(Free(radiative: false));
        BatchAgreement.ShortColumnIsRefused(Free(radiative: true));
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.InRange(Math.Abs(actual - expected), 0, 1e-14 * Math.Abs(expected));
}
