using System.Numerics;

namespace NuMMGen.Physics.Tests.Numerics;

/// <summary>
/// The System.Numerics vector function the code relies on: <see cref="Vector.Exp(Vector{double})"/> in the Helm form
/// factor. A lane's value must
/// not depend on its neighbours (the sampler evaluates a round's points together, the rate engine one at a time; and the
/// same seed must give the same file whatever a round holds), and it must be as accurate as libm's.
/// </summary>
public class VectorFunctionTests
{
    [Fact]
    public void VectorExponentialIsWithinTwoUlpOfLibmAndLaneByLane()
    {
        // Exponents in [-700, 0]: the form factor holds its exponent there.
        EachLane(11, 20000, random => -(random.Next(3) == 0 ? 700 : 20) * random.NextDouble(), Vector.Exp,
            (x, value) => Assert.InRange(Ulps(value, Math.Exp(x)), 0, 2));
    }

    /// <summary>
    /// Evaluates <paramref name="f"/> on <paramref name="rounds"/> vectors of arguments drawn by <paramref name="argument"/>:
    /// each lane must equal, bit for bit, <paramref name="f"/> of its argument alone, and pass <paramref name="check"/>.
    /// </summary>
    private static void EachLane(int seed, int rounds, Func<System.Random, double> argument, Func<Vector<double>, Vector<double>> f,
        Action<double, double> check)
    {
        var random = new System.Random(seed);
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < rounds; i++)
        {
            for (var k = 0; k < lanes.Length; k++)
                lanes[k] = argument(random);
            var together = f(new Vector<double>(lanes));
            for (var k = 0; k < lanes.Length; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(f(new Vector<double>(lanes[k]))[0]), BitConverter.DoubleToInt64Bits(together[k]));
                check(lanes[k], together[k]);
            }
        }
    }

    private static double Ulps(double value, double reference) =>
        Math.Abs(value - reference) / (Math.BitIncrement(Math.Abs(reference)) - Math.Abs(reference));
}
