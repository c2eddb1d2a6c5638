using NuMMGen.Detectors.IO;
using NuMMGen.Detectors.Shapes;
using NuMMGen.Detectors.Timing;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Backgrounds;

/// <summary>
/// COHERENT CsI[Na] 2017 steady-state background from the anticoincidence (AC) beam-on data of the release
/// (arXiv:1804.09459): counts in 25 PE bins (2 PE wide, 0-50 PE) x 24 time bins (0.5 us, 0-12 us), taken in a
/// window of the same length before the trigger, hence an unbiased estimate of the steady-state background in
/// the coincidence window. The counts are as recorded (after all cuts, acceptance included) for the release's
/// live time (308.1 days; Science 357, 1123 (2017)); the expected total scales with the live time of the
/// exposure. The PE shape and arrival-time distribution are the marginals; <see cref="Counts"/> keeps the
/// full PE x time table.
/// </summary>
public sealed class CoherentSteadyStateBackground : IBackgroundComponent
{
    /// <summary>Live time of the released data set, 308.1 days.</summary>
    public const double ReleaseLiveTime = 308.1 * Units.Day;

    private const int PeBins = 25;
    private const int TimeBins = 24;
    private readonly double[,] _counts;

    private CoherentSteadyStateBackground(string name, double[,] counts, double referenceLiveTime)
    {
        Name = name;
        _counts = counts;
        ReferenceLiveTime = referenceLiveTime;
        Total = counts.Cast<double>().Sum();
        var peEdges = Enumerable.Range(0, PeBins + 1).Select(i => 2.0 * i).ToArray();
        var tEdges = Enumerable.Range(0, TimeBins + 1).Select(i => 0.5 * i * Units.Us).ToArray();
        var pe = Enumerable.Range(0, PeBins).Select(i => Enumerable.Range(0, TimeBins).Sum(j => counts[i, j])).ToArray();
        var time = Enumerable.Range(0, TimeBins).Select(j => Enumerable.Range(0, PeBins).Sum(i => counts[i, j])).ToArray();
        Shape = new HistogramShape(peEdges, pe, name);
        ArrivalTime = new ArrivalTimePdf(tEdges, time, name);
    }

    /// <summary>
    /// Loads one of the released data sets: <c>anticoincidence_beamOn</c> (the steady-state estimate; default),
    /// <c>coincidence_beamOn</c>, <c>anticoincidence_beamOff</c> or <c>coincidence_beamOff</c>.
    /// </summary>
    /// <exception cref="DetectorInputException">An unknown data set name, or a row off the 2-PE x 0.5-us grid.</exception>
    public static CoherentSteadyStateBackground Load(string dataSet = "anticoincidence_beamOn")
    {
        string[] known = ["anticoincidence_beamOn", "coincidence_beamOn", "anticoincidence_beamOff", "coincidence_beamOff"];
        if (!known.Contains(dataSet))
            throw new DetectorInputException($"unknown COHERENT data set '{dataSet}' (allowed: {string.Join(", ", known)})");
        var table = DetectorTables.ReadEmbedded($"coherent/data_{dataSet}.txt", 3);
        var counts = new double[PeBins, TimeBins];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var i = (int)Math.Floor(row[0] / 2.0);
            var j = (int)Math.Floor(row[1] / 0.5);
            if (i < 0 || i >= PeBins || j < 0 || j >= TimeBins || row[2] < 0)
                throw new DetectorInputException($"{table.Where(r)}: ({row[0]} PE, {row[1]} us, {row[2]} counts) is off the 2-PE x 0.5-us grid");
            counts[i, j] += row[2];
        }
        return new CoherentSteadyStateBackground($"steady-state ({dataSet})", counts, ReleaseLiveTime);
    }

    /// <summary>Live time (s) the released counts correspond to.</summary>
    public double ReferenceLiveTime { get; }

    /// <summary>Total released counts (all bins).</summary>
    public double Total { get; }

    /// <summary>Released counts in PE bin <paramref name="peBin"/> (0..24, [2i, 2i+2) PE) and time bin <paramref name="timeBin"/> (0..23, [0.5j, 0.5j+0.5) us).</summary>
    public double Counts(int peBin, int timeBin) => _counts[peBin, timeBin];

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string ObservedUnit => "PE";

    /// <inheritdoc />
    public ISpectralShape Shape { get; }

    /// <inheritdoc />
    public ArrivalTimePdf? ArrivalTime { get; }

    /// <inheritdoc />
    public double NormalisationUncertainty => 0;

    /// <inheritdoc />
    public double ExpectedTotal(in Exposure exposure) => Total * exposure.LiveTime / ReferenceLiveTime;
}
