using System.Globalization;
using System.Reflection;
using System.Text.Json;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Pipeline;

namespace NuMMGen.Generator.Events;

/// <summary>The provenance and documentation written into an event file's schema metadata (<see cref="EventMetadataKeys"/>).</summary>
public static class EventFileMetadata
{
    /// <summary>
    /// How to reweight: the semantics of <see cref="InteractionEvent"/> in the file's column names and units.
    /// </summary>
    public const string ReweightingText =
        "Exact per-event reweighting to a hypothesis h. With effective couplings at the event's neutrino state " +
        "(for flavour-universal couplings these are the couplings themselves: mu_eff = mu in Bohr magnetons; " +
        "C_eff = C_T for electrons, or sum_q C_q (Z delta_q^p + N delta_q^n) for a nucleus; C_S,eff = C_S for electrons, " +
        "or Z C_p + N C_n for a nucleus; couplings in GeV^-2): dsigma_h/dT = dsdtSmCm2PerKeV + mu_eff^2 dsdtMagneticPerMu2Cm2PerKeV " +
        "+ |C_eff|^2 dsdtTensorPerC2Cm2PerKeV + |C_S,eff|^2 dsdtScalarPerC2Cm2PerKeV, and the event weight is dsigma_h/dT " +
        "divided by the same sum at the generation hypothesis (nummgen.generationHypothesis). The mean weight times the " +
        "generated expected count is the expected count under h: in fixed-events mode each event stands for " +
        "nummgen.expectedTotal / nummgen.events expected events; a pseudo-experiment file is one Poisson draw of the exposure.";

    /// <summary>The program version recorded in files: the informational version of this assembly.</summary>
    public static string ProgramVersion { get; } =
        typeof(EventFileMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(EventFileMetadata).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Sets every <see cref="EventMetadataKeys"/> entry on <paramref name="schema"/> for <paramref name="request"/>.</summary>
    public static void Apply(EventSchemaBuilder schema, GenerationRequest request)
    {
        var plan = request.Plan;
        var p = request.Provenance;
        var model = request.Model;
        schema.SetMetadata(EventMetadataKeys.Version, ProgramVersion)
            .SetMetadata(EventMetadataKeys.Config, p.ConfigJson)
            .SetMetadata(EventMetadataKeys.ConfigSha256, p.ConfigSha256)
            .SetMetadata(EventMetadataKeys.Seed, plan.Seed.ToString(CultureInfo.InvariantCulture))
            .SetMetadata(EventMetadataKeys.Mode, plan.Mode == GenerationMode.FixedEvents ? "fixed-events" : "pseudo-experiment")
            .SetMetadata(EventMetadataKeys.Events, plan.TotalEvents.ToString(CultureInfo.InvariantCulture))
            .SetMetadata(EventMetadataKeys.BlockEvents, plan.BlockEvents.ToString(CultureInfo.InvariantCulture))
            .SetMetadata(EventMetadataKeys.GenerationHypothesis, p.GenerationHypothesis)
            .SetMetadata(EventMetadataKeys.ExpectedTotal, model.TotalExpected.ToString("R", CultureInfo.InvariantCulture))
            .SetMetadata(EventMetadataKeys.Exposure, p.Exposure)
            .SetMetadata(EventMetadataKeys.Reweighting, ReweightingText)
            .SetMetadata(EventMetadataKeys.DataTables, string.Join("\n", p.DataTables))
            .SetMetadata(EventMetadataKeys.Channels, ChannelsJson(model.Channels, plan));
        if (request.Detector is { } detector)
            schema.SetMetadata(EventMetadataKeys.Backgrounds, BackgroundsJson(detector, model.Channels.Count, plan));
    }

    // Each background: name, kind, expected recorded count in the analysis region, and rows in the file (pseudo-experiment; else -1).
    private static string BackgroundsJson(Detection.DetectorSetup detector, int signalChannels, GenerationPlan plan)
    {
        bool rows = plan.Mode == GenerationMode.PseudoExperiment && plan.ChannelEvents.Count > signalChannels;
        var list = detector.Backgrounds.Select((b, k) => new Dictionary<string, object>
        {
            ["name"] = b.Name,
            ["kind"] = b.Kind,
            ["expected"] = b.Expected,
            ["eventsInFile"] = rows ? plan.ChannelEvents[signalChannels + k] : -1,
        });
        return JsonSerializer.Serialize(list);
    }

    private static string ChannelsJson(IReadOnlyList<EventChannel> channels, GenerationPlan plan)
    {
        var list = channels.Select((c, i) => new Dictionary<string, object>
        {
            ["index"] = c.Index,
            ["component"] = c.Component,
            ["process"] = EventDictionaries.ProcessName(c.Process),
            ["target"] = c.TargetSpecies,
            ["recoilKind"] = EventDictionaries.RecoilKindName(c.RecoilKind),
            ["targetsPerKg"] = c.TargetsPerKg,
            ["expected"] = new Dictionary<string, double>
            {
                ["sm"] = c.ExpectedParts.Sm, ["magnetic"] = c.ExpectedParts.Magnetic,
                ["tensor"] = c.ExpectedParts.Tensor, ["scalar"] = c.ExpectedParts.Scalar, ["sum"] = c.Expected,
            },
            ["eventsInFile"] = plan.Mode == GenerationMode.PseudoExperiment ? plan.ChannelEvents[i] : -1,
        });
        return JsonSerializer.Serialize(list);
    }
}
