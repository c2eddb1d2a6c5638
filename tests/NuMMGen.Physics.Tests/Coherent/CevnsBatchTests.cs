using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Tests.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Tests.Coherent;

/// <summary>
/// The lane-wise evaluation of CEvNS that the event sampler uses (<see cref="CevnsNucleus.DifferentialPairs"/>) against the
/// one-point evaluation of the rate engine, and the Helm form factor from vector functions against libm.
/// </summary>
public class CevnsBatchTests
{
    [Theory]
    [InlineData(FormFactorModel.Helm)]
    [InlineData(FormFactorModel.KleinNystrand)]
    [InlineData(FormFactorModel.None)]
    public void BatchValuesAreTheOnePointValuesBitForBit(FormFactorModel model)
    {
        var xs = new CevnsNucleus(NuclideTable.Get("Cs133"), new CevnsOptions(FormFactor: model));
        var couplings = new Couplings(MuEff: 1.0, TensorU: Couplings.FromGeV(1.0), ScalarP: Couplings.FromGeV(1.0));
        var zeros = BatchAgreement.Check(xs, Flavor.NuE, Flavor.NuMu, couplings, 1, 53, seed: 5);
        Assert.InRange(zeros, 5, 40);
        // The flavour does not enter: the second flavour's SM part is the first's, and Differential gives the same.
        var one = xs.DifferentialPair(Flavor.NuE, Flavor.NuTauBar, 30, 0.01, couplings, out var smOther);
        Assert.Equal(one.Sm, smOther);
        Assert.Equal(xs.Differential(Flavor.NuMu, 30, 0.01, couplings), one);
    }

    [Fact]
    public void BatchRefusesColumnsShorterThanItsPoints() =>
        BatchAgreement.ShortColumnIsRefused(new CevnsNucleus(NuclideTable.Get("I127"), new CevnsOptions()));

    [Fact]
    public void HelmFromVectorFunctionsMatchesTheLibmFormula()
    {
        // Independent evaluation: Lewin and Smith's F = 3 j1(q R0)/(q R0) exp(-q^2 s^2/2) with Math.Sin, Math.Cos and
        // Math.Exp, over the momentum transfers of reactor to SNS recoils (q R0 up to 12).
        var r0 = NuclearFormFactor.HelmRadiusFm(133);
        for (var q = 0.1; q < 2.2; q += 0.0173)
        {
            var x = q * r0;
            var libm = 3 * (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x) * Math.Exp(-0.5 * q * q * 0.81);
            Assert.Equal(libm, NuclearFormFactor.Helm(q * NuclearFormFactor.HbarCMeVFm, 133), 2e-13 * Math.Max(1, 1 / Math.Abs(libm)) * Math.Abs(libm) + 1e-15);
        }
    }
}
