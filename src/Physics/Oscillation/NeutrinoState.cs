using System.Numerics;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Physics.Oscillation;

/// <summary>Probabilities to find a state in the e, mu and tau flavours (they sum to 1).</summary>
/// <param name="E">P(e).</param>
/// <param name="Mu">P(mu).</param>
/// <param name="Tau">P(tau).</param>
public readonly record struct FlavorProbabilities(double E, double Mu, double Tau);

/// <summary>
/// The neutrino state at the detector: a 3x3 density matrix rho in the mass basis, a particle or
/// antiparticle flag, and the mixing matrix that defines the flavours (docs physics.md section 4).
/// rho = A A^dagger for coherent propagation with mass-state amplitudes A_k; diagonal |A_k|^2 after
/// decoherence (solar neutrinos). Flavour probabilities P_alpha = (V rho V^dagger)_alpha alpha with V = U
/// for neutrinos and U* for antineutrinos. Effective couplings mu_eff^2 = Tr(rho G) with G the Gram matrix
/// of <see cref="CouplingMatrix.Gram"/> (seed 2 eq. 3.5; seed 1 eqs. 24-25). A value type: building one
/// allocates nothing.
/// </summary>
public readonly struct NeutrinoState
{
    /// <summary>Wraps a density matrix (trace 1 expected) in the mass basis.</summary>
    public NeutrinoState(in Hermitian3 densityMatrix, bool isAntineutrino, PmnsMatrix mixing)
    {
        DensityMatrix = densityMatrix;
        IsAntineutrino = isAntineutrino;
        Mixing = mixing;
    }

    /// <summary>The density matrix rho in the mass basis (trace 1).</summary>
    public Hermitian3 DensityMatrix { get; }

    /// <summary>True for antineutrinos.</summary>
    public bool IsAntineutrino { get; }

    /// <summary>The mixing matrix that defines the flavour states.</summary>
    public PmnsMatrix Mixing { get; }

    /// <summary>
    /// A pure (coherent) state with mass-state amplitudes A_k, rho = A A^dagger / |A|^2.
    /// </summary>
    public static NeutrinoState Coherent(Complex a1, Complex a2, Complex a3, bool isAntineutrino, PmnsMatrix mixing)
    {
        var norm = a1.Magnitude * a1.Magnitude + a2.Magnitude * a2.Magnitude + a3.Magnitude * a3.Magnitude;
        if (!(norm > 0))
        {
            throw new ArgumentException("A neutrino state needs a non-zero amplitude.");
        }
        var s = 1.0 / Math.Sqrt(norm);
        return new NeutrinoState(Hermitian3.Outer(s * a1, s * a2, s * a3), isAntineutrino, mixing);
    }

    /// <summary>An incoherent mixture of mass states with probabilities p_k (normalised to sum 1).</summary>
    public static NeutrinoState Incoherent(double p1, double p2, double p3, bool isAntineutrino, PmnsMatrix mixing)
    {
        var sum = p1 + p2 + p3;
        if (!(sum > 0) || p1 < 0 || p2 < 0 || p3 < 0)
        {
            throw new ArgumentException("Mass-state probabilities must be non-negative with a positive sum.");
        }
        return new NeutrinoState(Hermitian3.Diag(p1 / sum, p2 / sum, p3 / sum), isAntineutrino, mixing);
    }

    /// <summary>
    /// The state as produced with flavour <paramref name="flavor"/> (zero baseline): amplitudes
    /// A_k = U*_alpha k for a neutrino, U_alpha k for an antineutrino.
    /// </summary>
    public static NeutrinoState Produced(Flavor flavor, PmnsMatrix mixing)
    {
        var anti = flavor.IsAntineutrino();
        var a = flavor.Generation();
        return Coherent(
            Complex.Conjugate(mixing.Element(a, 0, anti)),
            Complex.Conjugate(mixing.Element(a, 1, anti)),
            Complex.Conjugate(mixing.Element(a, 2, anti)),
            anti, mixing);
    }

    /// <summary>Probability to find mass state k (0..2 for nu_1..nu_3), rho_kk.</summary>
    public double MassStateProbability(int k) => DensityMatrix.Diagonal(k);

    /// <summary>Probability to find flavour alpha (0 e, 1 mu, 2 tau): (V rho V^dagger)_alpha alpha.</summary>
    public double FlavorProbability(int alpha)
    {
        var anti = IsAntineutrino;
        var p = 0.0;
        for (var j = 0; j < 3; j++)
        {
            var vj = Mixing.Element(alpha, j, anti);
            p += (vj.Real * vj.Real + vj.Imaginary * vj.Imaginary) * DensityMatrix.Diagonal(j);
            for (var k = j + 1; k < 3; k++)
            {
                p += 2.0 * (vj * DensityMatrix[j, k] * Complex.Conjugate(Mixing.Element(alpha, k, anti))).Real;
            }
        }
        return p;
    }

    /// <summary>The three flavour probabilities.</summary>
    public FlavorProbabilities FlavorProbabilities() => new(FlavorProbability(0), FlavorProbability(1), FlavorProbability(2));

    /// <summary>Electron-flavour survival (or appearance) probability P_ee = P(e) at the detector.</summary>
    public double Pee => FlavorProbability(0);

    /// <summary>
    /// Effective squared coupling Tr(rho G) for a precomputed Gram matrix G (see
    /// <see cref="CouplingMatrix.Gram"/>, built with the same mixing and particle type).
    /// </summary>
    public double EffectiveSquared(in Hermitian3 gram) => DensityMatrix.TraceProduct(gram);

    /// <summary>
    /// Effective squared coupling mu_eff^2 = Tr(rho M^dagger M) for a moment or coupling matrix in either
    /// basis (seed 2 eq. 3.5; for rho diagonal it is seed 1 eq. 25, for a freshly produced nu_e seed 1
    /// eq. 24); antineutrinos use the transposed matrix (see <see cref="CouplingMatrix"/>). Computes the
    /// Gram matrix each call: for hot loops precompute it and use the other overload.
    /// </summary>
    public double EffectiveSquared(CouplingMatrix matrix) => EffectiveSquared(matrix.Gram(Mixing, IsAntineutrino));
}
