using NuMMGen.Physics.Units;
using NuMMGen.Detectors.IO;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// Lindhard quenching of nuclear recoils (J. Lindhard, V. Nielsen, M. Scharff, P. V. Thomsen, Mat. Fys. Medd.
/// Dan. Vid. Selsk. 33, no. 10 (1963)), in the parametrisation of J. D. Lewin and P. F. Smith, Astropart. Phys.
/// 6, 87 (1996), eq. 4.1: eps = 11.5 Z^(-7/3) T[keV], g(eps) = 3 eps^0.15 + 0.7 eps^0.6 + eps,
/// L = k g / (1 + k g); E_ee = L T. Electron recoils unchanged. Germanium: Z = 32, k = 0.157
/// (Lindhard's k = 0.133 Z^(2/3) A^(-1/2) with A = 72.63 for natural Ge gives 0.157).
/// </summary>
public sealed class LindhardQuenching : IQuenching
{
    /// <summary>The germanium k commonly used (e.g. CONUS, TEXONO), 0.157.</summary>
    public const double GermaniumK = 0.157;

    /// <summary>Creates the model for a target with atomic number <paramref name="z"/> and parameter <paramref name="k"/>.</summary>
    /// <exception cref="DetectorInputException">z &lt; 1 or k not positive.</exception>
    public LindhardQuenching(int z, double k)
    {
        if (z < 1)
            throw new DetectorInputException($"Lindhard quenching: atomic number {z} must be >= 1");
        if (!(k > 0 && double.IsFinite(k)))
            throw new DetectorInputException($"Lindhard quenching: k = {k} must be positive");
        Z = z;
        K = k;
    }

    /// <summary>Germanium (Z = 32, k = 0.157).</summary>
    public static LindhardQuenching Germanium() => new(32, GermaniumK);

    /// <summary>Atomic number of the target.</summary>
    public int Z { get; }

    /// <summary>The Lindhard k (electronic stopping constant).</summary>
    public double K { get; }

    /// <inheritdoc />
    public string Description => $"Lindhard Z={Z} k={K}";

    /// <summary>The quenching factor L(T) = E_ee / T for a nuclear recoil of <paramref name="recoil"/> MeV.</summary>
    public double Factor(double recoil)
    {
        var eps = 11.5 * Math.Pow(Z, -7.0 / 3.0) * (recoil / Units.KeV);
        if (eps <= 0)
            return 0;
        var g = 3 * Math.Pow(eps, 0.15) + 0.7 * Math.Pow(eps, 0.6) + eps;
        return K * g / (1 + K * g);
    }

    /// <inheritdoc />
    public double ElectronEquivalent(double recoil, RecoilKind kind)
    {
        var t = Math.Max(recoil, 0);
        return kind == RecoilKind.Nuclear ? Factor(t) * t : t;
    }
}
