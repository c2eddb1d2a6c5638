using NuMMGen.Generator.Model;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Events;

/// <summary>
/// The events of one block in columns, already in file units (MeV, keV, ns, cm^2/keV), ready to be appended
/// to an event file. Reused from a pool: <see cref="Reset"/> prepares it for the next block.
/// </summary>
internal sealed class EventBlock
{
    public EventBlock(int capacity, int channelCount)
    {
        Channel = new int[capacity];
        Flavor = new int[capacity];
        EnuMeV = new double[capacity];
        RecoilKeV = new double[capacity];
        TimeNs = new double[capacity];
        DsdtSm = new double[capacity];
        DsdtMagnetic = new double[capacity];
        DsdtTensor = new double[capacity];
        DsdtScalar = new double[capacity];
        Observed = new double[capacity];
        Detected = new bool[capacity];
        ChannelCounts = new long[channelCount];
    }

    public int Capacity => Channel.Length;

    /// <summary>Events held.</summary>
    public int Count { get; private set; }

    /// <summary>Global id of the first event.</summary>
    public long FirstEventId { get; private set; }

    /// <summary>Events per channel in this block.</summary>
    public long[] ChannelCounts { get; }

    public int[] Channel { get; }
    public int[] Flavor { get; }
    public double[] EnuMeV { get; }
    public double[] RecoilKeV { get; }
    public double[] TimeNs { get; }
    public double[] DsdtSm { get; }
    public double[] DsdtMagnetic { get; }
    public double[] DsdtTensor { get; }
    public double[] DsdtScalar { get; }
    public double[] Observed { get; }
    public bool[] Detected { get; }

    public void Reset(long firstEventId)
    {
        FirstEventId = firstEventId;
        Count = 0;
        Array.Clear(ChannelCounts);
    }

    /// <summary>Appends one event, converting from base units (MeV, s, cm^2/MeV) to file units.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(in InteractionEvent e)
    {
        int i = Count;
        Channel[i] = e.Channel;
        Flavor[i] = (int)e.Flavor;
        EnuMeV[i] = e.Enu / Units.MeV;
        RecoilKeV[i] = e.Recoil / Units.KeV;
        TimeNs[i] = e.Time / Units.Ns;
        // dsigma/dT per keV = dsigma/dT per MeV times the MeV in one keV.
        DsdtSm[i] = e.Sm * Units.KeV;
        DsdtMagnetic[i] = e.MagneticPerMu2 * Units.KeV;
        DsdtTensor[i] = e.TensorPerC2 * Units.KeV;
        DsdtScalar[i] = e.ScalarPerC2 * Units.KeV;
        ChannelCounts[e.Channel]++;
        Count = i + 1;
    }

    /// <summary>Sets what the detector recorded for the event added last.</summary>
    public void SetObservation(double observed, bool detected)
    {
        Observed[Count - 1] = observed;
        Detected[Count - 1] = detected;
    }

    /// <summary>
    /// Appends a detector-background event (plan channel <paramref name="channel"/>, after the model's channels): observed
    /// value, time (s after the pulse centre, NaN without timing), detected; no neutrino (NaN energies, zero cross sections).
    /// </summary>
    public void AddBackground(int channel, int noFlavor, double observed, double time)
    {
        int i = Count;
        Channel[i] = channel;
        Flavor[i] = noFlavor;
        EnuMeV[i] = double.NaN;
        RecoilKeV[i] = double.NaN;
        TimeNs[i] = time / Units.Ns;
        DsdtSm[i] = DsdtMagnetic[i] = DsdtTensor[i] = DsdtScalar[i] = 0;
        Observed[i] = observed;
        Detected[i] = true;
        ChannelCounts[channel]++;
        Count = i + 1;
    }
}
