using System.Globalization;
using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Events;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Experiments;

/// <summary>
/// Observed data of a fit, read from a file: either binned counts (their own bin edges) or unbinned observed values.
/// Formats: (a) an Arrow event file of <c>nummgen generate --pseudo-experiment</c> (the <c>observed</c> values of
/// rows with <c>detected</c> = true); (b) a binned CSV with the header <c>bin_low,bin_high,counts</c> and one row per bin
/// (contiguous, ascending; counts &gt;= 0); (c) an unbinned CSV with the header <c>observed</c> or <c>observed,time</c>
/// (one event per row; time in us after the trigger, used by 2D fits and ignored by 1D fits); (d) a 2D binned CSV with the
/// header <c>obs_low,obs_high,time_low,time_high,counts</c> (time in us after the trigger), one row per cell of a full
/// grid of contiguous observed bins x contiguous time bins, each cell once, in any order (see <see cref="Binned2DCsv"/>).
/// Event files give the time as <c>timeNs</c> after the pulse centre; the trigger time is that plus the detector's pulse
/// centre. Lines starting with <c>#</c> and blank lines are skipped.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="BinEdges">Binned data: the bin edges; null for unbinned data.</param>
/// <param name="BinCounts">Binned data: counts per bin (2D: per cell, row-major observed x time); null for unbinned data.</param>
/// <param name="Values">Unbinned data: the observed values; null for binned data.</param>
public sealed record ObservedData(string Path, double[]? BinEdges, double[]? BinCounts, double[]? Values)
{
    /// <summary>2D binned data: the time-bin edges (us after the trigger); null otherwise.</summary>
    public double[]? TimeEdgesUs { get; init; }

    /// <summary>
    /// Unbinned data: each event's time in us after the trigger (CSV <c>time</c> column), or after the pulse centre in us
    /// for event files (<see cref="TimesFromPulseCentre"/>); null when the file has no times.
    /// </summary>
    public double[]? Times { get; init; }

    /// <summary>Whether <see cref="Times"/> are relative to the pulse centre (event files) rather than the trigger (CSV).</summary>
    public bool TimesFromPulseCentre { get; init; }

