using NuMMGen.Generator.Model;

namespace NuMMGen.Generator.Pipeline;

/// <summary>
/// One row of an event file as <see cref="GenerationPlan.SampleBlock(IEventModel, long, Detection.DetectorSetup?)"/>
/// regenerates it, in base units (MeV, s, cm^2/MeV).
/// </summary>
/// <param name="Interaction">The interaction. For a detector-background row: <see cref="InteractionEvent.Channel"/> is the
/// model's channel count plus the background's index, energies are NaN, the cross-section parts zero and
/// <see cref="InteractionEvent.Time"/> the background's time (NaN without timing).</param>
/// <param name="Observed">The detector's observed value (NaN without a detector).</param>
/// <param name="Detected">Whether the detector recorded the event (false without a detector).</param>
/// <param name="IsBackground">True for a detector-background row (no neutrino).</param>
public readonly record struct GeneratedRow(InteractionEvent Interaction, double Observed, bool Detected, bool IsBackground);

/// <summary>Collects a block's rows for <see cref="GenerationPlan.SampleBlock(IEventModel, long, Detection.DetectorSetup?)"/>.</summary>
internal sealed class GeneratedRowSink(int capacity) : IBlockSink
{
    public List<GeneratedRow> Rows { get; } = new(capacity);

    public void Add(in InteractionEvent e) => Rows.Add(new GeneratedRow(e, double.NaN, false, false));

    public void SetObservation(double observed, bool detected) => Rows[^1] = Rows[^1] with { Observed = observed, Detected = detected };

    public void AddBackground(int channel, double observed, double time) => Rows.Add(new GeneratedRow(
        new InteractionEvent { Channel = channel, Enu = double.NaN, Recoil = double.NaN, Time = time }, observed, true, true));
}
