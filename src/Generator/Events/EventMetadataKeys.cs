namespace NuMMGen.Generator.Events;

/// <summary>Schema-metadata keys of an event file (provenance and the meaning of the columns).</summary>
public static class EventMetadataKeys
{
    /// <summary>Program version (informational version of NuMMGen.Generator).</summary>
    public const string Version = "nummgen.version";

    /// <summary>The resolved configuration, canonical compact JSON with every default filled in.</summary>
    public const string Config = "nummgen.config";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="Config"/>.</summary>
    public const string ConfigSha256 = "nummgen.configSha256";

    /// <summary>Master seed (decimal).</summary>
    public const string Seed = "nummgen.seed";

    /// <summary><c>fixed-events</c> or <c>pseudo-experiment</c>.</summary>
    public const string Mode = "nummgen.mode";

    /// <summary>Number of events (rows) in the file (decimal).</summary>
    public const string Events = "nummgen.events";

    /// <summary>Events per random-stream block (decimal); with the seed it fixes every random number.</summary>
    public const string BlockEvents = "nummgen.blockEvents";

    /// <summary>The couplings the events were generated under (JSON, GeV^-2 and Bohr magnetons).</summary>
    public const string GenerationHypothesis = "nummgen.generationHypothesis";

    /// <summary>Total expected count for the exposure in the recoil window under the generation hypothesis (R format).</summary>
    public const string ExpectedTotal = "nummgen.expectedTotal";

    /// <summary>The exposure in words (live days or protons on target).</summary>
    public const string Exposure = "nummgen.exposure";

    /// <summary>How to reweight events to another hypothesis (text).</summary>
    public const string Reweighting = "nummgen.reweighting";

    /// <summary>The data tables used, one per line.</summary>
    public const string DataTables = "nummgen.dataTables";

    /// <summary>JSON list of the channels: component, process, target, recoil kind, expected parts and events in the file.</summary>
    public const string Channels = "nummgen.channels";

    /// <summary>
    /// With a detector: JSON list of its backgrounds (name, kind, expected count in the analysis region, rows in the file;
    /// -1 when the file has none, i.e. in fixed-events mode, which holds signal only).
    /// </summary>
    public const string Backgrounds = "nummgen.backgrounds";
}
