using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Shapes;

/// <summary>
/// Spectral shapes (in deposited electron-equivalent energy before detector effects, MeV) of the radioactive
/// backgrounds of a liquid-scintillator solar-neutrino detector such as Borexino (Borexino, Nature 562, 505
/// (2018); PRD 100, 082004 (2019)). Endpoints from ENSDF via the Borexino papers. Shapes only: rates come from
/// the configuration. Fold them through the detector response (<see cref="Backgrounds.FoldedBackground"/>).
/// </summary>
public static class RadioactiveShapes
{
    /// <summary>14C beta-, Q = 156.5 keV, daughter 14N; allowed shape (the measured small shape-factor correction is neglected).</summary>
    public static ISpectralShape Carbon14() => BetaSpectrum.Create(156.5 * Units.KeV, 7, 14, name: "14C");

    /// <summary>
    /// 85Kr beta-, Q = 687 keV, daughter 85Rb, first-forbidden unique (9/2+ -&gt; 5/2-): shape factor
    /// C = q^2 + lambda_2 p^2 (q neutrino, p electron momentum in m_e) with lambda_2 = 1 (the ratio of Coulomb
    /// functions, exactly 1 for Z = 0; H. Behrens and W. Buehring, Electron Radial Wave Functions and Nuclear
    /// Beta Decay (1982)); an approximation at the 10 % level in C for Z = 37 at low energy.
    /// </summary>
    public static ISpectralShape Krypton85()
    {
        var w0 = 1 + 687 * Units.KeV / PhysicalConstants.ElectronMass;
        return BetaSpectrum.Create(687 * Units.KeV, 37, 85, shapeFactor: w => (w0 - w) * (w0 - w) + (w * w - 1), name: "85Kr");
    }

    /// <summary>
    /// 210Bi beta-, Q = 1162 keV, daughter 210Po, first-forbidden non-unique (1- -&gt; 0+) with the measured shape
    /// factor C(W) = 1 - 0.4363 W + 0.0523 W^2 of I. E. Alekseev et al., "Precision measurement of 210Bi
    /// beta-spectrum", arXiv:2005.08481 (2020) (Si(Li) spectrometer; agrees with the older H. Daniel, Nucl. Phys. 31,
    /// 293 (1962) factor 1 + 28.466/W + 0.578 W - 0.658 W^2 used in DECAY0: mean energies 318 and 310 keV).
    /// The spectrum is much softer than the allowed shape (mean 390 keV).
    /// </summary>
    public static ISpectralShape Bismuth210() =>
        BetaSpectrum.Create(1162 * Units.KeV, 84, 210, shapeFactor: w => 1 - 0.4363 * w + 0.0523 * w * w, name: "210Bi");

    /// <summary>
    /// 210Po alpha (5.304 MeV), quenched in the scintillator to a Gaussian peak of mean <paramref name="visibleMean"/>
    /// and width <paramref name="sigma"/> (MeV electron-equivalent; roughly 0.4-0.5 MeV in Borexino).
    /// </summary>
    public static ISpectralShape Polonium210(double visibleMean, double sigma) => new GaussianShape(visibleMean, sigma);

    /// <summary>
    /// 11C beta+, Q = 960 keV, daughter 11B, allowed, with both 511-keV annihilation photons absorbed: visible
    /// energy = positron kinetic energy + 2 m_e, i.e. 1.022-1.982 MeV (the small quenching of the photons'
    /// Compton electrons relative to the positron is neglected).
    /// </summary>
    public static ISpectralShape Carbon11() =>
        new ShiftedShape(BetaSpectrum.Create(960 * Units.KeV, 5, 11, positron: true, name: "11C"), 2 * PhysicalConstants.ElectronMass);

    /// <summary>External gammas: an exponential on [<paramref name="min"/>, <paramref name="max"/>] MeV with decay length <paramref name="decayLength"/> MeV (see <see cref="ExponentialShape"/>).</summary>
    public static ISpectralShape ExternalGammas(double min, double max, double decayLength) => new ExponentialShape(min, max, decayLength);
}
