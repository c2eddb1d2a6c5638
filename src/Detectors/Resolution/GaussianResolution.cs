using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Random;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Resolution;

/// <summary>
/// Gaussian smearing in the observable with sigma^2 = a^2 + b^2 mu + c^2 mu^2 (mu the mean; a in the
/// observable's unit, b in its square root, c dimensionless): a noise term, a statistical term and a
/// constant relative term. Observed values are not truncated (negative values simply fall below threshold).
/// HPGe (keVee): sigma^2 = sigma_0^2 + F eps E_ee, i.e. a = sigma_0, b^2 = F eps / keV (<see cref="Germanium"/>).
/// Borexino N_h: sigma = sqrt(N_h) (b = 1) gives sigma/N_h = 5.0 % at 1 MeV (N_h = 404), matching the
/// quoted sigma_E/E ~ 5 % at 1 MeV (Borexino, Nature 562, 505 (2018)) for a map nearly linear there.
/// </summary>
public sealed class GaussianResolution : IResolution
{
    /// <summary>Creates the model; <paramref name="noise"/> (a), <paramref name="stochastic"/> (b), <paramref name="constant"/> (c) &gt;= 0.</summary>
    /// <exception cref="DetectorInputException">A negative or non-finite coefficient (names it).</exception>
    public GaussianResolution(double noise, double stochastic, double constant)
    {
        Check(noise, "noise term a");
        Check(stochastic, "stochastic term b");
        Check(constant, "constant term c");
        (Noise, Stochastic, Constant) = (noise, stochastic, constant);
    }

    /// <summary>
    /// Germanium in keVee: sigma^2 = sigma_0^2 + F eps E with electronic noise <paramref name="sigma0"/> (MeV),
    /// Fano factor <paramref name="fano"/> (~0.11) and pair-creation energy <paramref name="pairEnergy"/>
    /// (MeV; 2.96 eV for Ge at 77 K) (G. F. Knoll, Radiation Detection and Measurement, 4th ed., ch. 12).
    /// </summary>
    public static GaussianResolution Germanium(double sigma0, double fano = 0.11, double pairEnergy = 2.96 * Units.EV)
    {
        Check(fano, "Fano factor");
        Check(pairEnergy, "pair-creation energy");
        return new GaussianResolution(sigma0 / Units.KeV, Math.Sqrt(fano * pairEnergy / Units.KeV), 0);
    }

    /// <summary>Noise term a (observable unit).</summary>
    public double Noise { get; }

    /// <summary>Stochastic term b (square root of the observable unit).</summary>
    public double Stochastic { get; }

    /// <summary>Constant relative term c.</summary>
    public double Constant { get; }

    /// <inheritdoc />
    public string Description => $"Gaussian sigma^2 = {Noise}^2 + {Stochastic}^2 mu + {Constant}^2 mu^2";

    /// <summary>sigma at mean <paramref name="mean"/> (observable unit).</summary>
    public double Sigma(double mean)
    {
        var m = Math.Max(mean, 0);
        return Math.Sqrt(Noise * Noise + Stochastic * Stochastic * m + Constant * Constant * m * m);
    }

    /// <inheritdoc />
    public double Width(double mean) => Sigma(mean);

    /// <inheritdoc />
    public double Sample(double mean, IRandomSource random) => mean + Sigma(mean) * random.Gaussian();

    /// <inheritdoc />
    public void Fold(double mean, double weight, IEfficiency efficiency, ReadOnlySpan<double> edges, Span<double> into) =>
        KernelIntegrator.AddGaussian(mean, Sigma(mean), weight, efficiency, edges, into);

    private static void Check(double value, string name)
    {
        if (!(value >= 0 && double.IsFinite(value)))
            throw new DetectorInputException($"resolution {name} = {value} must be finite and >= 0");
    }
}
