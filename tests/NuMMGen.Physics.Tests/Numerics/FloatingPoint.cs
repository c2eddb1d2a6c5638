namespace NuMMGen.Physics.Tests.Numerics;

/// <summary>Helpers of the elementary-function tests: distances in ulp and exact decimal copies of doubles.</summary>
internal static class FloatingPoint
{
    /// <summary>|value - reference| in units of the last place of <paramref name="reference"/>.</summary>
    public static double Ulps(double value, double reference) =>
        Math.Abs(value - reference) / (Math.BitIncrement(Math.Abs(reference)) - Math.Abs(reference));

    /// <summary>x as a decimal to 28 digits (the cast from double keeps only 15): its 53-bit significand over a power of two.</summary>
    public static decimal ExactDecimal(double x)
    {
        var exponent = Math.ILogB(x) - 52;
        var significand = (long)Math.ScaleB(x, -exponent); // exact: |x| 2^-exponent is an integer below 2^53
        var value = (decimal)significand;
        for (; exponent < 0; exponent++)
            value /= 2;
        for (; exponent > 0; exponent--)
            value *= 2;
        return value;
    }
}
