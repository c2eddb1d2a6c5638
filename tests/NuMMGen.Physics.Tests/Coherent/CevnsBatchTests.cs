using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Tests.Coherent;

/// <summary>
/// The lane-wise evaluation of CEvNS that the event sampler uses (<see cref="CevnsNucleus.DifferentialPairs"/>) against the
/// one-point evaluation of the rate engine, and the vector elementary functions the form factors rest on.
/// </summary>
public class CevnsBatchTests
{
    [Theory]
    [InlineData(FormFactorModel.Helm)]
    [InlineData(FormFactorModel.KleinNystrand)]
    [InlineData(FormFactorModel.None)]
    public void BatchValuesAreTheOnePointValuesBitForBit(FormFactorModel model)
    {
        // Every length from 1 to 13 covers whole vectors and tails of every width; recoils up to 1.3 T_max include
        // points above the kinematic limit (zero in both).
        var xs = new CevnsNucleus(NuclideTable.Get("Cs133"), new CevnsOptions(FormFactor: model));
        var couplings = new Couplings(MuEff: 1.0, TensorU: Couplings.FromGeV(1.0), ScalarP: Couplings.FromGeV(1.0));
        var random = new System.Random(5);
        var zeros = 0;
        for (var n = 1; n <= 13; n++)
        {
            var enu = Enumerable.Range(0, n).Select(_ => 1 + 52 * random.NextDouble()).ToArray();
            var t = enu.Select(e => 1.3 * random.NextDouble() * xs.MaxRecoil(e)).ToArray();
            double[] sm = new double[n], magnetic = new double[n], tensor = new double[n], scalar = new double[n];
            xs.DifferentialPairs(enu, t, couplings, new RecoilPartColumns(sm, magnetic, tensor, scalar));
            for (var i = 0; i < n; i++)
            {
                var one = xs.DifferentialPair(Flavor.NuE, Flavor.NuMu, enu[i], t[i], couplings, out var smOther);
                Assert.Equal(one, new XsecComponents(sm[i], magnetic[i], tensor[i], scalar[i]));
                Assert.Equal(one.Sm, smOther);
                Assert.Equal(xs.Differential(Flavor.NuMu, enu[i], t[i], couplings), one);
                zeros += sm[i] == 0 ? 1 : 0;
            }
        }
        Assert.InRange(zeros, 5, 40);
    }

    [Fact]
    public void BatchRefusesColumnsShorterThanItsPoints()
    {
        var xs = new CevnsNucleus(NuclideTable.Get("I127"), new CevnsOptions());
        var ex = Assert.Throws<ArgumentException>(() => xs.DifferentialPairs(new double[5], new double[5], default,
            new RecoilPartColumns(new double[5], new double[4], new double[5], new double[5])));
        Assert.Contains("room for 5 values", ex.Message);
    }

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

    [Fact]
    public void VectorExponentialIsWithinTwoUlpOfLibmAndLaneByLane()
    {
        // The Helm form factor takes exp from System.Numerics.Vector. Checked on exponents in [-700, 0] (the form factor
        // holds its exponent there): the accuracy, and that a lane's value does not depend on its neighbours.
        var random = new System.Random(11);
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < 20000; i++)
        {
            for (var k = 0; k < lanes.Length; k++)
                lanes[k] = -(random.Next(3) == 0 ? 700 : 20) * random.NextDouble();
            var together = Vector.Exp(new Vector<double>(lanes));
            for (var k = 0; k < lanes.Length; k++)
            {
                var alone = Vector.Exp(new Vector<double>(lanes[k]))[0];
                Assert.Equal(alone, together[k]);
                Assert.InRange(Ulps(alone, Math.Exp(lanes[k])), 0, 2);
            }
        }
    }

    private static double Ulps(double value, double reference) =>
        Math.Abs(value - reference) / (Math.BitIncrement(Math.Abs(reference)) - Math.Abs(reference));
}
