using System.Numerics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Numerics;
using NuMMGen.Physics.Units;
using Xunit.Abstractions;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>
/// The lane-wise BKS evaluation (<see cref="BksTermLanes"/>, <see cref="BksLanes"/>), which the rate engine and the sampler
/// share, against the independent one-point transcription of the paper in <see cref="BksScalarReference"/>.
/// </summary>
public class BksLanesTests(ITestOutputHelper output)
{
    /// <summary>
    /// Points (E, T): E log-uniform on [0.05, 20] MeV, T/T_max log-uniform on [1e-6, 1], plus T = T_max and T_max/2 (the
    /// lanes' power series and closed forms switch at beta = 0.2, T = 10.6 keV, and y^2 = 0.2, T = 255 keV, both inside).
    /// </summary>
    private static IEnumerable<(double E, double T)> Points(int seed, int count)
    {
        var random = new System.Random(seed);
        for (var i = 0; i < count; i++)
        {
            var enu = 0.05 * Math.Pow(400, random.NextDouble());
            var tMax = FreeElectronKernels.MaxRecoil(enu);
            var q = (i % 10) switch { 0 => 0.999, 1 => 0.5, _ => Math.Pow(1e-6, random.NextDouble()) };
            yield return (enu, q * tMax);
        }
    }

    /// <summary>
    /// f_-, (1 - z)^2 f_+, f_+- to 5e-14 of max(1, |value|) and I(T) to 1e-14 relative against the reference (measured:
    /// 2.0e-14 and 3.5e-15). The functions are O(1) to O(10) and enter the cross section times alpha/pi = 0.0023 (I times
    /// 0.0097 s^2 = 0.0022), so this is below 1e-16 of it. The largest differences are at T near T_max, where f_- and f_+-
    /// grow like ln(T_max - T) and the rounding of its small argument with them.
    /// </summary>
    [Fact]
    public void Terms_match_the_reference()
    {
        double worstMinus = 0, worstPlus = 0, worstPlusMinus = 0, worstI = 0;
        foreach (var (enu, t) in Points(5, 20_000))
        {
            var lanes = BksTermLanes.At(new Vector<double>(enu), new Vector<double>(t));
            var (minus, plus, plusMinus) = BksScalarReference.Qed(enu, t);
            worstMinus = Math.Max(worstMinus, Difference(lanes.Minus[0], minus));
            worstPlus = Math.Max(worstPlus, Difference(lanes.PlusTimesOneMinusZSquared[0], plus));
            worstPlusMinus = Math.Max(worstPlusMinus, Difference(lanes.PlusMinus[0], plusMinus));
            var loopI = BksScalarReference.LoopFunctionI(t);
            worstI = Math.Max(worstI, Math.Abs(lanes.LoopI[0] / loopI - 1));
        }
        output.WriteLine($"largest differences: f_- {worstMinus:E2}, (1-z)^2 f_+ {worstPlus:E2}, f_+- {worstPlusMinus:E2}, I (relative) {worstI:E2}");
        Assert.True(worstMinus < 5e-14 && worstPlus < 5e-14 && worstPlusMinus < 5e-14, "QED functions differ from the reference");
        Assert.True(worstI < 1e-14, "I(T) differs from the reference");
    }

    /// <summary>
    /// The cross section's curly bracket for every flavour against the reference, to 2e-15 of max(|bracket|, 0.05). The
    /// floor is about the smallest coupling term (g_L^2 = 0.055 of the antineutrinos): the nu_e-bar bracket dips to 1e-4
    /// near z = 0.68, where its terms cancel and both evaluations keep only their absolute rounding (about 1e-17).
    /// </summary>
    [Theory]
    [InlineData(Flavor.NuE)]
    [InlineData(Flavor.NuMu)]
    [InlineData(Flavor.NuTau)]
    [InlineData(Flavor.NuEBar)]
    [InlineData(Flavor.NuMuBar)]
    public void Bracket_matches_the_reference(Flavor flavor)
    {
        var worst = 0.0;
        foreach (var (enu, t) in Points(9, 20_000))
        {
            var e = new Vector<double>(enu);
            var bracket = BksLanes.Bracket(new BksFlavor(flavor), BksTermLanes.At(e, new Vector<double>(t)))[0];
            var reference = BksScalarReference.Bracket(flavor, enu, t);
            worst = Math.Max(worst, Math.Abs(bracket - reference) / Math.Max(Math.Abs(reference), 0.05));
        }
        output.WriteLine($"{flavor}: largest scaled difference {worst:E2}");
        Assert.True(worst < 2e-15, $"largest scaled difference {worst:E3}");
    }

