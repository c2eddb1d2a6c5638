using System.Numerics;

namespace NuMMGen.Physics.Tests.DiracTraces;

/// <summary>
/// Minimal 4x4 complex Dirac algebra in the Dirac representation (Bjorken-Drell conventions, metric
/// diag(+1, -1, -1, -1), gamma5 = i gamma0 gamma1 gamma2 gamma3, sigma^{mu nu} = (i/2)[gamma^mu, gamma^nu]),
/// written for these tests only.
/// </summary>
internal sealed class Dirac
{
    private readonly Complex[,] _a = new Complex[4, 4];

    public Complex this[int i, int j]
    {
        get => _a[i, j];
        set => _a[i, j] = value;
    }

    public static Dirac Zero => new();

    public static Dirac Identity => Diagonal(1, 1, 1, 1);

    public static Dirac Diagonal(Complex a, Complex b, Complex c, Complex d)
    {
        var m = new Dirac();
        m[0, 0] = a; m[1, 1] = b; m[2, 2] = c; m[3, 3] = d;
        return m;
    }

    public static readonly double[] Metric = [1, -1, -1, -1];

    /// <summary>gamma^mu, mu = 0..3 (upper index).</summary>
    public static readonly Dirac[] Gamma = BuildGammas();

    public static readonly Dirac Gamma5 = Complex.ImaginaryOne * Gamma[0] * Gamma[1] * Gamma[2] * Gamma[3];

    public static readonly Dirac ProjectorLeft = 0.5 * (Identity - Gamma5);

    public static readonly Dirac ProjectorRight = 0.5 * (Identity + Gamma5);

    /// <summary>sigma^{mu nu} (upper indices).</summary>
    public static Dirac Sigma(int mu, int nu) =>
        (0.5 * Complex.ImaginaryOne) * (Gamma[mu] * Gamma[nu] - Gamma[nu] * Gamma[mu]);

    /// <summary>p-slash = p_mu gamma^mu for a contravariant four-vector p^mu.</summary>
    public static Dirac Slash(double[] p)
    {
        var m = Zero;
        for (var mu = 0; mu < 4; mu++)
        {
            m += (Metric[mu] * p[mu]) * Gamma[mu];
        }
        return m;
    }

    /// <summary>Dirac adjoint of a vertex, gamma0 Gamma^dagger gamma0.</summary>
    public Dirac Bar() => Gamma[0] * Dagger() * Gamma[0];

    public Dirac Dagger()
    {
        var m = new Dirac();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                m[i, j] = Complex.Conjugate(_a[j, i]);
            }
        }
        return m;
    }

    public Complex Trace() => _a[0, 0] + _a[1, 1] + _a[2, 2] + _a[3, 3];

    public static Dirac operator *(Dirac x, Dirac y)
    {
        var m = new Dirac();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Complex s = 0;
                for (var k = 0; k < 4; k++)
                {
                    s += x[i, k] * y[k, j];
                }
                m[i, j] = s;
            }
        }
        return m;
    }

    public static Dirac operator *(Complex c, Dirac x)
    {
        var m = new Dirac();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                m[i, j] = c * x[i, j];
            }
        }
        return m;
    }

    public static Dirac operator *(double c, Dirac x) => new Complex(c, 0) * x;

    public static Dirac operator +(Dirac x, Dirac y)
    {
        var m = new Dirac();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                m[i, j] = x[i, j] + y[i, j];
            }
        }
        return m;
    }

    public static Dirac operator -(Dirac x, Dirac y) => x + (-1.0) * y;

    private static Dirac[] BuildGammas()
    {
        // gamma^0 = diag(1, 1, -1, -1); gamma^i = [[0, sigma_i], [-sigma_i, 0]]
        Complex i = Complex.ImaginaryOne;
        Complex[][,] pauli =
        [
            new Complex[,] { { 0, 1 }, { 1, 0 } },
            new Complex[,] { { 0, -i }, { i, 0 } },
            new Complex[,] { { 1, 0 }, { 0, -1 } },
        ];
        var gammas = new Dirac[4];
        gammas[0] = Diagonal(1, 1, -1, -1);
        for (var k = 0; k < 3; k++)
        {
            var g = new Dirac();
            for (var r = 0; r < 2; r++)
            {
                for (var c = 0; c < 2; c++)
                {
                    g[r, c + 2] = pauli[k][r, c];
                    g[r + 2, c] = -pauli[k][r, c];
                }
            }
            gammas[k + 1] = g;
        }
        return gammas;
    }
}
