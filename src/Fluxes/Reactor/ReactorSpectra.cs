using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Reactor;

/// <summary>
/// Antineutrino spectra per fission (per MeV, E in MeV), isotope index 0 U235, 1 U238, 2 Pu239, 3 Pu241.
/// <list type="bullet">
/// <item>Above the match energy (2 MeV): Huber-Mueller, S(E) = exp(sum_k a_k E^k), Huber PRC 84, 024617
/// (2011) Table III for U235, Pu239, Pu241; Mueller et al. PRC 83, 054615 (2011) for U238 (coefficients in
/// docs physics.md 4.3).</item>
/// <item>Below it (the fits do not hold there): the Vogel-Engel shape exp(b0 + b1 E + b2 E^2) (PRD 39, 3378
/// (1989), Table I) times a factor linear in E, equal to the value that joins Huber-Mueller continuously at
/// the match energy and chosen at E = 0 so that the whole spectrum holds the stated number of antineutrinos
/// per fission (summation-method totals). The shape below 2 MeV is thus a documented model, good to ~10-20 %.</item>
/// <item>Neutron capture on 238U: 239U (Q = 1.262 MeV) and 239Np (Q = 0.722 MeV) beta decays, one
/// antineutrino each per capture, as allowed spectra with a Fermi function (non-relativistic form) and
/// approximate main branches (239U: 1.262 MeV 20 %, 1.191 MeV 80 %; 239Np: 0.437 MeV 52 %, 0.330 MeV 48 %).</item>
/// </list>
/// </summary>
public static class ReactorSpectra
{
    private static readonly double[][] HuberMuellerCoefficients =
    [
        [4.367, -4.577, 2.100, -0.5294, 0.06186, -0.002777],
        [0.4833, 0.1927, -0.1283, -0.006762, 0.002233, -0.0001536],
        [4.757, -5.392, 2.563, -0.6596, 0.07820, -0.003536],
        [2.990, -2.882, 1.278, -0.3343, 0.03905, -0.001754],
    ];

    private static readonly double[][] VogelEngelCoefficients =
    [
        [0.870, -0.160, -0.0910],
        [0.976, -0.162, -0.0790],
        [0.896, -0.239, -0.0981],
        [0.793, -0.080, -0.1085],
    ];

    /// <summary>Isotope names in index order.</summary>
    public static IReadOnlyList<string> Isotopes { get; } = ["U235", "U238", "Pu239", "Pu241"];

    /// <summary>Huber-Mueller spectrum per fission per MeV at <paramref name="e"/> (MeV).</summary>
    public static double HuberMueller(int isotope, double e)
    {
        var a = HuberMuellerCoefficients[isotope];
        return Math.Exp(a[0] + e * (a[1] + e * (a[2] + e * (a[3] + e * (a[4] + e * a[5])))));
    }

    /// <summary>Vogel-Engel spectrum per fission per MeV at <paramref name="e"/> (MeV).</summary>
    public static double VogelEngel(int isotope, double e)
    {
        var b = VogelEngelCoefficients[isotope];
        return Math.Exp(b[0] + e * (b[1] + e * b[2]));
    }

    /// <summary>
    /// The combined spectrum of one isotope (see the class summary) as a function, with
    /// <paramref name="total"/> antineutrinos per fission over [0, <paramref name="maxEnergy"/>].
    /// </summary>
    public static Func<double, double> FissionSpectrum(int isotope, double total, double matchEnergy, double maxEnergy)
    {
        var high = Integrate(e => HuberMueller(isotope, e), matchEnergy, maxEnergy);
        var join = HuberMueller(isotope, matchEnergy) / VogelEngel(isotope, matchEnergy);
        var i0 = Integrate(e => VogelEngel(isotope, e), 0, matchEnergy);
        var i1 = Integrate(e => VogelEngel(isotope, e) * e / matchEnergy, 0, matchEnergy);
        // Factor k(E) = k0 + (join - k0) E / match: integral k0 (i0 - i1) + join i1 = total - high.
        var k0 = Math.Max(0.0, (total - high - join * i1) / (i0 - i1));
        return e => e < 0 || e > maxEnergy ? 0.0
            : e >= matchEnergy ? HuberMueller(isotope, e)
            : VogelEngel(isotope, e) * (k0 + (join - k0) * e / matchEnergy);
    }

    /// <summary>Spectrum per 238U capture (two antineutrinos: 239U and 239Np decays), per MeV, as a function of E (MeV).</summary>
    public static Func<double, double> CaptureSpectrum()
    {
        var u = (Beta(1.262, 93), Beta(1.191, 93));
        var np = (Beta(0.437, 94), Beta(0.330, 94));
        return e => 0.20 * u.Item1(e) + 0.80 * u.Item2(e) + 0.52 * np.Item1(e) + 0.48 * np.Item2(e);
    }

    /// <summary>Normalised allowed beta-decay antineutrino spectrum for end point e0 (MeV) and daughter charge z.</summary>
    public static Func<double, double> Beta(double e0, int z)
    {
        var norm = Integrate(x => Shape(x, e0, z), 0, e0);
        return e => e <= 0 || e >= e0 ? 0.0 : Shape(e, e0, z) / norm;
    }

    private static double Shape(double e, double e0, int z)
    {
        var me = PhysicalConstants.ElectronMass;
        var w = e0 - e + me;
        var p = Math.Sqrt(Math.Max(0.0, w * w - me * me));
        // p W F(Z, W) with F = 2 pi eta / (1 - exp(-2 pi eta)), eta = alpha Z W / p; limit 2 pi alpha Z W^2 as p -> 0.
        var twoPiAlphaZ = 2 * Math.PI * PhysicalConstants.FineStructure * z;
        var pwf = p > 0 ? p * w * (twoPiAlphaZ * w / p) / (1 - Math.Exp(-twoPiAlphaZ * w / p)) : twoPiAlphaZ * w * w;
        return e * e * pwf;
    }

    /// <summary>Composite Simpson integral with 4000 intervals.</summary>
    public static double Integrate(Func<double, double> f, double a, double b)
    {
        const int n = 4000;
        var h = (b - a) / n;
        var s = f(a) + f(b);
        for (var i = 1; i < n; i++)
        {
            s += (i % 2 == 1 ? 4 : 2) * f(a + i * h);
        }
        return s * h / 3;
    }
}
