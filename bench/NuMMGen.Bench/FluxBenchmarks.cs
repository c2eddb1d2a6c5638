using BenchmarkDotNet.Attributes;
using NuMMGen.Fluxes;
using NuMMGen.Fluxes.Reactor;
using NuMMGen.Fluxes.Solar;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Bench;

/// <summary>
/// Per-call cost of flux and state evaluation: everything is tabulated at construction, so each call is
/// O(1). Run: dotnet run -c Release --project bench/NuMMGen.Bench -- --filter '*FluxBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class FluxBenchmarks
{
    private FluxComponent _b8 = null!, _pp = null!, _reactor = null!;
    private Hermitian3 _gram;
    private NeutrinoState _state;
    private double _e = 1.0;

    [GlobalSetup]
    public void Setup()
    {
        var solar = new SolarSource();
        _b8 = solar.Component("8B");
        _pp = solar.Component("pp");
        _reactor = new ReactorSource(new ReactorOptions { PowerGW = 3, BaselineM = 13.9 }).Component("U235");
        var mu = CouplingMatrix.FlavorDiagonal(1, 2, 3);
        _gram = mu.Gram(solar.Mixing, false);
        _state = _b8.StateAt(8.0);
    }

    // The energy moves each call so the branch predictor cannot learn one table cell.
    private double NextEnergy(double max) => _e = _e * 1.6180339887 % max + 1e-3;

    [Benchmark]
    public double SolarSpectrum8B() => _b8.Spectrum(NextEnergy(16));

    [Benchmark]
    public double SolarStatePee8B() => _b8.StateAt(NextEnergy(16)).Pee;

    [Benchmark]
    public double SolarSampleEnergyPp() => _pp.SampleEnergy(NextEnergy(1.0));

    [Benchmark]
    public double ReactorSpectrumAndVacuumState() => _reactor.Spectrum(NextEnergy(10)) * _reactor.StateAt(_e).Pee;

    [Benchmark]
    public double EffectiveMomentSquared() => _state.EffectiveSquared(_gram);
}
