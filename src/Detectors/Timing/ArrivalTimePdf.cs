using NuMMGen.Physics.IO;
using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Random;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Timing;

/// <summary>
/// A tabulated arrival-time distribution after the beam trigger: probabilities in contiguous time bins,
/// uniform within each bin, normalised to one. Times in seconds (write <c>t / Units.Us</c> for microseconds).
/// </summary>
public sealed class ArrivalTimePdf
{
    private readonly double[] _edges;
    private readonly double[] _cumulative;

    /// <summary>Creates the distribution from bin edges (s, strictly increasing) and non-negative bin contents (any normalisation).</summary>
    /// <exception cref="DetectorInputException">Wrong lengths, unordered edges, negative contents or all zero.</exception>
    public ArrivalTimePdf(IReadOnlyList<double> edges, IReadOnlyList<double> contents, string source)
    {
        if (edges.Count != contents.Count + 1 || contents.Count == 0)
            throw new DetectorInputException($"{source}: need n + 1 time-bin edges for n contents");
        for (var i = 0; i < contents.Count; i++)
        {
            if (!(edges[i + 1] > edges[i]))
                throw new DetectorInputException($"{source}: time bins must be increasing (bin {i + 1})");
            if (!(contents[i] >= 0 && double.IsFinite(contents[i])))
                throw new DetectorInputException($"{source}: bin {i + 1} content {contents[i]} must be >= 0");
        }
        _edges = edges.ToArray();
        _cumulative = new double[edges.Count];
        for (var i = 0; i < contents.Count; i++)
            _cumulative[i + 1] = _cumulative[i] + contents[i];
        var total = _cumulative[^1];
        if (!(total > 0))
            throw new DetectorInputException($"{source}: arrival-time distribution is empty");
        for (var i = 0; i < _cumulative.Length; i++)
            _cumulative[i] /= total;
        Source = source;
    }

    /// <summary>
    /// Reads "bin centre [us], probability" rows of equal-width bins (width from the first two centres), e.g. the
    /// COHERENT files <c>coherent/arrivalTimePDF_*.txt</c> (0.5-us bins, 0-12 us).
    /// </summary>
    public static ArrivalTimePdf FromCentres(NumericTable table)
    {
        var centres = table.Column(0);
        var width = centres.Length > 1 ? centres[1] - centres[0] : 1.0;
        var edges = centres.Select(c => (c - 0.5 * width) * Units.Us).Append((centres[^1] + 0.5 * width) * Units.Us).ToArray();
        return new ArrivalTimePdf(edges, table.Column(1), table.Source);
    }

    /// <summary>COHERENT prompt neutrinos (nu_mu from pion decay), data release arXiv:1804.09459.</summary>
    public static ArrivalTimePdf CoherentPromptNeutrinos() => FromCentres(DetectorTables.ReadEmbedded("coherent/arrivalTimePDF_promptNeutrinos.txt", 2));

    /// <summary>COHERENT delayed neutrinos (nu_e and anti-nu_mu from muon decay), data release arXiv:1804.09459.</summary>
    public static ArrivalTimePdf CoherentDelayedNeutrinos() => FromCentres(DetectorTables.ReadEmbedded("coherent/arrivalTimePDF_delayedNeutrinos.txt", 2));

    /// <summary>COHERENT beam-related (prompt) neutrons, data release arXiv:1804.09459.</summary>
    public static ArrivalTimePdf CoherentPromptNeutrons() => FromCentres(DetectorTables.ReadEmbedded("coherent/arrivalTimePDF_promptNeutrons.txt", 2));

    /// <summary>Where the table came from.</summary>
    public string Source { get; }

    /// <summary>Bin edges (s).</summary>
    public IReadOnlyList<double> Edges => _edges;

    /// <summary>Probability of bin <paramref name="bin"/>.</summary>
    public double BinProbability(int bin) => _cumulative[bin + 1] - _cumulative[bin];

    /// <summary>Cumulative probability P(t' &lt; <paramref name="t"/>) (linear within a bin).</summary>
    public double Cdf(double t)
    {
        if (t <= _edges[0])
            return 0;
        if (t >= _edges[^1])
            return 1;
        var i = Array.BinarySearch(_edges, t);
        if (i >= 0)
            return _cumulative[i];
        i = ~i - 1;
        return _cumulative[i] + (_cumulative[i + 1] - _cumulative[i]) * (t - _edges[i]) / (_edges[i + 1] - _edges[i]);
    }

    /// <summary>Probability density (1/s) at <paramref name="t"/>.</summary>
    public double Density(double t)
    {
        if (!(t >= _edges[0] && t < _edges[^1]))
            return 0;
        var i = Array.BinarySearch(_edges, t);
        i = i >= 0 ? i : ~i - 1;
        return BinProbability(i) / (_edges[i + 1] - _edges[i]);
    }

    /// <summary>Probability that the arrival time is in [<paramref name="t0"/>, <paramref name="t1"/>).</summary>
    public double Probability(double t0, double t1) => t1 > t0 ? Cdf(t1) - Cdf(t0) : 0;

    /// <summary>Draws an arrival time (s) by inverting the cumulative distribution (one uniform).</summary>
    public double Sample(IRandomSource random)
    {
        var u = random.NextDouble();
        var i = Array.BinarySearch(_cumulative, u);
        i = i >= 0 ? Math.Min(i, _edges.Length - 2) : ~i - 1;
        while (i < _edges.Length - 2 && BinProbability(i) == 0)
            i++;
        var p = BinProbability(i);
        var f = p > 0 ? (u - _cumulative[i]) / p : 0.5;
        return _edges[i] + Math.Clamp(f, 0, 1) * (_edges[i + 1] - _edges[i]);
    }
}
