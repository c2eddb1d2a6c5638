using NuMMGen.Physics.IO;
using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Shapes;

/// <summary>
/// A density given at points and linear in between (zero outside the first and last point), normalised to one;
/// the cumulative distribution is exact (piecewise quadratic) and inverted in closed form. Used for tabulated
/// user spectra (file columns: x, density in any normalisation) and for beta spectra tabulated on a fine grid.
/// </summary>
public sealed class PiecewiseLinearShape : ISpectralShape
{
    private readonly double[] _x;
    private readonly double[] _f;
    private readonly double[] _cumulative;

    /// <summary>Creates the shape from points (x strictly increasing, density &gt;= 0, not all zero).</summary>
    /// <exception cref="DetectorInputException">Fewer than two points, unordered x, negative or all-zero density; names <paramref name="source"/>.</exception>
    public PiecewiseLinearShape(IReadOnlyList<double> x, IReadOnlyList<double> density, string source)
    {
        if (x.Count < 2 || x.Count != density.Count)
            throw new DetectorInputException($"{source}: a tabulated shape needs at least two (x, density) points");
        for (var i = 0; i < x.Count; i++)
        {
            if (!(density[i] >= 0 && double.IsFinite(density[i])))
                throw new DetectorInputException($"{source}: point {i + 1} density {density[i]} must be finite and >= 0");
            if (i > 0 && !(x[i] > x[i - 1]))
                throw new DetectorInputException($"{source}: point {i + 1} x = {x[i]} is not above the previous {x[i - 1]}");
        }
        _x = x.ToArray();
        _f = density.ToArray();
        _cumulative = new double[_x.Length];
        for (var i = 1; i < _x.Length; i++)
            _cumulative[i] = _cumulative[i - 1] + 0.5 * (_f[i] + _f[i - 1]) * (_x[i] - _x[i - 1]);
        var total = _cumulative[^1];
        if (!(total > 0))
            throw new DetectorInputException($"{source}: the shape integrates to zero");
        for (var i = 0; i < _x.Length; i++)
        {
            _f[i] /= total;
            _cumulative[i] /= total;
        }
        _cumulative[^1] = 1;
        Source = source;
    }

    /// <summary>Reads a user shape file: columns x, density (see <see cref="NumericTable"/> for the format).</summary>
    /// <exception cref="DetectorInputException">Missing or malformed file (names the file and line).</exception>
    public static PiecewiseLinearShape FromFile(string path)
    {
        var table = DetectorTables.ReadFile(path, 2);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i][1] < 0)
                throw new DetectorInputException($"{table.Where(i)}: density {table.Rows[i][1]} must be >= 0");
            if (i > 0 && !(table.Rows[i][0] > table.Rows[i - 1][0]))
                throw new DetectorInputException($"{table.Where(i)}: x = {table.Rows[i][0]} is not above the previous row");
        }
        return new PiecewiseLinearShape(table.Column(0), table.Column(1), path);
    }

    /// <summary>Tabulates <paramref name="density"/> at <paramref name="points"/> equally spaced x in [min, max].</summary>
    public static PiecewiseLinearShape Tabulate(Func<double, double> density, double min, double max, int points, string source)
    {
        var x = new double[points];
        var f = new double[points];
        for (var i = 0; i < points; i++)
        {
            x[i] = min + (max - min) * i / (points - 1);
            f[i] = Math.Max(density(x[i]), 0);
        }
        return new PiecewiseLinearShape(x, f, source);
    }

    /// <summary>Where the points came from.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public double Min => _x[0];

    /// <inheritdoc />
    public double Max => _x[^1];

    /// <inheritdoc />
    public double Density(double x)
    {
        if (!(x >= Min && x <= Max))
            return 0;
        var i = Segment(x);
        return _f[i] + (_f[i + 1] - _f[i]) * (x - _x[i]) / (_x[i + 1] - _x[i]);
    }

    /// <inheritdoc />
    public double Cdf(double x)
    {
        if (x <= Min)
            return 0;
        if (x >= Max)
            return 1;
        var i = Segment(x);
        var d = x - _x[i];
        var slope = (_f[i + 1] - _f[i]) / (_x[i + 1] - _x[i]);
        return _cumulative[i] + _f[i] * d + 0.5 * slope * d * d;
    }

    /// <inheritdoc />
    public double Quantile(double u)
    {
        if (u <= 0)
            return Min;
        if (u >= 1)
            return Max;
        var i = Array.BinarySearch(_cumulative, u);
        if (i >= 0)
            return _x[i];
        i = Math.Min(~i - 1, _x.Length - 2);
        var r = u - _cumulative[i];
        var f0 = _f[i];
        var slope = (_f[i + 1] - f0) / (_x[i + 1] - _x[i]);
        var disc = Math.Max(f0 * f0 + 2 * slope * r, 0);
        var denom = f0 + Math.Sqrt(disc);
        var d = denom > 0 ? 2 * r / denom : 0;
        return Math.Clamp(_x[i] + d, _x[i], _x[i + 1]);
    }

    private int Segment(double x)
    {
        var i = Array.BinarySearch(_x, x);
        return i >= 0 ? Math.Min(i, _x.Length - 2) : ~i - 1;
    }
}
