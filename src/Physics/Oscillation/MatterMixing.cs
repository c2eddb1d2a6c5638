using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Oscillation;

/// <summary>
/// Mixing in matter of constant electron density: the flavour content of the eigenstates of the 3x3
/// Hamiltonian 2E H = U diag(0, Dm21^2, Dm31^2) U^dagger + diag(A, 0, 0), A = 2 E V, V = sqrt(2) G_F n_e
/// (Wolfenstein 1978; Mikheyev and Smirnov 1985; PDG review "Neutrino masses, mixing and oscillations",
/// section 14.6). Antineutrinos: U -&gt; U* and A -&gt; -A. The Hamiltonian is diagonalised numerically
/// (MathNet Hermitian eigen-decomposition), no small-angle approximation. The matter eigenstates are ranked
/// by eigenvalue; since eigenvalues of a Hermitian matrix that depends smoothly on A do not cross, the
/// eigenstate of a given rank connects adiabatically to the vacuum mass state of the same rank. (Caveat:
/// with theta13 exactly zero the nu_e level truly crosses nu_3 at A = Dm31^2, far above solar densities,
/// and the rank rule would then mislabel it.)
/// </summary>
public static class MatterMixing
{
    private const double EV2 = Units.Units.EV * Units.Units.EV;

    /// <summary>
    /// Charged-current matter potential V = sqrt(2) G_F n_e in MeV for an electron density in cm^-3
    /// (PDG review section 14.6); (hbar c)^3 converts cm^-3 to MeV^3.
    /// </summary>
    public static double Potential(double electronDensityPerCm3) =>
        Math.Sqrt(2.0) * PhysicalConstants.FermiConstant * electronDensityPerCm3
        * PhysicalConstants.HbarC * PhysicalConstants.HbarC * PhysicalConstants.HbarC;

    /// <summary>
    /// |U^M_alpha k|^2: the probability that a neutrino of flavour <paramref name="alpha"/> created in matter
    /// with A = 2 E V = <paramref name="aMeV2"/> (MeV^2) is in the matter eigenstate that connects to vacuum
    /// mass state k. Written to <paramref name="probabilities"/> (length 3, index k = 0..2).
    /// </summary>
    public static void FlavorContent(PmnsMatrix u, int alpha, bool antineutrino, double aMeV2, Span<double> probabilities)
    {
        var p = u.Parameters;
        var m2 = new[] { 0.0, p.Dm21SqEV2, p.Dm31SqEV2 };
        var a = (antineutrino ? -aMeV2 : aMeV2) / EV2;

        // 2E H in eV^2, flavour basis: sum_k V_ak m_k^2 V*_bk + A delta_ae delta_be, V = U or U*.
        var h = new Complex[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var s = Complex.Zero;
                for (var k = 0; k < 3; k++)
                {
                    s += u.Element(r, k, antineutrino) * m2[k] * Complex.Conjugate(u.Element(c, k, antineutrino));
                }
                h[r, c] = s;
            }
        }
        h[0, 0] += a;

        var evd = Matrix<Complex>.Build.DenseOfArray(h).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian);
        var matterRank = Ranks(Enumerable.Range(0, 3).Select(i => evd.EigenValues[i].Real).ToArray());
        var vacuumRank = Ranks(m2);
        for (var i = 0; i < 3; i++)
        {
            var k = Array.IndexOf(vacuumRank, matterRank[i]);
            var v = evd.EigenVectors[alpha, i];
            probabilities[k] = v.Real * v.Real + v.Imaginary * v.Imaginary;
        }
    }

    // rank[i] = position of values[i] in ascending order.
    private static int[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var rank = new int[values.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }
        return rank;
    }
}
