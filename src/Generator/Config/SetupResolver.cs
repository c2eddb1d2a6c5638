using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NuMMGen.Fluxes;
using NuMMGen.Fluxes.Config;
using NuMMGen.Fluxes.Sns;
using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Targets;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Config;

/// <summary>Turns a <see cref="GeneratorConfig"/> into an <see cref="EventModelSetup"/>, checking the keys that depend on each other.</summary>
internal static class SetupResolver
{
    public static ResolvedGeneratorConfig Resolve(GeneratorConfig config)
    {
        ConfigParameters.Validate(config);
        var fluxConfig = ResolveFluxConfig(config);
        var flux = CreateFlux(fluxConfig);
        var components = ResolveComponents(config, flux);
        var material = MaterialCatalog.TryGet(config.Target.Material!, out var m)
            ? m
            : throw new GeneratorConfigException(
                $"target.material = {config.Target.Material}: unknown; expected one of {string.Join(", ", MaterialCatalog.Names)}.");
        var (exposure, exposureText, exposureSection) = ResolveExposure(config, flux);
        var processes = config.Processes.Select(p => p.ToLowerInvariant()).ToArray();
        if (processes.Length == 0 || processes.Distinct().Count() != processes.Length)
            throw new GeneratorConfigException($"processes = [{string.Join(", ", config.Processes)}]: expected one or more distinct of nue, cevns.");
        double minKeV = config.Recoil.MinKeV;
        double maxKeV = config.Recoil.MaxKeV ?? double.PositiveInfinity;
        if (maxKeV <= minKeV)
            throw new GeneratorConfigException($"recoil.maxKeV = {Num(maxKeV)}: expected > recoil.minKeV ({Num(minKeV)}).");
        if (config.Hypothesis.MuB != 0 && minKeV <= 0)
            throw new GeneratorConfigException(
                $"recoil.minKeV = {Num(minKeV)}: expected > 0 when hypothesis.muB is not 0 (the magnetic cross section grows as 1/T).");
        var binding = config.Target.ElectronBinding.ToLowerInvariant() == "stepping" ? ElectronBinding.Stepping : ElectronBinding.Free;
        var physics = new CrossSectionSettings(config.Physics.Sin2ThetaW, config.Physics.RadiativeCorrections,
            config.Physics.FormFactor.ToLowerInvariant() switch
            {
                "klein-nystrand" => FormFactorModel.KleinNystrand,
                "none" => FormFactorModel.None,
                _ => FormFactorModel.Helm,
            });
        var setup = new EventModelSetup(
            flux, components, material, config.Target.MassKg!.Value * Units.Kg, exposure,
            processes.Select(p => p == "cevns" ? ScatteringProcess.Cevns : ScatteringProcess.NeutrinoElectron).ToArray(),
            binding, minKeV * Units.KeV, maxKeV * Units.KeV, physics, Couplings(config.Hypothesis));

        var filled = config with
        {
            Flux = fluxConfig,
            Components = components.ToArray(),
            Target = config.Target with { ElectronBinding = config.Target.ElectronBinding.ToLowerInvariant() },
            Exposure = exposureSection,
            Processes = processes,
            Physics = config.Physics with { FormFactor = config.Physics.FormFactor.ToLowerInvariant() },
        };
        var detector = config.Detector is { } d ? Detection.DetectorBuilder.Build(d, DetectorContext(config, fluxConfig, material, exposure, flux)) : null;
        string canonical = ConfigJson.Canonical(filled);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var tables = DataTables(flux, setup);
        if (detector is not null)
            tables = [.. tables, .. detector.Description];
        return new ResolvedGeneratorConfig(filled, setup, flux, canonical, hash, exposureText, tables) { Detector = detector };
    }

    /// <summary>Target, exposure and beam for the detector section: live time (steady source or detector.beamLiveDays) and beam energy.</summary>
    private static Detection.DetectorContext DetectorContext(GeneratorConfig config, FluxConfig fluxConfig, Material material, double exposure, IFluxSource flux)
    {
        bool pulsed = flux.Normalization != FluxNormalization.PerSecond;
        double live = pulsed ? (config.Detector!.BeamLiveDays ?? double.NaN) * Units.Day : exposure;
        if (!pulsed && config.Detector!.BeamLiveDays is not null)
            throw new GeneratorConfigException("detector.beamLiveDays: only for pulsed sources; the steady source uses exposure.liveDays.");
        // Beam energy on target (GWh) = protons on target x proton kinetic energy (1 GeV = 1.602176634e-10 J; 1 GWh = 3.6e12 J).
        double gwh = pulsed ? exposure * (fluxConfig.Sns?.ProtonKineticEnergyGeV ?? 1.0) * 1.602176634e-10 / 3.6e12 : 0;
        return new Detection.DetectorContext(material, config.Target.MassKg!.Value, live, gwh, pulsed, config.BaseDirectory);
    }

