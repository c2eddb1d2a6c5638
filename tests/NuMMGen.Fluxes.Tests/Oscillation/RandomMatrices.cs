using System.Numerics;

namespace NuMMGen.Fluxes.Tests.Oscillation;

/// <summary>Seeded random complex matrices for property tests (System.Random only inside tests).</summary>
internal static class RandomMatrices
{
    public static Complex[,] General(Random rng)
    {
        var m = new Complex[3, 3];
        for (var j = 0; j < 3; j++)
        {
            for (var k = 0; k < 3; k++)
            {
                m[j, k] = new Complex(2 * rng.NextDouble() - 1, 2 * rng.NextDouble() - 1);
            }
        }
        return m;
    }

    public static Complex[,] Hermitian(Random rng)
    {
        var g = General(rng);
        var m = new Complex[3, 3];
        for (var j = 0; j < 3; j++)
        {
            for (var k = 0; k < 3; k++)
            {
                m[j, k] = (g[j, k] + Complex.Conjugate(g[k, j])) / 2;
            }
        }
        return m;
    }

    public static double Norm2(Complex z) => z.Real * z.Real + z.Imaginary * z.Imaginary;
}
