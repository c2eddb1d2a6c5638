using BenchmarkDotNet.Attributes;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Bench;

/// <summary>
/// Cost of one cross-section evaluation: nu-e on a free electron and on germanium atoms (stepping
/// approximation), CEvNS on 133Cs with the Helm form factor; differential and total.
/// </summary>
[MemoryDiagnoser]
public class CrossSectionBenchmarks
{
    private readonly IRecoilCrossSection free = CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "e", new CrossSectionSettings());
    private readonly IRecoilCrossSection germanium = CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "Ge", new CrossSectionSettings());
    private readonly IRecoilCrossSection cesium = CrossSectionCatalog.Resolve(ScatteringProcess.Cevns, "Cs133", new CrossSectionSettings());
    private readonly IRecoilCrossSection radiative = CrossSectionCatalog.Resolve(ScatteringProcess.NeutrinoElectron, "e", new CrossSectionSettings(RadiativeCorrections: true));
    private readonly Couplings bsm = new(MuEff: 1e-11, TensorE: Couplings.FromGeV(1e-6), TensorU: Couplings.FromGeV(1e-6));

    [Benchmark]
    public double NueFreeDifferential() => free.Differential(Flavor.NuE, 0.862 * Units.MeV, 100 * Units.KeV, bsm).Sum;

    [Benchmark]
    public double NueFreeTotal() => free.Total(Flavor.NuE, 0.862 * Units.MeV, bsm, 1 * Units.KeV).Sum;

    [Benchmark]
    public double NueFreeDifferentialRadiative() => radiative.Differential(Flavor.NuE, 0.862 * Units.MeV, 100 * Units.KeV, bsm).Sum;

    [Benchmark]
    public double NueFreeBinRadiative() => radiative.Total(Flavor.NuE, 0.862 * Units.MeV, bsm, 100 * Units.KeV, 110 * Units.KeV).Sum;

    [Benchmark]
    public double NueGermaniumDifferential() => germanium.Differential(Flavor.NuEBar, 2 * Units.MeV, 5 * Units.KeV, bsm).Sum;

    [Benchmark]
    public double CevnsCesiumDifferential() => cesium.Differential(Flavor.NuMu, 29.79 * Units.MeV, 10 * Units.KeV, bsm).Sum;

    [Benchmark]
    public double CevnsCesiumTotal() => cesium.Total(Flavor.NuMu, 29.79 * Units.MeV, bsm, 1 * Units.KeV).Sum;

    private const int BatchPoints = 64;
    private readonly double[] batchEnergies = Enumerable.Range(0, BatchPoints).Select(i => (10 + 0.6 * i) * Units.MeV).ToArray();
    private readonly double[] batchRecoils = Enumerable.Range(0, BatchPoints).Select(i => (1 + 0.3 * i) * Units.KeV).ToArray();
    private readonly double[] solarEnergies = Enumerable.Range(0, BatchPoints).Select(i => (0.3 + 0.01 * i) * Units.MeV).ToArray();
    private readonly double[] solarRecoils = Enumerable.Range(0, BatchPoints).Select(i => (2 + 2.5 * i) * Units.KeV).ToArray();
    private readonly double[][] batchParts = [.. Enumerable.Range(0, 5).Select(_ => new double[BatchPoints])];

    /// <summary>CEvNS on 133Cs at 64 points at once, as the sampler evaluates a round of attempts (time per point).</summary>
    [Benchmark(OperationsPerInvoke = BatchPoints)]
    public double CevnsCesiumDifferentialBatch() => Batch(cesium, batchEnergies, batchRecoils);

    /// <summary>nu-e on a free electron (tree level, nu_e and nu_mu SM) at 64 solar points at once (time per point).</summary>
    [Benchmark(OperationsPerInvoke = BatchPoints)]
    public double NueFreeDifferentialBatch() => Batch(free, solarEnergies, solarRecoils);

    /// <summary>The same with the BKS radiative corrections (the Borexino preset's sampler; time per point).</summary>
    [Benchmark(OperationsPerInvoke = BatchPoints)]
    public double NueFreeDifferentialBatchRadiative() => Batch(radiative, solarEnergies, solarRecoils);

    private double Batch(IRecoilCrossSection xs, double[] energies, double[] recoils)
    {
        ((IBatchRecoilCrossSection)xs).DifferentialPairs(Flavor.NuE, Flavor.NuMu, energies, recoils, bsm,
            new RecoilPartColumns(batchParts[0], batchParts[1], batchParts[2], batchParts[3], batchParts[4]));
        return batchParts[0][BatchPoints - 1];
    }
}
