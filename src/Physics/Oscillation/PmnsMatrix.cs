using System.Numerics;

namespace NuMMGen.Physics.Oscillation;

/// <summary>
/// The leptonic mixing matrix U (flavour alpha = e, mu, tau by mass state k = 1, 2, 3) in the standard
/// parametrisation U = R23 U13(delta) R12 (PDG review "Neutrino masses, mixing and oscillations",
/// eq. 14.33; Majorana phases do not enter oscillations or the quantities computed here and are omitted).
/// Convention: the field relation is nu_alpha = sum_k U_alpha k nu_k, so a neutrino produced as flavour
/// alpha is the state sum_k U*_alpha k |nu_k&gt;; an antineutrino is sum_k U_alpha k |nubar_k&gt;
/// (the conjugate matrix; docs physics.md section 4). Immutable.
/// </summary>
public sealed class PmnsMatrix
{
    private readonly Complex[,] _u = new Complex[3, 3];

    /// <summary>Builds U from <paramref name="parameters"/> (validated first).</summary>
    public PmnsMatrix(OscillationParameters parameters)
    {
        Parameters = parameters.Validate();
        double s12 = Math.Sqrt(parameters.Sin2Theta12), c12 = Math.Sqrt(1 - parameters.Sin2Theta12);
        double s13 = Math.Sqrt(parameters.Sin2Theta13), c13 = Math.Sqrt(1 - parameters.Sin2Theta13);
        double s23 = Math.Sqrt(parameters.Sin2Theta23), c23 = Math.Sqrt(1 - parameters.Sin2Theta23);
        var phase = Complex.FromPolarCoordinates(1.0, parameters.DeltaCpDeg * Math.PI / 180.0);

        // PDG eq. 14.33, row by row.
        _u[0, 0] = c12 * c13;
        _u[0, 1] = s12 * c13;
        _u[0, 2] = s13 * Complex.Conjugate(phase);
        _u[1, 0] = -s12 * c23 - c12 * s23 * s13 * phase;
        _u[1, 1] = c12 * c23 - s12 * s23 * s13 * phase;
        _u[1, 2] = s23 * c13;
        _u[2, 0] = s12 * s23 - c12 * c23 * s13 * phase;
        _u[2, 1] = -c12 * s23 - s12 * c23 * s13 * phase;
        _u[2, 2] = c23 * c13;
    }

    /// <summary>The parameters this matrix was built from.</summary>
    public OscillationParameters Parameters { get; }

    /// <summary>U_alpha k for flavour index <paramref name="alpha"/> (0 e, 1 mu, 2 tau) and mass index <paramref name="k"/> (0..2 for nu_1..nu_3).</summary>
    public Complex this[int alpha, int k] => _u[alpha, k];

    /// <summary>The matrix that mixes the given particle type: U for neutrinos, U* for antineutrinos.</summary>
    public Complex Element(int alpha, int k, bool antineutrino) => antineutrino ? Complex.Conjugate(_u[alpha, k]) : _u[alpha, k];

    /// <summary>|U_alpha k|^2 (the same for neutrinos and antineutrinos).</summary>
    public double Probability(int alpha, int k)
    {
        var u = _u[alpha, k];
        return u.Real * u.Real + u.Imaginary * u.Imaginary;
    }

    /// <summary>A copy of U as a 3x3 array.</summary>
    public Complex[,] ToArray() => (Complex[,])_u.Clone();
}
