using NuMMGen.Detectors.IO;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// Electron non-linearity of an organic (liquid) scintillator from Birks' law (J. B. Birks, Proc. Phys. Soc.
/// A 64, 874 (1951)): dL/dx = S (dE/dx) / (1 + kB dE/dx), so an electron of kinetic energy T gives
/// L(T) = integral_0^T dE / (1 + kB dE/dx(E)) (electron-equivalent MeV before calibration), with dE/dx the
/// collision stopping power (<see cref="ElectronStoppingPower"/>). Treating the electron as one track that
/// loses energy continuously neglects delta rays (an effective description). Below 1 keV, where the Bethe
/// formula fails, the integrand is held at its 1-keV value (at most 1 keV of visible energy is affected).
/// With a calibration energy E_c the scale is normalised so that L(E_c) = E_c (the electron-equivalent
/// scale is calibrated with electrons of E_c). Nuclear recoils are not described (throws). Do not combine
/// with the Borexino N_h map, which already contains the scintillator non-linearity.
/// </summary>
public sealed class BirksQuenching : IQuenching
{
    private const double TableMin = 1.0 * Units.KeV;
    private const int PointsPerDecade = 200;
    private readonly double[] _logEnergy;
    private readonly double[] _light;
    private readonly double _scale;

    /// <summary>
    /// Creates the model with Birks' constant <paramref name="birksConstant"/> (cm/MeV, &gt;= 0), the stopping
    /// power of the medium, the largest tabulated energy <paramref name="maxEnergy"/> (MeV) and an optional
    /// calibration energy (MeV; null: no normalisation).
    /// </summary>
    /// <exception cref="DetectorInputException">kB negative, or energies not positive.</exception>
    public BirksQuenching(double birksConstant, ElectronStoppingPower stoppingPower, double maxEnergy = 20 * Units.MeV, double? calibrationEnergy = null)
    {
        if (!(birksConstant >= 0 && double.IsFinite(birksConstant)))
            throw new DetectorInputException($"Birks constant kB = {birksConstant} cm/MeV must be >= 0");
        if (!(maxEnergy > TableMin))
            throw new DetectorInputException($"Birks table range {maxEnergy} MeV must exceed 1 keV");
        if (calibrationEnergy is { } ec && !(ec > 0 && ec <= maxEnergy))
            throw new DetectorInputException($"Birks calibration energy {ec} MeV must be in (0, {maxEnergy}]");
        BirksConstant = birksConstant;
        StoppingPower = stoppingPower;
        MaxEnergy = maxEnergy;
        (_logEnergy, _light) = Tabulate(birksConstant, stoppingPower, maxEnergy);
        _scale = calibrationEnergy is { } e ? e / Unscaled(e) : 1.0;
    }

    /// <summary>Birks' constant kB (cm/MeV).</summary>
    public double BirksConstant { get; }

    /// <summary>The stopping power used in the integral.</summary>
    public ElectronStoppingPower StoppingPower { get; }

    /// <summary>Largest electron energy (MeV) tabulated; above it the light grows linearly (dE/dx is near minimum).</summary>
    public double MaxEnergy { get; }

    /// <inheritdoc />
    public string Description => $"Birks kB={BirksConstant} cm/MeV";

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A nuclear recoil (Birks for electrons only).</exception>
    public double ElectronEquivalent(double recoil, RecoilKind kind)
    {
        if (kind != RecoilKind.Electron)
            throw new InvalidOperationException("Birks electron non-linearity does not describe nuclear recoils");
        return _scale * Unscaled(Math.Max(recoil, 0));
    }

    private double Unscaled(double t)
    {
        if (t <= TableMin)
            return _light[0] * t / TableMin;
        var x = Math.Log(t);
        if (x >= _logEnergy[^1])
        {
            var slope = (_light[^1] - _light[^2]) / (Math.Exp(_logEnergy[^1]) - Math.Exp(_logEnergy[^2]));
            return _light[^1] + slope * (t - Math.Exp(_logEnergy[^1]));
        }
        var step = _logEnergy[1] - _logEnergy[0];
        var i = Math.Min((int)((x - _logEnergy[0]) / step), _logEnergy.Length - 2);
        var e0 = Math.Exp(_logEnergy[i]);
        var e1 = Math.Exp(_logEnergy[i + 1]);
        return _light[i] + (_light[i + 1] - _light[i]) * (t - e0) / (e1 - e0);
    }

    // Cumulative integral of 1/(1 + kB dE/dx) on a logarithmic grid, Simpson's rule within each step.
    private static (double[] LogEnergy, double[] Light) Tabulate(double kb, ElectronStoppingPower sp, double maxEnergy)
    {
        double Integrand(double e) => 1.0 / (1.0 + kb * sp.LinearStoppingPower(Math.Max(e, TableMin)));
        var n = Math.Max(2, (int)Math.Ceiling(Math.Log10(maxEnergy / TableMin) * PointsPerDecade) + 1);
        var logE = new double[n];
        var light = new double[n];
        var step = Math.Log(maxEnergy / TableMin) / (n - 1);
        logE[0] = Math.Log(TableMin);
        light[0] = Integrand(TableMin) * TableMin;
        for (var i = 1; i < n; i++)
        {
            logE[i] = logE[0] + i * step;
            var a = Math.Exp(logE[i - 1]);
            var b = Math.Exp(logE[i]);
            light[i] = light[i - 1] + (b - a) / 6 * (Integrand(a) + 4 * Integrand(0.5 * (a + b)) + Integrand(b));
        }
        return (logE, light);
    }
}
