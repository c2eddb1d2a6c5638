using System.Globalization;
using NuMMGen.Fluxes;
using NuMMGen.Generator.Model;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Rates;

/// <summary>One channel before its rates are computed: flux component x process x target species.</summary>
internal sealed record ChannelDefinition(
    FluxComponent Component,
    ScatteringProcess Process,
    string Species,
    RecoilKind RecoilKind,
    double TargetsPerKg,
    IRecoilCrossSection CrossSection,
    double TargetMass,
    (int Z, int N)? Nucleus);

/// <summary>
/// Validates an <see cref="EventModelSetup"/> (errors name the config key) and lists its channels: for each selected
/// flux component and process, nu-e with free electrons (one species <c>e</c>, material electrons per kg) or in the
/// stepping approximation (one species per element with shell data, atoms per kg; an element without shell data
/// falls back to free electrons, species <c>e(El,free)</c>, Z x atoms per kg), and CEvNS per nuclide (nuclei per kg).
/// </summary>
internal static class ChannelFactory
{
    public static List<ChannelDefinition> Create(EventModelSetup setup)
    {
        Validate(setup);
        var components = SelectComponents(setup);
        var list = new List<ChannelDefinition>();
        var electron = new ElectronScatteringOptions(setup.Physics.Sin2ThetaW, setup.Physics.RadiativeCorrections);
        var cevns = new CevnsOptions(setup.Physics.Sin2ThetaW, setup.Physics.FormFactor);
        foreach (var component in components)
        {
            foreach (var process in setup.Processes.Distinct())
            {
                if (process == ScatteringProcess.NeutrinoElectron)
                    list.AddRange(ElectronSpecies(setup, component, electron));
                else
                    list.AddRange(setup.Material.NucleiPerKg.OrderBy(kv => kv.Key.Z).ThenBy(kv => kv.Key.A).Select(kv => new ChannelDefinition(
                        component, process, kv.Key.Symbol, RecoilKind.Nuclear, kv.Value, new CevnsNucleus(kv.Key, cevns),
                        kv.Key.NuclearMass, (kv.Key.Z, kv.Key.N))));
            }
        }
        return list;
    }

    private static IEnumerable<ChannelDefinition> ElectronSpecies(EventModelSetup setup, FluxComponent component, ElectronScatteringOptions options)
    {
        var free = ElectronTargets.Free(options);
        if (setup.Binding == ElectronBinding.Free)
        {
            yield return new ChannelDefinition(component, ScatteringProcess.NeutrinoElectron, CrossSectionCatalog.FreeElectron,
                RecoilKind.Electron, setup.Material.ElectronsPerKg, free, PhysicalConstants.ElectronMass, null);
            yield break;
        }
        foreach (var element in setup.Material.NucleiPerKg.GroupBy(kv => kv.Key.Element).OrderBy(g => g.First().Key.Z))
        {
            var atoms = element.Sum(kv => kv.Value);
            var z = element.First().Key.Z;
            yield return ElectronTargets.TryBound(element.Key, options, out var bound)
                ? new ChannelDefinition(component, ScatteringProcess.NeutrinoElectron, element.Key, RecoilKind.Electron, atoms,
                    bound, PhysicalConstants.ElectronMass, null)
                : new ChannelDefinition(component, ScatteringProcess.NeutrinoElectron, $"e({element.Key},free)", RecoilKind.Electron,
                    z * atoms, free, PhysicalConstants.ElectronMass, null);
        }
    }

    private static IReadOnlyList<FluxComponent> SelectComponents(EventModelSetup setup)
    {
        var all = setup.Flux.Components;
        if (setup.Components is null)
            return all;
        var valid = string.Join(", ", all.Select(c => c.Name));
        return setup.Components.Select(name =>
            all.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException($"flux.components: unknown component '{name}' for source '{setup.Flux.Name}'; valid names: {valid}.")).Distinct().ToList();
    }

    private static void Validate(EventModelSetup s)
    {
        static string KeV(double mev) => (mev / Units.KeV).ToString("G6", CultureInfo.InvariantCulture);
        if (!(s.TargetMass > 0) || !double.IsFinite(s.TargetMass))
            throw new InputException($"target mass must be positive and finite (kg); got {s.TargetMass}.");
        if (!(s.Exposure > 0) || !double.IsFinite(s.Exposure))
            throw new InputException($"exposure must be positive and finite (s, or protons on target); got {s.Exposure}.");
        if (s.Processes.Count == 0)
            throw new InputException("processes: at least one process (nue, cevns) is needed.");
        if (!(s.RecoilMin >= 0) || !double.IsFinite(s.RecoilMin))
            throw new InputException($"recoil.minKeV must be finite and >= 0; got {KeV(s.RecoilMin)}.");
        if (!(s.RecoilMax > s.RecoilMin))
            throw new InputException($"recoil.maxKeV ({KeV(s.RecoilMax)}) must be above recoil.minKeV ({KeV(s.RecoilMin)}).");
        var magnetic = s.Hypothesis.MagneticMoment is { IsZero: false };
        if (magnetic && !(s.RecoilMin > 0))
            throw new InputException(
                "recoil.minKeV must be > 0 when a magnetic moment is on: the magnetic cross section grows as 1/T and its integral " +
                $"diverges at T = 0 (got recoil.minKeV = {KeV(s.RecoilMin)}).");
    }
}
