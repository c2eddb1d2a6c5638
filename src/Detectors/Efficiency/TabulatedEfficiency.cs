using NuMMGen.Physics.IO;
using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Efficiency;

/// <summary>
/// An efficiency curve from a table of (observed value, efficiency) points, linear between points and
/// constant (the end values) outside the table. Files: two columns, comma or whitespace separated,
/// <c>#</c> comments and one optional header line (see <see cref="NumericTable"/>).
/// </summary>
public sealed class TabulatedEfficiency : IEfficiency
{
    private readonly double[] _x;
    private readonly double[] _eff;

    private TabulatedEfficiency(double[] x, double[] eff, string source)
    {
        _x = x;
        _eff = eff;
        Source = source;
    }

    /// <summary>Reads the curve from a user file.</summary>
    /// <exception cref="DetectorInputException">Missing or malformed file, x not strictly increasing, or an efficiency outside [0, 1]; the message names the file and line.</exception>
    public static TabulatedEfficiency FromFile(string path) => FromTable(DetectorTables.ReadFile(path, 2));

    /// <summary>Builds the curve from a parsed table (columns 0 and 1).</summary>
    /// <exception cref="DetectorInputException">x not strictly increasing, or an efficiency outside [0, 1].</exception>
    public static TabulatedEfficiency FromTable(NumericTable table)
    {
        var x = table.Column(0);
        var eff = table.Column(1);
        for (var i = 0; i < x.Length; i++)
        {
            if (!(eff[i] >= 0 && eff[i] <= 1))
                throw new DetectorInputException($"{table.Where(i)}: efficiency {eff[i]} is outside [0, 1]");
            if (i > 0 && !(x[i] > x[i - 1]))
                throw new DetectorInputException($"{table.Where(i)}: observed value {x[i]} is not above the previous {x[i - 1]}");
        }
        return new TabulatedEfficiency(x, eff, table.Source);
    }

    /// <summary>The file or table the curve came from.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public string Description => $"table {Source} ({_x.Length} points)";

    /// <inheritdoc />
    public bool IsPiecewiseConstant => _x.Length == 1;

    /// <inheritdoc />
    public double Evaluate(double observed)
    {
        if (observed <= _x[0])
            return _eff[0];
        if (observed >= _x[^1])
            return _eff[^1];
        var i = Array.BinarySearch(_x, observed);
        if (i >= 0)
            return _eff[i];
        i = ~i - 1;
        return _eff[i] + (_eff[i + 1] - _eff[i]) * (observed - _x[i]) / (_x[i + 1] - _x[i]);
    }

    /// <inheritdoc />
    public void AddBreakpoints(double low, double high, List<double> into)
    {
        foreach (var x in _x)
        {
            if (x > low && x < high)
                into.Add(x);
        }
    }
}
