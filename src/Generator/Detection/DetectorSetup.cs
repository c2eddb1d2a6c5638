using NuMMGen.Detectors.Efficiency;
using NuMMGen.Detectors.Random;
using NuMMGen.Detectors.Response;
using NuMMGen.Detectors.Timing;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Detection;

/// <summary>
/// A configured detector: the response (quenching, observable, resolution, efficiency), the analysis region in the
/// observable, the coincidence window of a pulsed source and the backgrounds in the region. An event is
/// <em>detected</em> when it passes the efficiency, its observed value is in [<see cref="MinObserved"/>,
/// <see cref="MaxObserved"/>) and (pulsed sources) its time is in the coincidence window: <see cref="Response"/>
/// carries the efficiency times the region, so the sampled flag and the folded counts agree. Immutable, thread safe.
/// </summary>
public sealed class DetectorSetup
{
    /// <summary>Creates the setup from the response <paramref name="withoutRegion"/> (its efficiency without the analysis region).</summary>
    public DetectorSetup(DetectorResponse withoutRegion, double minObserved, double maxObserved, CoincidenceWindow? window,
        double pulseCentre, IReadOnlyList<IRegionBackground> backgrounds, IReadOnlyList<string> description)
    {
        ArgumentNullException.ThrowIfNull(withoutRegion);
        Efficiency = withoutRegion.Efficiency;
        MinObserved = minObserved;
        MaxObserved = maxObserved;
        Response = new DetectorResponse(withoutRegion.Quenching, withoutRegion.Scale, withoutRegion.Resolution,
            new CountTableEfficiency(new ProductEfficiency(withoutRegion.Efficiency, new SharpThreshold(minObserved, maxObserved))));
        Window = window;
        PulseCentre = pulseCentre;
        Backgrounds = backgrounds;
        Description = description;
    }

    /// <summary>The response with the efficiency times the analysis region (what <c>detected</c> means).</summary>
    public DetectorResponse Response { get; }

    /// <summary>The efficiency alone (without the analysis region).</summary>
    public IEfficiency Efficiency { get; }

    /// <summary>Lower end of the analysis region (inclusive), in <see cref="ObservedUnit"/>.</summary>
    public double MinObserved { get; }

    /// <summary>Upper end of the analysis region (exclusive), in <see cref="ObservedUnit"/>.</summary>
    public double MaxObserved { get; }

    /// <summary>Unit of the observed value: keVee, PE or Nh.</summary>
    public string ObservedUnit => Response.ObservedUnit;

    /// <summary>The coincidence window (s after the trigger), or null (no time cut).</summary>
    public CoincidenceWindow? Window { get; }

    /// <summary>Time of the proton-pulse centre after the trigger (s); event times are relative to the pulse centre.</summary>
    public double PulseCentre { get; }

    /// <summary>The backgrounds, restricted to the region and window, for the configured exposure.</summary>
    public IReadOnlyList<IRegionBackground> Backgrounds { get; }

    /// <summary>One line per stage and background, for provenance and logs.</summary>
    public IReadOnlyList<string> Description { get; }

    /// <summary>Whether an event at time <paramref name="time"/> (s after the pulse centre; NaN: a component without timing, kept) passes the time cut.</summary>
    public bool InWindow(double time) => Window is null || double.IsNaN(time) || Window.Contains(time + PulseCentre);

    /// <summary>
    /// The detector's view of one interaction: consumes the resolution's draws and one uniform from
    /// <paramref name="random"/>; detected = efficiency x region x time window.
    /// </summary>
    public Observation Observe(double trueRecoil, RecoilKind kind, double time, IRandomSource random)
    {
        var o = Response.Sample(trueRecoil, kind, random);
        return o with { Detected = o.Detected && InWindow(time) };
    }
}
