using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Detection;

/// <summary>
/// Expected recorded signal counts: for each channel, the sum over a fine true-recoil grid of the channel's binned
/// expected counts (<see cref="EventModel.BinnedExpected"/>) times the probability that the response puts a recoil of
/// that bin into each observed bin and keeps it (<see cref="Detectors.Response.DetectorResponse.Fold"/>, the response the
/// generator samples), times, for a pulsed source, the fraction of the component's arrival times inside the coincidence
/// window. The grid spans the channel's recoil window up to its kinematic end point T_max = 2 E_max^2 / (M + 2 E_max),
/// logarithmically spaced. Parts (SM, magnetic, tensor, scalar) are folded separately with the same matrix.
/// </summary>
public static class DetectedRates
{
    /// <summary>Default number of true-recoil bins per channel.</summary>
    public const int DefaultTrueBins = 300;

    /// <summary>Expected recorded counts per part of every channel in the analysis region.</summary>
    public static XsecComponents[] InRegion(EventModel model, DetectorSetup detector, int trueBins = DefaultTrueBins) =>
        Folded(model, detector, [detector.MinObserved, detector.MaxObserved], trueBins).Select(c => c[0]).ToArray();

    /// <summary>
    /// Expected recorded counts per part of every channel (outer index, model order) in each observed bin of
    /// <paramref name="observedEdges"/> (inner index; counts outside the analysis region are zero).
    /// </summary>
    public static XsecComponents[][] Folded(EventModel model, DetectorSetup detector, double[] observedEdges, int trueBins = DefaultTrueBins)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(detector);
        var setup = model.Setup;
        var result = new XsecComponents[model.Channels.Count][];
        var tMax = new double[result.Length];
        for (int c = 0; c < result.Length; c++)
        {
            result[c] = Enumerable.Repeat(XsecComponents.Zero, observedEdges.Length - 1).ToArray();
            tMax[c] = Math.Min(setup.RecoilMax, EndPoint(model, c));
        }
        // One log grid and one response matrix per recoil kind, shared by its channels (the fold is the costly part).
        foreach (var kind in model.Channels.Select(ch => ch.RecoilKind).Distinct())
        {
            var members = Enumerable.Range(0, result.Length).Where(c => model.Channels[c].RecoilKind == kind).ToArray();
            double hi = members.Max(c => tMax[c]);
            double lo = setup.RecoilMin > 0 ? setup.RecoilMin : hi * 1e-7;
            if (!(hi > lo))
                continue;
            var edges = Enumerable.Range(0, trueBins + 1).Select(i => lo * Math.Pow(hi / lo, (double)i / trueBins)).ToArray();
            edges[^1] = hi;
            var matrix = detector.Response.Fold(edges, kind, observedEdges);
            foreach (int c in members)
                AddChannel(model, c, edges, matrix, TimeFraction(ComponentOf(model, c).ArrivalTime, detector), tMax[c], result[c]);
        }
        return result;
    }

    // Adds channel c's binned expected counts times the response over the true bins that can be recorded (and lie
    // below the channel's end point): the binned rates, the costlier part, are computed on that range only.
    private static void AddChannel(EventModel model, int c, double[] edges, Detectors.Response.ResponseMatrix matrix, double timeFraction,
        double tMax, XsecComponents[] into)
    {
        if (model.Channels[c].Expected <= 0 || timeFraction <= 0)
            return;
        int first = 0, last = edges.Length - 2;
        while (last >= 0 && edges[last] >= tMax)
            last--;
        while (first <= last && matrix.DetectionProbability(first) <= 0)
            first++;
        while (last >= first && matrix.DetectionProbability(last) <= 0)
            last--;
        if (first > last)
            return;
        var binned = model.BinnedExpected(c, edges.AsSpan(first, last - first + 2));
        for (int i = first; i <= last; i++)
        {
            var row = matrix.Row(i);
            for (int j = 0; j < row.Length; j++)
            {
                if (row[j] > 0)
                    into[j] = into[j] + (row[j] * timeFraction) * binned[i - first];
            }
        }
    }

    private static Fluxes.FluxComponent ComponentOf(EventModel model, int c) =>
        model.Setup.Flux.Components.First(f => f.Name == model.Channels[c].Component);

    // Kinematic end point of channel c: T_max = 2 E^2 / (M + 2 E) at the component's largest energy (M = m_e or the nucleus).
    private static double EndPoint(EventModel model, int c)
    {
        var channel = model.Channels[c];
        double mass = channel.RecoilKind == RecoilKind.Electron
            ? PhysicalConstants.ElectronMass
            : model.Setup.Material.NucleiPerKg.Keys.First(n => n.Symbol == channel.TargetSpecies).NuclearMass;
        double e = ComponentOf(model, c).MaxEnergy;
        return 2 * e * e / (mass + 2 * e);
    }

    /// <summary>
    /// How the recorded counts of each channel (outer index, model order) split over time bins <paramref name="timeEdges"/>
    /// (s after the trigger; inner index): the fraction of the channel's flux-component arrival times (the source's timing
    /// model, e.g. <see cref="Fluxes.Sns.PionDecayAtRest.Timing"/>, shifted by the pulse centre) in the bin and inside the
    /// coincidence window, divided by the fraction inside the window (the folded counts already hold that factor). The
    /// arrival time does not depend on the energy for decays at rest, so folded counts x fraction gives the (observed x time)
    /// counts, and bins covering the window sum to 1. Channels without arrival times (or a detector without a window)
    /// are spread flat over the span of <paramref name="timeEdges"/>.
    /// </summary>
    /// <param name="model">The rate engine.</param>
    /// <param name="detector">The detector (window and pulse centre).</param>
    /// <param name="timeEdges">Ascending time-bin edges (s after the trigger).</param>
    public static double[][] TimeFractions(EventModel model, DetectorSetup detector, ReadOnlySpan<double> timeEdges)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(detector);
        int nt = Math.Max(timeEdges.Length - 1, 0);
        var result = new double[model.Channels.Count][];
        for (int c = 0; c < result.Length; c++)
        {
            var arrival = ComponentOf(model, c).ArrivalTime;
            var fractions = new double[nt];
            if (detector.Window is not { } w || arrival is null)
            {
                for (int k = 0; k < nt; k++)
                    fractions[k] = (timeEdges[k + 1] - timeEdges[k]) / (timeEdges[^1] - timeEdges[0]);
            }
            else
            {
                double inWindow = TimeFraction(arrival, detector);
                double Cdf(double t) => t <= arrival.Min ? 0 : t >= arrival.Max ? 1 : arrival.Cdf(t);
                for (int k = 0; k < nt; k++)
                {
                    double t0 = Math.Max(timeEdges[k], w.Start), t1 = Math.Min(timeEdges[k + 1], w.End);
                    fractions[k] = t1 > t0 && inWindow > 0 ? (Cdf(t1 - detector.PulseCentre) - Cdf(t0 - detector.PulseCentre)) / inWindow : 0;
                }
            }
            result[c] = fractions;
        }
        return result;
    }

    /// <summary>Fraction of a component's arrival times (relative to the pulse centre) inside the coincidence window; 1 without one.</summary>
    private static double TimeFraction(Fluxes.TabulatedDistribution? arrival, DetectorSetup detector)
    {
        if (detector.Window is not { } w || arrival is null)
            return 1.0;
        double Cdf(double t) => t <= arrival.Min ? 0 : t >= arrival.Max ? 1 : arrival.Cdf(t);
        return Math.Max(Cdf(w.End - detector.PulseCentre) - Cdf(w.Start - detector.PulseCentre), 0);
    }
}
