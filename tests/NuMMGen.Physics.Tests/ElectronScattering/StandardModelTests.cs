using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using Xunit.Abstractions;

namespace NuMMGen.Physics.Tests.ElectronScattering;

/// <summary>Tree-level Standard Model nu-e scattering (docs physics.md 2.1).</summary>
public class StandardModelTests(ITestOutputHelper output)
{
    // Constants restated from docs physics.md section 1 (independent of the production code).
    private const double Gf = 1.1663788e-11;          // MeV^-2
    private const double Me = 0.51099895;             // MeV
    private const double HbarC = 197.3269804e-13;     // MeV cm
    private const double S2w = 0.23857;               // seed 2, below eq. (3.7)

    private static readonly IRecoilCrossSection Free = ElectronTargets.Free(new ElectronScatteringOptions());

    public static TheoryData<Flavor, double, double> Cases()
    {
        var data = new TheoryData<Flavor, double, double>();
        foreach (var flavor in Enum.GetValues<Flavor>())
        {
            foreach (var (enu, x) in new[] { (0.1, 0.3), (0.8618, 0.9), (8.0, 0.05), (29.79, 0.6) })
            {
                data.Add(flavor, enu, x);
            }
        }
        return data;
    }

    /// <summary>
    /// Seed 2 (Chen, Zheng, Zhang) eq. (3.6): G_F^2 m_e/(2 pi E^2) [g_+^2 E^2 + g_-^2 (E - T)^2 - g_+ g_- m_e T],
    /// eq. (3.7): g_+ = 2 s^2 + 1 (nu_e), 2 s^2 - 1 (nu_mu,tau), g_- = 2 s^2; antineutrinos exchange g_+ and g_-.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesSeed2Eq36(Flavor flavor, double enu, double fraction)
    {
        var t = fraction * 2 * enu * enu / (Me + 2 * enu);
        var gPlus = flavor.Generation() == 0 ? 2 * S2w + 1 : 2 * S2w - 1;
        var gMinus = 2 * S2w;
        if (flavor.IsAntineutrino())
        {
            (gPlus, gMinus) = (gMinus, gPlus);
        }
        var seed2 = Gf * Gf * Me / (2 * Math.PI * enu * enu)
                    * (gPlus * gPlus * enu * enu + gMinus * gMinus * (enu - t) * (enu - t) - gPlus * gMinus * Me * t)
                    * HbarC * HbarC;
        var code = Free.Differential(flavor, enu, t, default).Sm;
        Assert.True(Math.Abs(code / seed2 - 1) < 1e-12, $"{flavor} E={enu} T={t}: {code} vs seed 2 {seed2}");
    }

    /// <summary>Vogel and Engel PRD 39, 3378 (1989) eq. (2) with g_L, g_R of physics.md 2.1, and the antineutrino swap.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesVogelEngelWithAntineutrinoSwap(Flavor flavor, double enu, double fraction)
    {
        var t = fraction * 2 * enu * enu / (Me + 2 * enu);
        var gl = flavor.Generation() == 0 ? 0.5 + S2w : -0.5 + S2w;
        var gr = S2w;
        if (flavor.IsAntineutrino())
        {
            (gl, gr) = (gr, gl);
        }
        var ve = 2 * Gf * Gf * Me / Math.PI
                 * (gl * gl + gr * gr * Math.Pow(1 - t / enu, 2) - gl * gr * Me * t / (enu * enu)) * HbarC * HbarC;
        var code = Free.Differential(flavor, enu, t, default).Sm;
        Assert.True(Math.Abs(code / ve - 1) < 1e-12, $"{flavor}: {code} vs {ve}");
    }

    /// <summary>mu and tau flavours are identical (neutral current only); sin^2 theta_W override is honoured.</summary>
    [Fact]
    public void MuAndTauAgreeAndWeakAngleIsOverridable()
    {
        Assert.Equal(Free.Total(Flavor.NuMu, 3.0, default).Sm, Free.Total(Flavor.NuTau, 3.0, default).Sm);
        Assert.Equal(Free.Total(Flavor.NuMuBar, 3.0, default).Sm, Free.Total(Flavor.NuTauBar, 3.0, default).Sm);
        var other = ElectronTargets.Free(new ElectronScatteringOptions(Sin2ThetaW: 0.25));
        var gl = -0.25;
        var expected = 2 * Gf * Gf * Me / Math.PI * (gl * gl + 0.0625 * 0.25 - gl * 0.25 * Me * 1.0 / 4.0) * HbarC * HbarC;
        Assert.True(Math.Abs(other.Differential(Flavor.NuMu, 2.0, 1.0, default).Sm / expected - 1) < 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectronTargets.Free(new ElectronScatteringOptions(Sin2ThetaW: 1.5)));
    }

    /// <summary>
    /// High-energy totals sigma/E (10^-42 cm^2/GeV) as tabulated by Formaggio and Zeller, RMP 84, 1307 (2012), Table I,
    /// from Marciano and Parsa, J. Phys. G 29, 2629 (2003): nu_e 9.49, nubar_e 3.97, nu_mu 1.58, nubar_mu 1.31.
    /// Computed at tree level with sin^2 theta_W = 0.23122 (MS-bar at M_Z, PDG) at E = 10 GeV. Tolerance 3 %: the
    /// quoted values contain radiative corrections (about +2 % for nu_mu, -2 % for nubar_mu, cf. BKS) and older inputs.
    /// </summary>
    [Theory]
    [InlineData(Flavor.NuE, 9.49)]
    [InlineData(Flavor.NuEBar, 3.97)]
    [InlineData(Flavor.NuMu, 1.58)]
    [InlineData(Flavor.NuMuBar, 1.31)]
    public void HighEnergyTotalsMatchMarcianoParsa(Flavor flavor, double perGeV)
    {
        var xs = ElectronTargets.Free(new ElectronScatteringOptions(Sin2ThetaW: 0.23122));
        var enu = 10_000.0;
        var sigma = xs.Total(flavor, enu, default).Sm / (enu / 1000.0) / 1e-42;
        output.WriteLine($"{flavor}: sigma/E = {sigma:F4} e-42 cm^2/GeV (literature {perGeV})");
        Assert.True(Math.Abs(sigma / perGeV - 1) < 0.03, $"{flavor}: {sigma} vs {perGeV}");
    }
}
