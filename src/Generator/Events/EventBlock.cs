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

    public void Reset(long firstEventId)
    {
        FirstEventId = firstEventId;
        Count = 0;
        Array.Clear(ChannelCounts);
    }

    /// <summary>Appends one event, converting from base units (MeV, s, cm^2/MeV) to file units.</summary>
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
}
