using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Model;

namespace NuMMGen.Generator.Events;

/// <summary>
/// Builds the Arrow schema of an event file: the standard columns (<see cref="ForChannels"/>), then any
/// further columns (e.g. a detector's observed quantities) and schema metadata. Every column carries
/// "unit" and "description" field metadata.
/// </summary>
public sealed class EventSchemaBuilder
{
    private readonly List<ArrowField> _fields = [];
    private readonly List<KeyValuePair<string, string>> _metadata = [];

    /// <summary>The columns added so far.</summary>
    public IReadOnlyList<ArrowField> Fields => _fields;

    /// <summary>
    /// A builder holding the standard event columns for <paramref name="channels"/>: eventId, the dictionary
    /// columns, enuMeV, recoilKeV, timeNs (only when a channel has arrival times) and the four dsigma/dT parts.
    /// </summary>
    public static EventSchemaBuilder ForChannels(IReadOnlyList<EventChannel> channels, EventDictionaries dictionaries)
    {
        var b = new EventSchemaBuilder();
        b.Add(new ArrowField(EventColumns.EventId, ArrowType.UInt64, Meta("1", "global event index, 0 .. events - 1, in file order")));
        b.Add(ArrowField.Dictionary(EventColumns.Component, dictionaries.Components, Meta("", "flux component")));
        b.Add(ArrowField.Dictionary(EventColumns.Process, dictionaries.Processes, Meta("", "scattering process: nue (neutrino-electron) or cevns")));
        b.Add(ArrowField.Dictionary(EventColumns.Flavor, dictionaries.FlavorNames, Meta("", "neutrino flavour at interaction (none for detector-background rows)")));
        b.Add(ArrowField.Dictionary(EventColumns.TargetSpecies, dictionaries.TargetSpecies,
            Meta("", "target species: e (free electron), an element (atomic electrons) or a nuclide")));
        b.Add(ArrowField.Dictionary(EventColumns.RecoilKind, dictionaries.RecoilKinds, Meta("", "recoiling particle: electron or nuclear")));
        b.Add(Float64(EventColumns.EnuMeV, "MeV", "neutrino energy"));
        b.Add(Float64(EventColumns.RecoilKeV, "keV", "true recoil kinetic energy T"));
        if (channels.Any(c => c.HasArrivalTime))
            b.Add(Float64(EventColumns.TimeNs, "ns", "arrival time after the start of the proton pulse (NaN for steady channels)"));
        b.Add(Float64(EventColumns.DsdtSm, "cm^2/keV", "SM dsigma/dT at (E, T) for the event's neutrino state, per target"));
        b.Add(Float64(EventColumns.DsdtMagnetic, "cm^2/keV", "magnetic dsigma/dT for mu_eff = 1 Bohr magneton, per target"));
        b.Add(Float64(EventColumns.DsdtTensor, "cm^2/keV", "tensor dsigma/dT for an effective coupling of 1 GeV^-2, per target"));
        b.Add(Float64(EventColumns.DsdtScalar, "cm^2/keV", "scalar dsigma/dT for an effective coupling of 1 GeV^-2, per target"));
        return b;
    }

    /// <summary>
    /// Adds the detector columns: <c>observed</c> (float64, in <paramref name="observedUnit"/>: keVee, PE or Nh) and
    /// <c>detected</c> (bool: passed the efficiency, inside the analysis region and, for pulsed sources, the coincidence window).
    /// </summary>
    public EventSchemaBuilder AddDetectorColumns(string observedUnit)
    {
        Add(Float64(EventColumns.Observed, observedUnit, "observed quantity after quenching and resolution (" + observedUnit + ")"));
        Add(new ArrowField(EventColumns.Detected, ArrowType.Bool,
            Meta("", "recorded in the analysis region: passed the efficiency, observed value in the region, time in the coincidence window (pulsed sources)")));
        return this;
    }

    /// <summary>A float64 field with "unit" and "description" metadata.</summary>
    public static ArrowField Float64(string name, string unit, string description) =>
        new(name, ArrowType.Float64, Meta(unit, description));

    /// <summary>Appends a column after those already added.</summary>
    public EventSchemaBuilder Add(ArrowField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (_fields.Any(f => f.Name == field.Name))
            throw new ArgumentException($"Column '{field.Name}' is already in the schema.", nameof(field));
        _fields.Add(field);
        return this;
    }

    /// <summary>Sets a schema-metadata entry (replacing an earlier value of the same key).</summary>
    public EventSchemaBuilder SetMetadata(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        _metadata.RemoveAll(kv => kv.Key == key);
        _metadata.Add(new(key, value));
        return this;
    }

    /// <summary>The schema: the columns in the order added, and the metadata in the order set.</summary>
    public ArrowSchema Build() => new(_fields, _metadata);

    private static KeyValuePair<string, string>[] Meta(string unit, string description) =>
        [new("unit", unit), new("description", description)];
}