    /// <summary>
    /// The sampler's pair (both flavours' SM parts from one evaluation) against the rate engine's one-flavour
    /// <see cref="IRecoilCrossSection.Differential"/>: the same lanes, so equal to one rounding.
    /// </summary>
    [Theory]
    [InlineData(Flavor.NuE, Flavor.NuMu)]
    [InlineData(Flavor.NuMuBar, Flavor.NuEBar)]
    public void Pair_matches_each_flavours_differential(Flavor flavor, Flavor other)
    {
        var bsm = new Couplings(MuEff: 1.0, TensorE: Couplings.FromGeV(1.0), ScalarE: Couplings.FromGeV(1.0));
        var xs = ElectronTargets.Free(new ElectronScatteringOptions(RadiativeCorrections: true));
        foreach (var (enu, t) in Points(13, 2000))
        {
            var pair = xs.DifferentialPair(flavor, other, enu, t, bsm, out var smOther);
            var one = xs.Differential(flavor, enu, t, bsm);
            Assert.Equal(one.Sm, pair.Sm, 3e-16 * one.Sm);
            Assert.Equal(xs.Differential(other, enu, t, bsm).Sm, smOther, 3e-16 * smOther);
            Assert.Equal(one.Magnetic, pair.Magnetic, 1e-14 * one.Magnetic);
            Assert.Equal(one.Tensor, pair.Tensor, 1e-14 * one.Tensor);
        }
    }

    /// <summary>
    /// A vector with one lane at T = T_max exactly (D's argument clamped to the smallest subnormal, outside the unchecked
    /// logarithms' range) is evaluated again with the checked logarithms: every lane equals the same point evaluated alone,
    /// and the end-point lane is finite and matches the reference.
    /// </summary>
    [Fact]
    public void A_lane_at_the_end_point_leaves_the_other_lanes_unchanged()
    {
        var count = Vector<double>.Count;
        var energies = new double[count];
        var recoils = new double[count];
        for (var k = 0; k < count; k++)
        {
            energies[k] = 0.3 + 0.4 * k;
            recoils[k] = 0.37 * FreeElectronKernels.MaxRecoil(energies[k]);
        }
        // Lane 0 at an end point where D's argument 1 - z - m_e/(E_e + l) rounds to zero or below (about four in ten do).
        const double me = PhysicalConstants.ElectronMass;
        energies[0] = Enumerable.Range(0, 1000).Select(i => 0.05 + 0.001 * i).First(e =>
        {
            var tMax = FreeElectronKernels.MaxRecoil(e);
            return (1 - tMax / e) - me / (tMax + me + Math.Sqrt(tMax * (tMax + 2 * me))) <= 0;
        });
        recoils[0] = FreeElectronKernels.MaxRecoil(energies[0]);
        var lanes = BksTermLanes.At(new Vector<double>(energies), new Vector<double>(recoils));
        for (var k = 0; k < count; k++)
        {
            var alone = BksTermLanes.At(new Vector<double>(energies[k]), new Vector<double>(recoils[k]));
            Assert.Equal(alone.Minus[0], lanes.Minus[k]);
            Assert.Equal(alone.PlusTimesOneMinusZSquared[0], lanes.PlusTimesOneMinusZSquared[k]);
            Assert.Equal(alone.PlusMinus[0], lanes.PlusMinus[k]);
            Assert.Equal(alone.LoopI[0], lanes.LoopI[k]);
        }
        var (minus, plus, plusMinus) = BksScalarReference.Qed(energies[0], recoils[0]);
        Assert.True(double.IsFinite(lanes.Minus[0]) && double.IsFinite(lanes.PlusMinus[0]));
        Assert.True(Difference(lanes.Minus[0], minus) < 5e-14 && Difference(lanes.PlusTimesOneMinusZSquared[0], plus) < 5e-14
            && Difference(lanes.PlusMinus[0], plusMinus) < 5e-14, "end-point lane differs from the reference");
    }

    private static double Difference(double value, double reference) => Math.Abs(value - reference) / Math.Max(1, Math.Abs(reference));
}
