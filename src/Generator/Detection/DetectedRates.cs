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
        for (int c = 0; c < result.Length; c++)
        {
            var channel = model.Channels[c];
            result[c] = Enumerable.Repeat(XsecComponents.Zero, observedEdges.Length - 1).ToArray();
            var component = setup.Flux.Components.First(f => f.Name == channel.Component);
            double mass = channel.RecoilKind == RecoilKind.Electron
                ? PhysicalConstants.ElectronMass
                : setup.Material.NucleiPerKg.Keys.First(n => n.Symbol == channel.TargetSpecies).NuclearMass;
            double e = component.MaxEnergy;
            double hi = Math.Min(setup.RecoilMax, 2 * e * e / (mass + 2 * e));
            double lo = setup.RecoilMin > 0 ? setup.RecoilMin : hi * 1e-7;
            double timeFraction = TimeFraction(component.ArrivalTime, detector);
            if (!(hi > lo) || channel.Expected <= 0 || timeFraction <= 0)
                continue;
            var edges = Enumerable.Range(0, trueBins + 1).Select(i => lo * Math.Pow(hi / lo, (double)i / trueBins)).ToArray();
            edges[^1] = hi;
            // The response first; the (costlier) binned rates only over the true bins that can be recorded.
            var matrix = detector.Response.Fold(edges, channel.RecoilKind, observedEdges);
            int first = 0, last = trueBins - 1;
            while (first <= last && matrix.DetectionProbability(first) <= 0)
                first++;
            while (last >= first && matrix.DetectionProbability(last) <= 0)
                last--;
            if (first > last)
                continue;
            var binned = model.BinnedExpected(c, edges.AsSpan(first, last - first + 2));
            for (int i = first; i <= last; i++)
            {
                var row = matrix.Row(i);
                for (int j = 0; j < row.Length; j++)
                {
                    if (row[j] > 0)
                        result[c][j] = result[c][j] + (row[j] * timeFraction) * binned[i - first];
                }
            }
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