    private static FluxConfig ResolveFluxConfig(GeneratorConfig config)
    {
        var flux = config.Flux;
        string source = flux.Source?.ToLowerInvariant()
            ?? throw new GeneratorConfigException($"flux.source: missing; expected one of {string.Join(", ", FluxSources.Names)}.");
        if (flux.Table?.File is { } file && !Path.IsPathRooted(file) && config.BaseDirectory is { } dir)
            flux = flux with { Table = flux.Table with { File = Path.Combine(dir, file) } };
        return flux with
        {
            Source = source,
            Oscillation = flux.Oscillation ?? OscillationParameters.NuFit60,
            Solar = source == "solar" ? flux.Solar ?? new() : flux.Solar,
            Sns = source == "sns" ? flux.Sns ?? new() : flux.Sns,
        };
    }

    private static IFluxSource CreateFlux(FluxConfig config)
    {
        try
        {
            return FluxSources.Create(null, config);
        }
        catch (FluxConfigException e)
        {
            throw new GeneratorConfigException("flux." + e.Message, e);
        }
    }

    private static IReadOnlyList<string> ResolveComponents(GeneratorConfig config, IFluxSource flux)
    {
        var all = flux.Components.Select(c => c.Name).ToArray();
        if (config.Components is null)
            return all;
        string expected = $"expected one or more distinct of {string.Join(", ", all)} (source '{flux.Name}')";
        if (config.Components.Length == 0)
            throw new GeneratorConfigException($"components = []: {expected}, or leave the key out for all.");
        var chosen = new List<string>();
        foreach (string name in config.Components)
        {
            string match = all.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
                           ?? throw new GeneratorConfigException($"components: '{name}' is unknown; {expected}.");
            if (chosen.Contains(match))
                throw new GeneratorConfigException($"components: '{name}' is listed twice; {expected}.");
            chosen.Add(match);
        }
        return chosen;
    }

    private static (double Exposure, string Text, ExposureSection Section) ResolveExposure(GeneratorConfig config, IFluxSource flux)
    {
        var e = config.Exposure;
        if (flux.Normalization == FluxNormalization.PerSecond)
        {
            if (e.ProtonsOnTarget is not null)
                throw new GeneratorConfigException(
                    $"exposure.protonsOnTarget: only for pulsed sources; source '{flux.Name}' is steady, give exposure.liveDays.");
            double days = e.LiveDays ?? throw new GeneratorConfigException(
                $"exposure.liveDays: missing; expected the live time in days (> 0) for the steady source '{flux.Name}'.");
            return (days * Units.Day, $"{Num(days)} live days", e);
        }
        if (e.LiveDays is not null)
            throw new GeneratorConfigException(
                $"exposure.liveDays: not used for the pulsed source '{flux.Name}'; its exposure is exposure.protonsOnTarget (default from flux.sns).");
        double pot = e.ProtonsOnTarget ?? (flux as SnsSource)?.ProtonsOnTarget ?? throw new GeneratorConfigException(
            $"exposure.protonsOnTarget: missing; expected protons on target (> 0) for the pulsed source '{flux.Name}'.");
        return (pot, $"{pot.ToString("0.0000E+00", CultureInfo.InvariantCulture)} protons on target", e with { ProtonsOnTarget = pot });
    }

    private static StateCouplings Couplings(HypothesisSection h)
    {
        static CouplingMatrix? Universal(double c) => c == 0 ? null : CouplingMatrix.Universal(c);
        static double G(double perGeV2) => Physics.CrossSections.Couplings.FromGeV(perGeV2);
        return new StateCouplings(
            MagneticMoment: Universal(h.MuB),
            TensorE: Universal(G(h.TensorE)),
            ScalarE: Universal(G(h.ScalarE)),
            TensorU: G(h.TensorU),
            TensorD: G(h.TensorD),
            TensorS: G(h.TensorS),
            ScalarP: G(h.ScalarP),
            ScalarN: G(h.ScalarN));
    }

    private static IReadOnlyList<string> DataTables(IFluxSource flux, EventModelSetup setup)
    {
        var tables = new List<string>
        {
            $"flux: {flux.Description}",
            "nuclides: NuMMGen.Physics Data/nuclides/nuclides.csv (masses, abundances)",
        };
        if (setup.Binding == ElectronBinding.Stepping && setup.Processes.Contains(ScatteringProcess.NeutrinoElectron))
        {
            var elements = setup.Material.NucleiPerKg.Keys.Select(n => n.Element).Distinct().Order(StringComparer.Ordinal);
            tables.Add($"atomic shells: NuMMGen.Physics Data/shells/{{{string.Join(",", elements)}}}.csv");
        }
        return tables;
    }

    private static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
