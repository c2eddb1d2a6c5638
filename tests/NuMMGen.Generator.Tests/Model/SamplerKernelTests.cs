using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Tests.Model;

/// <summary>
/// The sampler evaluates dsigma/dT through <see cref="IRecoilCrossSection.DifferentialPair"/> (a fast path: 1/E formed
/// once for nu-e at tree level); the rate engine and the physics tests use <see cref="IRecoilCrossSection.Differential"/>.
/// Both must give the same parts to 1e-12 relative on a grid of (E, T) for every kind of target, flavour pair and
/// coupling, so events carry the dsigma/dT that is integrated.
/// </summary>
public class SamplerKernelTests
{
    [Theory]
    [InlineData(ScatteringProcess.NeutrinoElectron, "e", false)]
    [InlineData(ScatteringProcess.NeutrinoElectron, "e", true)]
    [InlineData(ScatteringProcess.NeutrinoElectron, "Ge", false)]
    [InlineData(ScatteringProcess.Cevns, "Cs133", false)]
    public void Pair_evaluation_equals_the_differential_cross_section(ScatteringProcess process, string target, bool radiative)
    {
        var xs = CrossSectionCatalog.Resolve(process, target, new CrossSectionSettings(RadiativeCorrections: radiative));
        var couplings = new Couplings(MuEff: 1.0, TensorE: Couplings.FromGeV(1.0), ScalarE: Couplings.FromGeV(1.0),
            TensorU: Couplings.FromGeV(0.01), ScalarP: Couplings.FromGeV(0.02), ScalarN: Couplings.FromGeV(0.01));
        var pairs = new[] { (Flavor.NuE, Flavor.NuMu), (Flavor.NuEBar, Flavor.NuMuBar) };
        var compared = 0;
        foreach (var (flavor, other) in pairs)
        {
            foreach (var enu in new[] { 0.3, 0.862, 2.5, 10.0, 52.8 })
            {
                var tMax = xs.MaxRecoil(enu);
                foreach (var fraction in new[] { 1e-4, 0.01, 0.2, 0.5, 0.9, 0.999999, 1.0 })
                {
                    var t = fraction * tMax;
                    var pair = xs.DifferentialPair(flavor, other, enu, t, couplings, out var smOther);
                    var a = xs.Differential(flavor, enu, t, couplings);
                    var b = xs.Differential(other, enu, t, couplings);
                    AssertClose(a.Sm, pair.Sm);
                    AssertClose(a.Magnetic, pair.Magnetic);
                    AssertClose(a.Tensor, pair.Tensor);
                    AssertClose(a.Scalar, pair.Scalar);
                    AssertClose(b.Sm, smOther);
                    compared++;
                }
            }
        }
        Assert.Equal(70, compared);
    }

    /// <summary>
    /// Germanium atoms (stepping): the sampler's form, the multiplicity times the free-electron factor, gives exactly the
    /// unit parts of the bound cross section, at recoils on both sides of every binding energy and on the edges.
    /// </summary>
    [Fact]
    public void Stepped_evaluation_with_the_multiplicity_equals_the_bound_cross_section()
    {
        var xs = CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "Ge", new CrossSectionSettings());
        Assert.NotEmpty(xs.RecoilBreaks);
        var kernel = new Rates.ChannelKernel(xs, ScatteringProcess.NeutrinoElectron, PhysicalConstants.ElectronMass, true, 1e-6, 1.0, null);
        var recoils = xs.RecoilBreaks.SelectMany(b => new[] { b * (1 - 1e-9), b, Math.BitIncrement(b), b * (1 + 1e-9) })
            .Concat([1e-6, 0.02, 0.2]).ToArray();
        foreach (var enu in new[] { 0.5, 3.0, 8.0 })
        {
            foreach (var t in recoils)
            {
                var n = kernel.Multiplicity(t);
                Assert.Equal(kernel.UnitAt(enu, t), kernel.UnitAt(enu, t, n));
            }
        }
        Assert.Equal(32, kernel.Multiplicity(0.02));
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