    /// <summary>
    /// Counts per (observed x time) cell, row-major (cell = observed bin x time bins + time bin): 2D binned data must have
    /// the same edges; unbinned values need times (<paramref name="pulseCentreUs"/>: the detector's pulse centre after the
    /// trigger, added to event-file times) and are histogrammed, events outside the grid dropped.
    /// </summary>
    /// <exception cref="InputException">Data without times, or binned data with other bins.</exception>
    public double[] CountsIn(double[] edges, double[] timeEdgesUs, double pulseCentreUs)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(timeEdgesUs);
        if (BinEdges is not null)
        {
            if (TimeEdgesUs is null)
                throw new InputException($"{Path}: binned data without time bins cannot be fitted in (observed x time); give a 2D CSV "
                    + "'obs_low,obs_high,time_low,time_high,counts' or remove fit.timeBins.");
            if (!Same(BinEdges, edges) || !Same(TimeEdgesUs, timeEdgesUs))
                throw new InputException($"{Path}: its {BinEdges.Length - 1} x {TimeEdgesUs.Length - 1} cells differ from the fit binning "
                    + $"({edges.Length - 1} x {timeEdgesUs.Length - 1}).");
            return (double[])BinCounts!.Clone();
        }
        if (Times is null)
            throw new InputException($"{Path}: the events have no times; a 2D (observed x time) fit needs the CSV header 'observed,time' "
                + "or an event file with timeNs.");
        int nt = timeEdgesUs.Length - 1;
        var counts = new double[(edges.Length - 1) * nt];
        double shift = TimesFromPulseCentre ? pulseCentreUs : 0;
        for (int i = 0; i < Values!.Length; i++)
        {
            int b = BinOf(edges, Values[i]), k = BinOf(timeEdgesUs, Times[i] + shift);
            if (b >= 0 && k >= 0)
                counts[b * nt + k]++;
        }
        return counts;
    }

    /// <summary>
    /// Counts in the bins of <paramref name="templates"/>: its (observed x time) cells for a 2D fit
    /// (<see cref="CountsIn(double[], double[], double)"/> with its pulse centre), its observed bins otherwise.
    /// </summary>
    /// <exception cref="InputException">Data that do not fit the binning (see the two overloads).</exception>
    public double[] CountsIn(ExperimentTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.TimeEdgesUs is { } time ? CountsIn(templates.Edges, time, templates.PulseCentreUs) : CountsIn(templates.Edges);
    }

    private static int BinOf(double[] edges, double v)
    {
        if (!(v >= edges[0] && v < edges[^1]))
            return -1;
        int i = Array.BinarySearch(edges, v);
        return Math.Min(i >= 0 ? i : ~i - 1, edges.Length - 2);
    }

    private static bool Same(double[] a, double[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 1e-6 * Math.Max(Math.Abs(p.Second), 1e-12));

    /// <summary>Reads <paramref name="path"/>: <c>.arrow</c> files as event files, anything else as CSV (format by header).</summary>
    /// <exception cref="InputException">Missing, unreadable or malformed file; the message names the file and line.</exception>
    public static ObservedData Load(string path)
    {
        if (!File.Exists(path))
            throw new InputException($"{path}: data file not found.");
        try
        {
            return path.EndsWith(".arrow", StringComparison.OrdinalIgnoreCase) ? LoadArrow(path) : LoadCsv(path);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot read the data file: {e.Message}", e);
        }
        catch (ArrowFormatException e)
        {
            throw new InputException($"{path}: not a valid event file: {e.Message}", e);
        }
    }

    /// <summary>
    /// Counts per bin of <paramref name="edges"/>: binned data must have the same edges (relative tolerance 1e-6); unbinned
    /// values are histogrammed (values outside [first, last edge) are dropped).
    /// </summary>
    /// <exception cref="InputException">Binned data with other bin edges.</exception>
    public double[] CountsIn(double[] edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (BinEdges is not null)
        {
            if (TimeEdgesUs is not null)
                throw new InputException($"{Path}: 2D (observed x time) data need time bins in the fit; set fit.timeBins or let the data's time bins be used.");
            if (!Same(BinEdges, edges))
                throw new InputException($"{Path}: its {BinEdges.Length - 1} bins [{BinEdges[0]}, {BinEdges[^1]}) differ from the fit binning "
                    + $"({edges.Length - 1} bins [{edges[0]}, {edges[^1]})).");
            return (double[])BinCounts!.Clone();
        }
        var counts = new double[edges.Length - 1];
        foreach (double v in Values!)
        {
            if (!(v >= edges[0] && v < edges[^1]))
                continue;
            int i = Array.BinarySearch(edges, v);
            int bin = i >= 0 ? i : ~i - 1;
            counts[Math.Min(bin, counts.Length - 1)]++;
        }
        return counts;
    }

    private static ObservedData LoadArrow(string path)
    {
        using var reader = ArrowFileReader.Open(path);
        var names = reader.Schema.Fields.Select(f => f.Name).ToHashSet();
        if (!names.Contains(EventColumns.Observed) || !names.Contains(EventColumns.Detected))
            throw new InputException($"{path}: the event file has no '{EventColumns.Observed}'/'{EventColumns.Detected}' columns (generate it with a detector section).");
        bool timed = names.Contains(EventColumns.TimeNs);
        var values = new List<double>();
        var times = new List<double>();
        foreach (var batch in reader.ReadRecordBatches())
        {
            var observed = batch.Column<NumericColumn<double>>(EventColumns.Observed).Values.Span;
            var detected = batch.Column<BoolColumn>(EventColumns.Detected);
            var time = timed ? batch.Column<NumericColumn<double>>(EventColumns.TimeNs).Values.Span : default;
            for (int i = 0; i < batch.Length; i++)
            {
                if (!detected[i])
                    continue;
                values.Add(observed[i]);
                if (timed)
                    times.Add(time[i] * 1e-3);
            }
        }
        return new ObservedData(path, null, null, [.. values]) { Times = timed ? [.. times] : null, TimesFromPulseCentre = true };
    }

    private static ObservedData LoadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        string[]? header = null;
        int headerLine = 0;
        var rows = new List<(int Line, double[] Fields)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            if (header is null)
            {
                header = fields.Select(f => f.ToLowerInvariant()).ToArray();
                headerLine = i + 1;
                if (!(header.SequenceEqual(["bin_low", "bin_high", "counts"]) || header.SequenceEqual(["observed"])
                      || header.SequenceEqual(["observed", "time"]) || header.SequenceEqual(Binned2DCsv.Header)))
                    throw new InputException($"{path}:{i + 1}: expected the header 'bin_low,bin_high,counts', 'observed', 'observed,time' or "
                        + $"'{string.Join(",", Binned2DCsv.Header)}', got '{line}'.");
                continue;
            }
            if (fields.Length != header.Length)
                throw new InputException($"{path}:{i + 1}: expected {header.Length} comma-separated values, got {fields.Length}.");
            var numbers = new double[fields.Length];
            for (int k = 0; k < fields.Length; k++)
                if (!double.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[k]) || !double.IsFinite(numbers[k]))
                    throw new InputException($"{path}:{i + 1}: '{fields[k]}' ({header[k]}) is not a finite number.");
            rows.Add((i + 1, numbers));
        }
        if (header is null)
            throw new InputException($"{path}:1: empty data file; expected a header line.");
        if (header[0] == "observed")
            return new ObservedData(path, null, null, rows.Select(r => r.Fields[0]).ToArray())
            {
                Times = header.Length > 1 ? rows.Select(r => r.Fields[1]).ToArray() : null,
            };
        if (header.Length == Binned2DCsv.Header.Count)
            return Binned2DCsv.Parse(path, headerLine, rows);
        if (rows.Count == 0)
            throw new InputException($"{path}:{headerLine}: no bins after the header.");
        var edges = new double[rows.Count + 1];
        var counts = new double[rows.Count];
        edges[0] = rows[0].Fields[0];
        for (int r = 0; r < rows.Count; r++)
        {
            var (line, f) = rows[r];
            if (!(f[1] > f[0]))
                throw new InputException($"{path}:{line}: bin_high {f[1]} must exceed bin_low {f[0]}.");
            if (r > 0 && Math.Abs(f[0] - edges[r]) > 1e-9 * Math.Max(Math.Abs(edges[r]), 1))
                throw new InputException($"{path}:{line}: bin_low {f[0]} must equal the previous bin_high {edges[r]} (contiguous bins).");
            if (f[2] < 0)
                throw new InputException($"{path}:{line}: counts {f[2]} must be >= 0.");
            edges[r + 1] = f[1];
            counts[r] = f[2];
        }
        return new ObservedData(path, edges, counts, null);
    }
}
