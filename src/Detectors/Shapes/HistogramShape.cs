using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Shapes;

/// <summary>A histogram: bin contents over contiguous bins, uniform density within each bin, normalised to one.</summary>
public sealed class HistogramShape : ISpectralShape
{
    private readonly double[] _edges;
    private readonly double[] _cumulative;

    /// <summary>Creates the shape from strictly increasing <paramref name="edges"/> and non-negative <paramref name="contents"/> (any normalisation, not all zero).</summary>
    /// <exception cref="DetectorInputException">Wrong lengths, unordered edges, negative or all-zero contents; names <paramref name="source"/>.</exception>
    public HistogramShape(IReadOnlyList<double> edges, IReadOnlyList<double> contents, string source)
    {
        if (contents.Count == 0 || edges.Count != contents.Count + 1)
            throw new DetectorInputException($"{source}: a histogram needs n + 1 edges for n bins");
        _edges = edges.ToArray();
        _cumulative = new double[edges.Count];
        for (var i = 0; i < contents.Count; i++)
        {
            if (!(_edges[i + 1] > _edges[i]) || !double.IsFinite(_edges[i + 1]) || !double.IsFinite(_edges[i]))
                throw new DetectorInputException($"{source}: bin edges must be finite and increasing (bin {i + 1})");
            if (!(contents[i] >= 0 && double.IsFinite(contents[i])))
                throw new DetectorInputException($"{source}: bin {i + 1} content {contents[i]} must be finite and >= 0");
            _cumulative[i + 1] = _cumulative[i] + contents[i];
        }
        Total = _cumulative[^1];
        if (!(Total > 0))
            throw new DetectorInputException($"{source}: the histogram is empty");
        for (var i = 0; i < _cumulative.Length; i++)
            _cumulative[i] /= Total;
        _cumulative[^1] = 1;
    }

    /// <summary>Sum of the contents given at construction (before normalisation).</summary>
    public double Total { get; }

    /// <summary>Bin edges.</summary>
    public IReadOnlyList<double> Edges => _edges;

    /// <inheritdoc />
    public double Min => _edges[0];

    /// <inheritdoc />
    public double Max => _edges[^1];

    /// <summary>Normalised probability of bin <paramref name="bin"/>.</summary>
    public double BinProbability(int bin) => _cumulative[bin + 1] - _cumulative[bin];

    /// <inheritdoc />
    public double Density(double x)
    {
        if (!(x >= Min && x < Max))
            return 0;
        var i = Bin(x);
        return BinProbability(i) / (_edges[i + 1] - _edges[i]);
    }

    /// <inheritdoc />
    public double Cdf(double x)
    {
        if (x <= Min)
            return 0;
        if (x >= Max)
            return 1;
        var i = Bin(x);
        return _cumulative[i] + BinProbability(i) * (x - _edges[i]) / (_edges[i + 1] - _edges[i]);
    }

    /// <inheritdoc />
    public double Quantile(double u)
    {
        if (u <= 0)
            return Min;
        if (u >= 1)
            return Max;
        var i = Array.BinarySearch(_cumulative, u);
        i = i >= 0 ? Math.Min(i, _edges.Length - 2) : ~i - 1;
        while (i < _edges.Length - 2 && BinProbability(i) <= 0)
            i++;
        var p = BinProbability(i);
        var f = p > 0 ? Math.Clamp((u - _cumulative[i]) / p, 0, 1) : 0.5;
        return _edges[i] + f * (_edges[i + 1] - _edges[i]);
    }

    private int Bin(double x)
    {
        var i = Array.BinarySearch(_edges, x);
        return i >= 0 ? Math.Min(i, _edges.Length - 2) : ~i - 1;
    }
}
