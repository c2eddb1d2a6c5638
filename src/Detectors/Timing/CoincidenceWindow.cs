using NuMMGen.Detectors.IO;

namespace NuMMGen.Detectors.Timing;

/// <summary>
/// Time response of a spallation-source detector: the recorded time is the true arrival time (the time
/// resolution, tens of ns in CsI, is far below the 0.5-us analysis bins) and an event counts if it falls in
/// the coincidence window [<see cref="Start"/>, <see cref="End"/>) after the trigger. Times in seconds.
/// COHERENT 2017 analysed 0-12 us after the trigger (the arrival-time tables cover that range).
/// </summary>
public sealed class CoincidenceWindow
{
    /// <summary>Creates the window [<paramref name="start"/>, <paramref name="end"/>) (s).</summary>
    /// <exception cref="DetectorInputException">An empty or non-finite window.</exception>
    public CoincidenceWindow(double start, double end)
    {
        if (!double.IsFinite(start) || !double.IsFinite(end) || !(end > start))
            throw new DetectorInputException($"coincidence window [{start}, {end}) s is empty or not finite");
        Start = start;
        End = end;
    }

    /// <summary>Start of the window (s after the trigger, inclusive).</summary>
    public double Start { get; }

    /// <summary>End of the window (s after the trigger, exclusive).</summary>
    public double End { get; }

    /// <summary>The recorded time for true arrival time <paramref name="arrival"/> (identity).</summary>
    public double Recorded(double arrival) => arrival;

    /// <summary>Whether an event arriving at <paramref name="arrival"/> (s) is inside the window.</summary>
    public bool Contains(double arrival) => arrival >= Start && arrival < End;

    /// <summary>The fraction of a distribution <paramref name="pdf"/> inside the window.</summary>
    public double AcceptedFraction(ArrivalTimePdf pdf) => pdf.Probability(Start, End);
}
