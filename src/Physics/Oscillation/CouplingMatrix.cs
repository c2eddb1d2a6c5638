using System.Numerics;

namespace NuMMGen.Physics.Oscillation;

/// <summary>The basis a <see cref="CouplingMatrix"/> is written in.</summary>
public enum MatrixBasis
{
    /// <summary>Flavour basis (e, mu, tau).</summary>
    Flavor,
    /// <summary>Mass basis (nu_1, nu_2, nu_3).</summary>
    Mass,
}

/// <summary>
/// A 3x3 complex matrix in neutrino-generation space: magnetic-moment matrix mu (in Bohr magnetons) or a
/// flavour-dependent four-fermion coupling C (tensor or scalar, MeV^-2). Element [j, k] multiplies the
/// operator nubar_j Gamma nu_k: column k is the incoming neutrino and row j the outgoing one, as in
/// seed 2 (Chen, Zheng, Zhang) eq. 3.5, mu^2 = sum_j |sum_k mu_jk A_k|^2, and seed 1 (Xu) eq. 23
/// G^{alpha beta} (nubar_alpha Gamma nu_beta). An incoming antineutrino enters through the row index, so
/// the transposed matrix acts on antineutrino states (see <see cref="Gram"/>).
/// Basis change (field relation nu_alpha = sum_k U_alpha k nu_k): mu_mass = U^dagger mu_flavour U
/// (seed 1 below eq. 25). Immutable.
/// </summary>
public sealed class CouplingMatrix
{
    private readonly Complex[,] _m;

    /// <summary>Wraps a copy of the 3x3 array <paramref name="elements"/> given in <paramref name="basis"/>.</summary>
    /// <exception cref="ArgumentException">Not 3x3 or an element is not finite.</exception>
    public CouplingMatrix(Complex[,] elements, MatrixBasis basis)
    {
        if (elements.GetLength(0) != 3 || elements.GetLength(1) != 3)
        {
            throw new ArgumentException("A coupling matrix must be 3x3.", nameof(elements));
        }
        foreach (var z in elements)
        {
            if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
            {
                throw new ArgumentException("Coupling matrix elements must be finite.", nameof(elements));
            }
        }
        _m = (Complex[,])elements.Clone();
        Basis = basis;
    }

    /// <summary>The basis the elements are written in.</summary>
    public MatrixBasis Basis { get; }

    /// <summary>Element [j, k]: row j outgoing, column k incoming.</summary>
    public Complex this[int j, int k] => _m[j, k];

    /// <summary>The zero matrix (no coupling).</summary>
    public static CouplingMatrix Zero { get; } = new(new Complex[3, 3], MatrixBasis.Flavor);

    /// <summary>A flavour-diagonal matrix diag(e, mu, tau) in the flavour basis.</summary>
    public static CouplingMatrix FlavorDiagonal(double e, double mu, double tau)
    {
        var a = new Complex[3, 3];
        (a[0, 0], a[1, 1], a[2, 2]) = (e, mu, tau);
        return new CouplingMatrix(a, MatrixBasis.Flavor);
    }

    /// <summary>A flavour-universal coupling c times the identity (the same in every basis).</summary>
    public static CouplingMatrix Universal(double c) => FlavorDiagonal(c, c, c);

    /// <summary>True when every element is zero.</summary>
    public bool IsZero
    {
        get
        {
            foreach (var z in _m)
            {
                if (z != Complex.Zero)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>A copy of the elements.</summary>
    public Complex[,] ToArray() => (Complex[,])_m.Clone();

    /// <summary>This matrix in the mass basis, U^dagger M U (identity if it already is).</summary>
    public CouplingMatrix InMassBasis(PmnsMatrix u)
    {
        if (Basis == MatrixBasis.Mass)
        {
            return this;
        }
        var r = new Complex[3, 3];
        for (var j = 0; j < 3; j++)
        {
            for (var k = 0; k < 3; k++)
            {
                var s = Complex.Zero;
                for (var a = 0; a < 3; a++)
                {
                    for (var b = 0; b < 3; b++)
                    {
                        s += Complex.Conjugate(u[a, j]) * _m[a, b] * u[b, k];
                    }
                }
                r[j, k] = s;
            }
        }
        return new CouplingMatrix(r, MatrixBasis.Mass);
    }

    /// <summary>
    /// The Gram matrix G in the mass basis with mu_eff^2 = Tr(rho G) for a state rho in the mass basis:
    /// G = M^dagger M for neutrinos (seed 2 eq. 3.5: sum_j |sum_k M_jk A_k|^2 = A^dagger M^dagger M A) and,
    /// for antineutrinos, G = (M^T)^dagger M^T = conj(M M^dagger), M = this matrix in the mass basis.
    /// </summary>
    public Hermitian3 Gram(PmnsMatrix u, bool antineutrino)
    {
        var m = InMassBasis(u)._m;
        var g = new Complex[3, 3];
        for (var j = 0; j < 3; j++)
        {
            for (var k = 0; k < 3; k++)
            {
                var s = Complex.Zero;
                for (var i = 0; i < 3; i++)
                {
                    s += antineutrino
                        ? Complex.Conjugate(m[j, i] * Complex.Conjugate(m[k, i]))
                        : Complex.Conjugate(m[i, j]) * m[i, k];
                }
                g[j, k] = s;
            }
        }
        return Hermitian3.FromArray(g);
    }
}
