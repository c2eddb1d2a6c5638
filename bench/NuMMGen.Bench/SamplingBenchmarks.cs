using BenchmarkDotNet.Attributes;
using NuMMGen.Fluxes;
using NuMMGen.Fluxes.Reactor;
using NuMMGen.Fluxes.Sns;
using NuMMGen.Fluxes.Solar;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Bench;

/// <summary>
/// Exact event sampling, single thread, per channel type (the model is built once in the set-up). Each invocation
/// draws <see cref="Events"/> events, so the reported time divided by nothing is per event.
/// Run: dotnet run -c Release --project bench/NuMMGen.Bench -- --filter '*SamplingBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class SamplingBenchmarks
{
    private const int Events = 1000;
    private EventModel _model = null!;
    private int _channel;
    private RandomStream _random = null!;

    /// <summary>The channel type.</summary>
    [Params("7Be-e", "7Be-e-mu", "pp-e", "8B-e", "sns-prompt-Cs133", "sns-delayed-I127", "reactor-Ge-stepping")]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var solar = new SolarSource();
        var pc = Material.FromFormula("PC", "C9H12");
        var mu = new StateCouplings(MagneticMoment: CouplingMatrix.Universal(5e-11));
        var (setup, component, species) = Case switch
        {
            "7Be-e" => (Solar(solar, pc, "7Be_862", StateCouplings.StandardModel), "7Be_862", "e"),
            "7Be-e-mu" => (Solar(solar, pc, "7Be_862", mu), "7Be_862", "e"),
            "pp-e" => (Solar(solar, pc, "pp", StateCouplings.StandardModel), "pp", "e"),
            "8B-e" => (Solar(solar, pc, "8B", StateCouplings.StandardModel), "8B", "e"),
            "sns-prompt-Cs133" => (Sns(), "numu", "Cs133"),
            "sns-delayed-I127" => (Sns(), "nue", "I127"),
            _ => (Reactor(), "U235", "Ge"),
        };
        _model = EventModel.Build(setup);
        _channel = _model.Channels.Single(c => c.Component == component && c.TargetSpecies == species).Index;
        _random = RandomStreams.Create(1, 2, 3);
    }

    /// <summary>The channel's expected acceptance (events per proposal draw), for profiling.</summary>
    internal double Acceptance => _model.Acceptance(_channel);

    [Benchmark(OperationsPerInvoke = Events)]
    public double SampleEvent()
    {
        var s = 0.0;
        for (var i = 0; i < Events; i++)
            s += _model.Sample(_channel, _random).Recoil;
        return s;
    }

    /// <summary>The same events drawn in rounds (<see cref="EventModel.Sample(int, RandomStream, Span{InteractionEvent})"/>).</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public double SampleBatch()
    {
        var events = _buffer;
        _model.Sample(_channel, _random, events);
        var s = 0.0;
        foreach (var e in events)
            s += e.Recoil;
        return s;
    }

    private readonly InteractionEvent[] _buffer = new InteractionEvent[Events];

    private static EventModelSetup Solar(IFluxSource solar, Material pc, string component, StateCouplings h) => new(
        solar, [component], pc, 100 * Units.Tonne, Units.Year, [ScatteringProcess.NeutrinoElectron], ElectronBinding.Free,
        50 * Units.KeV, 2 * Units.MeV, new CrossSectionSettings(), h);

    private static EventModelSetup Sns()
    {
        var sns = new SnsSource();
        return new(sns, null, Material.FromFormula("CsI", "CsI"), 14.57, sns.ProtonsOnTarget, [ScatteringProcess.Cevns],
            ElectronBinding.Free, 3 * Units.KeV, 100 * Units.KeV, new CrossSectionSettings(), StateCouplings.StandardModel);
    }

    private static EventModelSetup Reactor() => new(
        new ReactorSource(new ReactorOptions { PowerGW = 3, BaselineM = 13.9 }), null, Material.FromFormula("Ge", "Ge"), 1.0,
        Units.Day, [ScatteringProcess.NeutrinoElectron], ElectronBinding.Stepping, 1 * Units.KeV, 200 * Units.KeV,
        new CrossSectionSettings(), StateCouplings.StandardModel);
}
