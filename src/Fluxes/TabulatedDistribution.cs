namespace NuMMGen.Fluxes;

/// <summary>
/// A one-dimensional probability density given at knots and linear between them (an energy spectrum
/// shape or an arrival-time distribution), normalised to unit integral at construction. Density, CDF and
/// inverse CDF (for sampling with a uniform number from an explicit random stream) are O(1): guide tables
/// map x and u to a starting knot, and the inverse CDF is exact for the piecewise-linear density
/// (a quadratic solved within one interval). Immutable, thread safe.
/// </summary>
public sealed class TabulatedDistribution
{
    private readonly double[] _x, _p, _c;
    private readonly int[] _xGuide, _uGuide;
    private readonly double _xGuideScale;

    /// <summary>
    /// Builds the distribution from knots <paramref name="x"/> (strictly increasing) and non-negative
    /// density values <paramref name="density"/> (any normalisation; the integral must be positive).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two knots, unsorted x, negative or non-finite values, zero integral.</exception>
    public TabulatedDistribution(IReadOnlyList<double> x, IReadOnlyList<double> density)
    {
        var n = x.Count;
        if (n < 2 || density.Count != n)
        {
            throw new ArgumentException("A tabulated distribution needs at least two knots and one density value per knot.");
        }
        _x = new double[n];
        _p = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(density[i]) || density[i] < 0 || (i > 0 && !(x[i] > x[i - 1])))
            {
                throw new ArgumentException($"Knot {i}: x must be finite and strictly increasing and the density finite and >= 0 (x = {x[i]}, density = {density[i]}).");
            }
            (_x[i], _p[i]) = (x[i], density[i]);
        }

        // Trapezoid integral (exact for the piecewise-linear density), then normalise.
        _c = new double[n];
        for (var i = 1; i < n; i++)
        {
            _c[i] = _c[i - 1] + 0.5 * (_p[i] + _p[i - 1]) * (_x[i] - _x[i - 1]);
        }
        Integral = _c[n - 1];
        if (!(Integral > 0))
        {
            throw new ArgumentException("The tabulated density integrates to zero.");
        }
        var mean = 0.0;
        for (var i = 0; i < n; i++)
        {
            _p[i] /= Integral;
            _c[i] /= Integral;
            if (i > 0)
            {
                // Exact mean of the linear density on [x0, x1].
                double h = _x[i] - _x[i - 1], a = _x[i - 1];
                mean += h * (_p[i - 1] * (a / 2 + h / 6) + _p[i] * (a / 2 + h / 3));
            }
        }
        _c[n - 1] = 1.0;
        Mean = mean;

        var guides = 2 * n;
        _xGuideScale = guides / (Max - Min);
        _xGuide = new int[guides + 1];
        _uGuide = new int[guides + 1];
        for (int g = 0, i = 0, j = 0; g <= guides; g++)
        {
            var xg = Min + g / _xGuideScale;
            while (i < n - 2 && _x[i + 1] <= xg) i++;
            _xGuide[g] = i;
            var ug = (double)g / guides;
            while (j < n - 2 && _c[j + 1] <= ug) j++;
            _uGuide[g] = j;
        }
    }

    /// <summary>Tabulates <paramref name="density"/> at <paramref name="points"/> equally spaced knots on [min, max].</summary>
    public static TabulatedDistribution FromFunction(Func<double, double> density, double min, double max, int points)
    {
        var x = new double[points];
        var p = new double[points];
        for (var i = 0; i < points; i++)
        {
            x[i] = i == points - 1 ? max : min + (max - min) * i / (points - 1);
            p[i] = Math.Max(0.0, density(x[i]));
        }
        return new TabulatedDistribution(x, p);
    }

    /// <summary>Lower end of the support.</summary>
    public double Min => _x[0];

    /// <summary>Upper end of the support.</summary>
    public double Max => _x[^1];

    /// <summary>The knots x_i (strictly increasing); the density is linear between consecutive knots.</summary>
    public ReadOnlySpan<double> Knots => _x;

    /// <summary>Mean of the distribution.</summary>
    public double Mean { get; }

    /// <summary>Integral of the density as given, before normalisation.</summary>
    public double Integral { get; }

    /// <summary>Normalised density at <paramref name="x"/> (zero outside [Min, Max]).</summary>
    public double Pdf(double x)
    {
        if (!(x >= Min && x <= Max))
        {
            return 0.0;
        }
        var i = Interval(x);
        return _p[i] + (_p[i + 1] - _p[i]) * (x - _x[i]) / (_x[i + 1] - _x[i]);
    }

    /// <summary>Cumulative probability up to <paramref name="x"/>.</summary>
    public double Cdf(double x)
    {
        if (x <= Min) return 0.0;
        if (x >= Max) return 1.0;
        var i = Interval(x);
        var t = x - _x[i];
        var s = (_p[i + 1] - _p[i]) / (_x[i + 1] - _x[i]);
        return _c[i] + _p[i] * t + 0.5 * s * t * t;
    }

    /// <summary>Inverse CDF: the x with Cdf(x) = <paramref name="u"/>, u in [0, 1].</summary>
    public double Quantile(double u)
    {
        if (u <= 0) return Min;
        if (u >= 1) return Max;
        var j = _uGuide[(int)(u * (_uGuide.Length - 1))];
        while (j < _x.Length - 2 && _c[j + 1] < u) j++;
        var h = _x[j + 1] - _x[j];
        var s = (_p[j + 1] - _p[j]) / h;
        var dc = u - _c[j];
        // Solve p0 t + s t^2/2 = dc in the stable form t = 2 dc / (p0 + sqrt(p0^2 + 2 s dc)).
        var disc = Math.Max(0.0, _p[j] * _p[j] + 2 * s * dc);
        var denom = _p[j] + Math.Sqrt(disc);
        var t = denom > 0 ? 2 * dc / denom : 0.0;
        return _x[j] + Math.Clamp(t, 0.0, h);
    }

    private int Interval(double x)
    {
        var i = _xGuide[(int)((x - Min) * _xGuideScale)];
        while (i < _x.Length - 2 && _x[i + 1] < x) i++;
        return i;
    }
}
