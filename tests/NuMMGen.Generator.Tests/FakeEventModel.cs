using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Tests;

/// <summary>
/// A small deterministic stand-in for the real EventModel: every value is a simple function of the random
/// stream, so pipeline tests can check ordering, reproducibility and units without the physics.
/// Base units as in the contract: MeV, s, cm^2/MeV.
/// </summary>
public sealed class FakeEventModel : IEventModel
{
    private readonly double[] _cumulative;

    public FakeEventModel(IReadOnlyList<EventChannel> channels)
    {
        Channels = channels;
        _cumulative = new double[channels.Count];
        double sum = 0;
        for (int i = 0; i < channels.Count; i++)
            _cumulative[i] = sum += channels[i].Expected;
        TotalExpected = sum;
    }

    public IReadOnlyList<EventChannel> Channels { get; }

    public double TotalExpected { get; }

    public static EventChannel Channel(int index, string component, double expected, bool pulsed = false,
        ScatteringProcess process = ScatteringProcess.NeutrinoElectron, string species = "e") =>
        new(index, component, process, species, process == ScatteringProcess.Cevns ? RecoilKind.Nuclear : RecoilKind.Electron,
            3e26, new XsecComponents(expected, 0, 0, 0), pulsed);

    /// <summary>Three channels: two electron channels and one nuclear, optionally pulsed (arrival times).</summary>
    public static FakeEventModel Standard(bool pulsed = false) => new(
    [
        Channel(0, "pp", 120.5, pulsed),
        Channel(1, "7Be_862", 40.25, pulsed),
        Channel(2, "8B", 12.0, pulsed, ScatteringProcess.Cevns, "C12"),
    ]);

    /// <summary>One channel per (component, process) of a setup, 100 expected events each (for command-line tests).</summary>
    public static FakeEventModel FromSetup(EventModelSetup setup)
    {
        var names = setup.Components ?? setup.Flux.Components.Select(c => c.Name).ToArray();
        bool pulsed = setup.Flux.Normalization == Fluxes.FluxNormalization.PerProtonOnTarget;
        var channels = new List<EventChannel>();
        foreach (var name in names)
        {
            foreach (var process in setup.Processes)
            {
                string species = process == ScatteringProcess.Cevns ? setup.Material.NucleiPerKg.Keys.First().Symbol : "e";
                channels.Add(Channel(channels.Count, name, 100, pulsed, process, species));
            }
        }
        return new FakeEventModel(channels);
    }

    public InteractionEvent Sample(int channel, RandomStream random)
    {
        double u = random.NextDouble();
        double enu = 1 + 9 * u;
        double recoil = 0.1 * enu * random.NextDouble();
        return new InteractionEvent
        {
            Channel = channel,
            Flavor = (Flavor)random.NextUInt64(6),
            Enu = enu,
            Recoil = recoil,
            Time = Channels[channel].HasArrivalTime ? 1e-6 * random.NextDouble() : double.NaN,
            Sm = 1e-42 * (1 + u),
            MagneticPerMu2 = 1e-20 / recoil,
            TensorPerC2 = 2e-40 * enu,
            ScalarPerC2 = 3e-40 * u,
        };
    }

    public InteractionEvent SampleMixture(RandomStream random)
    {
        double x = random.NextDouble() * TotalExpected;
        int c = 0;
        while (c < _cumulative.Length - 1 && x >= _cumulative[c])
            c++;
        return Sample(c, random);
    }
}
