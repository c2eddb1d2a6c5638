using NuMMGen.Generator.Model;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Events;

/// <summary>
/// The values of the dictionary columns of an event file and, per channel, the index of its component,
/// process, target species and recoil kind in them. Values appear in channel order (flavours in enum order).
/// </summary>
public sealed class EventDictionaries
{
    /// <summary>Builds the dictionaries for <paramref name="channels"/> (in <see cref="IEventModel.Channels"/> order).</summary>
    public EventDictionaries(IReadOnlyList<EventChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        Components = Distinct(channels.Select(c => c.Component));
        Processes = Distinct(channels.Select(c => ProcessName(c.Process)));
        TargetSpecies = Distinct(channels.Select(c => c.TargetSpecies));
        RecoilKinds = Distinct(channels.Select(c => RecoilKindName(c.RecoilKind)));
        ComponentIndex = channels.Select(c => IndexOf(Components, c.Component)).ToArray();
        ProcessIndex = channels.Select(c => IndexOf(Processes, ProcessName(c.Process))).ToArray();
        TargetSpeciesIndex = channels.Select(c => IndexOf(TargetSpecies, c.TargetSpecies)).ToArray();
        RecoilKindIndex = channels.Select(c => IndexOf(RecoilKinds, RecoilKindName(c.RecoilKind))).ToArray();
    }

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

    /// <summary>Per channel: index into <see cref="Components"/>.</summary>
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
