using NuMMGen.Detectors.IO;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// Nuclear-recoil quenching as a polynomial in the recoil energy, E_ee = sum_k c_k T^k (T and E_ee in MeV,
/// c_k in MeV^(1-k)); electron recoils unchanged. Negative values are clipped to zero. The caller keeps T
/// inside the range where the polynomial was fitted (<see cref="MaxRecoil"/>); beyond it the model throws.
/// </summary>
public sealed class PolynomialQuenching : IQuenching
{
    private readonly double[] _coefficients;

    /// <summary>
    /// Creates the model. <paramref name="coefficients"/>[k] multiplies T^k (MeV^(1-k)); at least one.
    /// <paramref name="maxRecoil"/> (MeV) is the upper end of the fitted range.
    /// </summary>
    /// <exception cref="DetectorInputException">No coefficients, a non-finite one, or a non-positive range.</exception>
    public PolynomialQuenching(IReadOnlyList<double> coefficients, double maxRecoil = double.PositiveInfinity)
    {
        if (coefficients.Count == 0 || coefficients.Any(c => !double.IsFinite(c)))
            throw new DetectorInputException("polynomial quenching needs at least one finite coefficient");
        if (!(maxRecoil > 0))
            throw new DetectorInputException($"polynomial quenching range {maxRecoil} MeV must be positive");
        _coefficients = coefficients.ToArray();
        MaxRecoil = maxRecoil;
    }

    /// <summary>
    /// COHERENT CsI[Na] model of the 2021-22 analyses: E_ee = 0.0554628 T + 4.30681 T^2 - 111.707 T^3 + 840.384 T^4
    /// (MeV), the central curve of the global quenching fit, COHERENT, JINST 17, P10034 (2022) (arXiv:2111.02477),
    /// used for the CEvNS measurement of PRL 129, 081801 (2022) (arXiv:2110.07730). Fitted for 3-60 keVnr;
    /// allowed here up to 100 keVnr, where it stays monotone.
    /// </summary>
    public static PolynomialQuenching CoherentCsI2022() => new([0, 0.0554628, 4.30681, -111.707, 840.384], 0.1);

    /// <summary>The coefficients c_k (MeV^(1-k)), lowest order first.</summary>
    public IReadOnlyList<double> Coefficients => _coefficients;

    /// <summary>Largest recoil energy (MeV) the polynomial may be evaluated at.</summary>
    public double MaxRecoil { get; }

    /// <inheritdoc />
    public string Description => $"polynomial [{string.Join(", ", _coefficients)}] (MeV), T <= {MaxRecoil} MeV";

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">A nuclear recoil above <see cref="MaxRecoil"/>.</exception>
    public double ElectronEquivalent(double recoil, RecoilKind kind)
    {
        var t = Math.Max(recoil, 0);
        if (kind != RecoilKind.Nuclear)
            return t;
        if (t > MaxRecoil)
            throw new ArgumentOutOfRangeException(nameof(recoil), recoil, $"polynomial quenching is defined up to {MaxRecoil} MeV");
        var sum = 0.0;
        for (var k = _coefficients.Length - 1; k >= 0; k--)
            sum = sum * t + _coefficients[k];
        return Math.Max(sum, 0);
    }
}
