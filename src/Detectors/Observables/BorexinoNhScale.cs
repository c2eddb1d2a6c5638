using NuMMGen.Detectors.IO;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Observables;

/// <summary>
/// Borexino's energy estimator N_h (number of hit PMTs normalised to 2000) as a function of electron-equivalent
/// energy, from the source data of Fig. 2a of Borexino, Nature 562, 505 (2018): columns 2 (N_h, 92..950) and
/// 3 (energy in keV, 212-2629 keV) of <c>borexino/Nature2018_Fig2a_DATA.txt</c>. Between table points the map is
/// linear (monotone, as the table is strictly increasing). Outside 212-2629 keV it is extrapolated linearly
/// with the slope of the first or last interval: at E = 0 this gives N_h = 1.8, close to zero as it should,
/// but shapes below 212 keV (14C) rest on this extrapolation, not on data. The N_h map already contains the
/// scintillator non-linearity (quenching, Cherenkov light, PMT multi-hits): use it with electron recoils
/// and no further electron quenching.
/// </summary>
public sealed class BorexinoNhScale : IObservableScale
{
    private readonly double[] _energy;
    private readonly double[] _nh;

    private BorexinoNhScale(double[] energy, double[] nh)
    {
        _energy = energy;
        _nh = nh;
    }

    /// <summary>The map from the embedded Nature 2018 table.</summary>
    public static BorexinoNhScale Nature2018()
    {
        var table = DetectorTables.ReadEmbedded("borexino/Nature2018_Fig2a_DATA.txt", 3);
        return FromPoints(table.Column(2).Select(e => e * Units.KeV).ToArray(), table.Column(1), table.Source);
    }

    /// <summary>A map from points (energy in MeV, N_h), both strictly increasing; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="DetectorInputException">Fewer than two points, or not strictly increasing.</exception>
    public static BorexinoNhScale FromPoints(IReadOnlyList<double> energy, IReadOnlyList<double> nh, string source)
    {
        if (energy.Count < 2 || energy.Count != nh.Count)
            throw new DetectorInputException($"{source}: the N_h map needs at least two (energy, N_h) points");
        for (var i = 1; i < energy.Count; i++)
        {
            if (!(energy[i] > energy[i - 1] && nh[i] > nh[i - 1]))
                throw new DetectorInputException($"{source}: the N_h map must be strictly increasing (point {i + 1})");
        }
        return new BorexinoNhScale(energy.ToArray(), nh.ToArray());
    }

    /// <summary>Energies (MeV) of the table points.</summary>
    public IReadOnlyList<double> TableEnergies => _energy;

    /// <summary>N_h of the table points.</summary>
    public IReadOnlyList<double> TableNh => _nh;

    /// <inheritdoc />
    public string Unit => "Nh";

    /// <inheritdoc />
    public double Mean(double electronEquivalent) => Interpolate(_energy, _nh, electronEquivalent);

    /// <inheritdoc />
    public double ElectronEquivalent(double observed) => Interpolate(_nh, _energy, observed);

    private static double Interpolate(double[] x, double[] y, double at)
    {
        var i = Array.BinarySearch(x, at);
        if (i >= 0)
            return y[i];
        i = Math.Clamp(~i - 1, 0, x.Length - 2);
        return y[i] + (y[i + 1] - y[i]) * (at - x[i]) / (x[i + 1] - x[i]);
    }
}
