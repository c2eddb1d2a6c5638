using System.Numerics;
using MathNet.Numerics;
using NuMMGen.Detectors.IO;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Shapes;

/// <summary>
/// Beta-decay kinetic-energy spectra: dN/dT proportional to F(Z, W) p W (W0 - W)^2 C(W), with W = 1 + T/m_e the
/// total energy and p = sqrt(W^2 - 1) the momentum in electron masses, W0 = 1 + Q/m_e, massless neutrino.
/// F is the relativistic Fermi function for a point-like charge evaluated at the nuclear radius
/// R = 1.2 A^(1/3) fm: F = 2 (1 + g) (2 p R)^(2 g - 2) exp(pi eta) |Gamma(g + i eta)|^2 / Gamma(2 g + 1)^2,
/// g = sqrt(1 - (alpha Z)^2), eta = +-alpha Z W / p (+ for electrons, - for positrons; Z of the daughter)
/// (E. J. Konopinski, The Theory of Beta Radioactivity (1966); L. Hayen et al., Rev. Mod. Phys. 90, 015008
/// (2018), eq. 5). Radiative, screening and finite-size corrections beyond this are neglected (percent level).
/// C(W) is the shape factor: 1 for allowed decays. Spectra are tabulated on 2001 points and interpolated linearly.
/// </summary>
public static class BetaSpectrum
{
    private const int Points = 2001;

    /// <summary>
    /// The kinetic-energy spectrum (MeV) for endpoint <paramref name="q"/> (MeV), daughter atomic number
    /// <paramref name="zDaughter"/>, mass number <paramref name="a"/>, electron or positron emission and shape factor
    /// <paramref name="shapeFactor"/> C(W) (null: allowed).
    /// </summary>
    /// <exception cref="DetectorInputException">A non-positive endpoint, or a shape factor that is negative somewhere.</exception>
    public static PiecewiseLinearShape Create(double q, int zDaughter, int a, bool positron = false, Func<double, double>? shapeFactor = null, string? name = null)
    {
        if (!(q > 0 && double.IsFinite(q)) || zDaughter < 0 || a < 1)
            throw new DetectorInputException($"beta spectrum: endpoint {q} MeV must be positive, Z >= 0 and A >= 1");
        var label = name ?? $"beta{(positron ? "+" : "-")} Q={q} MeV Z={zDaughter}";
        var me = PhysicalConstants.ElectronMass;
        var w0 = 1 + q / me;
        var radius = 1.2 * Math.Cbrt(a) * Units.Fm / (PhysicalConstants.HbarC / me);
        var x = new double[Points];
        var f = new double[Points];
        for (var i = 0; i < Points; i++)
        {
            x[i] = q * i / (Points - 1);
            var t = Math.Max(x[i], 1e-9 * q);
            var w = 1 + t / me;
            var p = Math.Sqrt(w * w - 1);
            var c = shapeFactor?.Invoke(w) ?? 1.0;
            if (c < 0)
                throw new DetectorInputException($"{label}: shape factor C(W = {w}) = {c} is negative");
            f[i] = i == Points - 1 ? 0 : Fermi(zDaughter, w, p, radius, positron) * p * w * (w0 - w) * (w0 - w) * c;
        }
        return new PiecewiseLinearShape(x, f, label);
    }

    /// <summary>The relativistic Fermi function (see the class remarks) for total energy <paramref name="w"/> and momentum <paramref name="p"/> in electron masses.</summary>
    public static double Fermi(int z, double w, double p, double radius, bool positron)
    {
        if (z == 0)
            return 1;
        var az = PhysicalConstants.FineStructure * z;
        var g = Math.Sqrt(1 - az * az);
        var eta = (positron ? -1 : 1) * az * w / p;
        var logAbsGamma = LogGamma(new Complex(g, eta)).Real;
        var log = Math.Log(2 * (1 + g)) + (2 * g - 2) * Math.Log(2 * p * radius) + Math.PI * eta
            + 2 * logAbsGamma - 2 * SpecialFunctions.GammaLn(2 * g + 1);
        return Math.Exp(log);
    }

    // ln Gamma(z) for Re z > 0: shift to Re z >= 10 by the recurrence, then the Stirling series (error < 1e-12).
    private static Complex LogGamma(Complex z)
    {
        var shift = Complex.Zero;
        while (z.Real < 10)
        {
            shift += Complex.Log(z);
            z += 1;
        }
        var inv = 1 / z;
        var inv2 = inv * inv;
        var series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return (z - 0.5) * Complex.Log(z) - z + 0.5 * Math.Log(2 * Math.PI) + series - shift;
    }
}
