using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Events;

/// <summary>
/// The values of the dictionary columns of an event file and, per channel, the index of its component,
/// process, target species and recoil kind in them. Values appear in channel order (flavours in enum order).
/// </summary>
public sealed class EventDictionaries
{
    /// <summary>
    /// Builds the dictionaries for <paramref name="channels"/> (in <see cref="IEventModel.Channels"/> order) followed by the
    /// detector backgrounds <paramref name="backgrounds"/>: a background row has its name as component, process
    /// <see cref="BackgroundProcess"/> and <see cref="NotApplicable"/> as flavour, target species and recoil kind.
    /// </summary>
    public EventDictionaries(IReadOnlyList<EventChannel> channels, IReadOnlyList<string>? backgrounds = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var bg = backgrounds ?? [];
        var rows = channels.Select(c => (c.Component, Process: ProcessName(c.Process), c.TargetSpecies, Kind: RecoilKindName(c.RecoilKind)))
            .Concat(bg.Select(b => (Component: b, Process: BackgroundProcess, TargetSpecies: NotApplicable, Kind: NotApplicable)))
            .ToArray();
        Components = Distinct(rows.Select(r => r.Component));
        Processes = Distinct(rows.Select(r => r.Process));
        TargetSpecies = Distinct(rows.Select(r => r.TargetSpecies));
        RecoilKinds = Distinct(rows.Select(r => r.Kind));
        ComponentIndex = rows.Select(r => IndexOf(Components, r.Component)).ToArray();
        ProcessIndex = rows.Select(r => IndexOf(Processes, r.Process)).ToArray();
        TargetSpeciesIndex = rows.Select(r => IndexOf(TargetSpecies, r.TargetSpecies)).ToArray();
        RecoilKindIndex = rows.Select(r => IndexOf(RecoilKinds, r.Kind)).ToArray();
        FlavorNames = bg.Count > 0 ? [.. FlavorInfo.Names, NotApplicable] : FlavorInfo.Names;
    }

    /// <summary>The process of a detector-background row.</summary>
    public const string BackgroundProcess = "background";

    /// <summary>Flavour, target species and recoil kind of a detector-background row.</summary>
    public const string NotApplicable = "none";

    /// <summary>The flavour dictionary of the file: <see cref="Flavors"/>, plus <see cref="NotApplicable"/> when there are backgrounds.</summary>
    public IReadOnlyList<string> FlavorNames { get; }

    /// <summary>Distinct component names.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Distinct process names (<c>nue</c>, <c>cevns</c>).</summary>
    public IReadOnlyList<string> Processes { get; }

    /// <summary>Distinct target species.</summary>
    public IReadOnlyList<string> TargetSpecies { get; }

    /// <summary>Distinct recoil kinds (<c>electron</c>, <c>nuclear</c>).</summary>
    public IReadOnlyList<string> RecoilKinds { get; }

    /// <summary>Flavour names in <see cref="Flavor"/> order (the flavour column's index is the enum value).</summary>
    public static IReadOnlyList<string> Flavors => FlavorInfo.Names;

    /// <summary>Per channel (then per background): index into <see cref="Components"/>.</summary>
    public IReadOnlyList<int> ComponentIndex { get; }

    /// <summary>Per channel: index into <see cref="Processes"/>.</summary>
    public IReadOnlyList<int> ProcessIndex { get; }

    /// <summary>Per channel: index into <see cref="TargetSpecies"/>.</summary>
    public IReadOnlyList<int> TargetSpeciesIndex { get; }

    /// <summary>Per channel: index into <see cref="RecoilKinds"/>.</summary>
    public IReadOnlyList<int> RecoilKindIndex { get; }

    /// <summary>The command-line and file name of a process: <c>nue</c> or <c>cevns</c>.</summary>
    public static string ProcessName(ScatteringProcess process) => process == ScatteringProcess.Cevns ? "cevns" : "nue";

    /// <summary>The file name of a recoil kind: <c>electron</c> or <c>nuclear</c>.</summary>
    public static string RecoilKindName(RecoilKind kind) => kind == RecoilKind.Nuclear ? "nuclear" : "electron";

    private static string[] Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToArray();

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
                return i;
        }
        throw new InvalidOperationException($"'{value}' missing from its dictionary.");
    }
}
