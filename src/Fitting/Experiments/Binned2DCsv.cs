using NuMMGen.Physics;

namespace NuMMGen.Fitting.Experiments;

/// <summary>
/// The 2D binned data format: a CSV with the header <c>obs_low,obs_high,time_low,time_high,counts</c> (observed value in the
/// detector's unit, time in us after the trigger, counts &gt;= 0), one row per cell. The observed bins and the time bins
/// must each be contiguous and ascending, and the rows must cover every (observed bin, time bin) cell exactly once (any
/// row order). Example: the COHERENT CsI 2017 coincidence data, configs/data/coherent-csi-2017/.
/// </summary>
public static class Binned2DCsv
{
    /// <summary>The header's column names.</summary>
    public static IReadOnlyList<string> Header { get; } = ["obs_low", "obs_high", "time_low", "time_high", "counts"];

    /// <summary>Builds the data from parsed rows (line number, 5 numbers) of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">No rows, a bad bin, gaps or overlaps, a missing or repeated cell, negative counts.</exception>
    internal static ObservedData Parse(string path, int headerLine, IReadOnlyList<(int Line, double[] Fields)> rows)
    {
        if (rows.Count == 0)
            throw new InputException($"{path}:{headerLine}: no cells after the header.");
        foreach (var (line, f) in rows)
        {
            if (!(f[1] > f[0]))
                throw new InputException($"{path}:{line}: obs_high {f[1]} must exceed obs_low {f[0]}.");
            if (!(f[3] > f[2]))
                throw new InputException($"{path}:{line}: time_high {f[3]} must exceed time_low {f[2]}.");
            if (f[4] < 0)
                throw new InputException($"{path}:{line}: counts {f[4]} must be >= 0.");
        }
        var obs = Edges(path, rows, 0, "obs");
        var time = Edges(path, rows, 2, "time");
        int nt = time.Length - 1;
        var counts = new double[(obs.Length - 1) * nt];
        var seen = new int[counts.Length];
        foreach (var (line, f) in rows)
        {
            int b = Array.IndexOf(obs, f[0]), k = Array.IndexOf(time, f[2]);
            int cell = b * nt + k;
            if (seen[cell] != 0)
                throw new InputException($"{path}:{line}: cell obs [{f[0]}, {f[1]}) x time [{f[2]}, {f[3]}) us repeats line {seen[cell]}.");
            seen[cell] = line;
            counts[cell] = f[4];
        }
        int missing = Array.IndexOf(seen, 0);
        if (missing >= 0)
            throw new InputException($"{path}: cell obs [{obs[missing / nt]}, {obs[missing / nt + 1]}) x time [{time[missing % nt]}, "
                + $"{time[missing % nt + 1]}) us is missing; give every cell of the {obs.Length - 1} x {nt} grid once.");
        return new ObservedData(path, obs, counts, null) { TimeEdgesUs = time };
    }

    // The distinct (low, high) pairs of one axis must tile an interval: sorted by low, each high is the next low.
    private static double[] Edges(string path, IReadOnlyList<(int Line, double[] Fields)> rows, int column, string axis)
    {
        var bins = rows.Select(r => (Low: r.Fields[column], High: r.Fields[column + 1], r.Line))
            .GroupBy(b => b.Low).Select(g => g.First()).OrderBy(b => b.Low).ToArray();
        foreach (var (line, f) in rows)
        {
            var bin = bins.First(b => b.Low == f[column]);
            if (bin.High != f[column + 1])
                throw new InputException($"{path}:{line}: {axis}_low {f[column]} has {axis}_high {f[column + 1]} here but {bin.High} on line {bin.Line}.");
        }
        var edges = new double[bins.Length + 1];
        edges[0] = bins[0].Low;
        for (int i = 0; i < bins.Length; i++)
        {
            if (i > 0 && Math.Abs(bins[i].Low - edges[i]) > 1e-9 * Math.Max(Math.Abs(edges[i]), 1))
                throw new InputException($"{path}:{bins[i].Line}: {axis}_low {bins[i].Low} must equal the previous {axis}_high {edges[i]} "
                    + "(contiguous, non-overlapping bins).");
            edges[i + 1] = bins[i].High;
        }
        return edges;
    }
}
