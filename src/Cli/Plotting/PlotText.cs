using System.Globalization;

namespace NuMMGen.Cli.Plotting;

/// <summary>Number formatting for figure text (rich text, see <see cref="RichText"/>).</summary>
public static class PlotText
{
    /// <summary><paramref name="x"/> with <paramref name="digits"/> significant digits: plain between 0.01 and 10^4, else m×10^{e}.</summary>
    public static string Number(double x, int digits = 3)
    {
        if (x == 0 || !double.IsFinite(x))
            return x.ToString(CultureInfo.InvariantCulture);
        double a = Math.Abs(x);
        if (a >= 0.01 && a < 1e4)
            return x.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int e = (int)Math.Floor(Math.Log10(a));
        double m = x / Math.Pow(10, e);
        if (Math.Abs(Math.Round(m, digits - 1)) >= 10)
        {
            e++;
            m /= 10;
        }
        string mantissa = m.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return mantissa == "1" ? $"10^{{{e}}}" : $"{mantissa}×10^{{{e}}}";
    }
}
