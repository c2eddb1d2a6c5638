using NuMMGen.Detectors.Random;

namespace NuMMGen.Generator.Detection;

/// <summary>
/// A background given as expected counts in rectangles of (observed value x time after the trigger), uniform
/// within each rectangle, already clipped to the analysis region and coincidence window (e.g. the COHERENT 2017
/// anticoincidence PE x time table). Draws pick a rectangle in proportion to its count, then a uniform point in it.
/// </summary>
public sealed class CellRegionBackground : IRegionBackground
{
    private readonly Cell[] _cells;
    private readonly double[] _cumulative;
    private readonly double _pulseCentre;

    /// <summary>
    /// Creates the component from clipped cells; times in s after the trigger, <paramref name="pulseCentre"/> likewise;
    /// <paramref name="normalisationUncertainty"/>: the relative uncertainty of the total (e.g. 1/sqrt(N) for N measured events).
    /// </summary>
    public CellRegionBackground(string name, string kind, IEnumerable<Cell> cells, double pulseCentre, double? normalisationUncertainty = null)
    {
        (Name, Kind, _pulseCentre, NormalisationUncertainty) = (name, kind, pulseCentre, normalisationUncertainty);
        _cells = cells.Where(c => c.Count > 0).ToArray();
        _cumulative = new double[_cells.Length];
        double sum = 0;
        for (int i = 0; i < _cells.Length; i++)
            _cumulative[i] = sum += _cells[i].Count;
        Expected = sum;
    }

    /// <summary>One rectangle: observed [X0, X1), time [T0, T1) (s after the trigger), expected count.</summary>
    /// <param name="X0">Lower observed edge.</param>
    /// <param name="X1">Upper observed edge.</param>
    /// <param name="T0">Lower time edge (s).</param>
    /// <param name="T1">Upper time edge (s).</param>
    /// <param name="Count">Expected events in the rectangle.</param>
    public readonly record struct Cell(double X0, double X1, double T0, double T1, double Count);

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Kind { get; }

    /// <inheritdoc />
    public double Expected { get; }

    /// <inheritdoc />
    public double[] ExpectedIn(ReadOnlySpan<double> edges)
    {
        var counts = new double[Math.Max(edges.Length - 1, 0)];
        foreach (var c in _cells)
        {
            for (int j = 0; j < counts.Length; j++)
            {
                double overlap = Math.Min(edges[j + 1], c.X1) - Math.Max(edges[j], c.X0);
                if (overlap > 0)
                    counts[j] += c.Count * overlap / (c.X1 - c.X0);
            }
        }
        return counts;
    }

    /// <inheritdoc />
    public double? NormalisationUncertainty { get; }

    /// <inheritdoc />
    public double[] ExpectedIn(ReadOnlySpan<double> edges, ReadOnlySpan<double> timeEdges)
    {
        int nx = Math.Max(edges.Length - 1, 0), nt = Math.Max(timeEdges.Length - 1, 0);
        var counts = new double[nx * nt];
        foreach (var c in _cells)
        {
            for (int j = 0; j < nx; j++)
            {
                double fx = (Math.Min(edges[j + 1], c.X1) - Math.Max(edges[j], c.X0)) / (c.X1 - c.X0);
                if (fx <= 0)
                    continue;
                for (int k = 0; k < nt; k++)
                {
                    double ft = (Math.Min(timeEdges[k + 1], c.T1) - Math.Max(timeEdges[k], c.T0)) / (c.T1 - c.T0);
                    if (ft > 0)
                        counts[j * nt + k] += c.Count * fx * ft;
                }
            }
        }
        return counts;
    }

    /// <inheritdoc />
    public (double Observed, double Time) Sample(IRandomSource random)
    {
        if (_cells.Length == 0)
            throw new InvalidOperationException($"background '{Name}' has no events in the region");
        double u = random.NextDouble() * Expected;
        int i = Array.BinarySearch(_cumulative, u);
        i = Math.Min(i >= 0 ? i + 1 : ~i, _cells.Length - 1);
        var c = _cells[i];
        double x = c.X0 + random.NextDouble() * (c.X1 - c.X0);
        double t = c.T0 + random.NextDouble() * (c.T1 - c.T0);
        return (x, t - _pulseCentre);
    }
}
