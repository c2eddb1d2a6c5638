using NuMMGen.Generator.Detection;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Pipeline;

/// <summary>
/// Where <see cref="BlockSampler"/> puts the rows of a block: the pipeline's column block, or the rows that
/// <see cref="GenerationPlan.SampleBlock(IEventModel, long, DetectorSetup?)"/> returns. One sampling routine for both, so a
/// regenerated block is the block of the file by construction.
/// </summary>
internal interface IBlockSink
{
    /// <summary>Appends an interaction (base units).</summary>
    void Add(in InteractionEvent e);

    /// <summary>Sets the detector's view of the interaction added last.</summary>
    void SetObservation(double observed, bool detected);

    /// <summary>Appends a detector-background row: plan channel, observed value, time in s (NaN without timing).</summary>
    void AddBackground(int channel, double observed, double time);
}

/// <summary>
/// Draws the rows of one block from its own stream (<see cref="BlockSpec.Key"/>): interactions from the model,
/// <see cref="Chunk"/> at a time (<see cref="IEventModel.SampleMixture(RandomStream, Span{InteractionEvent})"/> or
/// <see cref="IEventModel.Sample(int, RandomStream, Span{InteractionEvent})"/>), and with a detector the responses of a
/// chunk's interactions from the same stream right after the chunk, in order (so the order of draws is fixed per block);
/// or, for a background block of a pseudo-experiment, detector-background events.
/// </summary>
internal static class BlockSampler
{
    /// <summary>Fills <paramref name="sink"/> with the rows of block <paramref name="spec"/> of <paramref name="plan"/>.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // the chunk is filled by the model before it is read
    public static void Sample<TSink>(IEventModel model, DetectorSetup? detector, GenerationPlan plan, BlockSpec spec, TSink sink)
        where TSink : IBlockSink
    {
        var random = RandomStreams.Create(spec.Key);
        if (plan.Mode == GenerationMode.PseudoExperiment && spec.Channel >= plan.SignalChannels)
        {
            if (detector is null)
                throw new InvalidOperationException($"block {spec.Index} holds detector-background events: the detector is needed to draw them");
            var background = detector.Backgrounds[spec.Channel - plan.SignalChannels];
            var source = new RandomSourceAdapter(random);
            var channel = model.Channels.Count + spec.Channel - plan.SignalChannels;
            for (int i = 0; i < spec.Count; i++)
            {
                var (observed, time) = background.Sample(source);
                sink.AddBackground(channel, observed, time);
            }
            return;
        }
        Span<InteractionEvent> chunk = stackalloc InteractionEvent[Math.Min(Chunk, Math.Max(spec.Count, 1))];
        var adapter = detector is null ? null : new RandomSourceAdapter(random);
        for (var done = 0; done < spec.Count; done += chunk.Length)
        {
            var events = chunk[..Math.Min(chunk.Length, spec.Count - done)];
            if (spec.Channel < 0)
                model.SampleMixture(random, events);
            else
                model.Sample(spec.Channel, random, events);
            foreach (ref readonly var e in events)
            {
                sink.Add(e);
                if (detector is null)
                    continue;
                var o = detector.Observe(e.Recoil, model.Channels[e.Channel].RecoilKind, e.Time, adapter!);
                sink.SetObservation(o.Value, o.Detected);
            }
        }
    }

    /// <summary>Interactions drawn per call of the model (then, with a detector, their responses in order).</summary>
    internal const int Chunk = 1024;
}

/// <summary>Puts rows into a pooled <see cref="Events.EventBlock"/> (file units); background rows get the "no flavour" index.</summary>
internal readonly struct EventBlockSink(Events.EventBlock block, int noFlavor) : IBlockSink
{
    public void Add(in InteractionEvent e) => block.Add(e);

    public void SetObservation(double observed, bool detected) => block.SetObservation(observed, detected);

    public void AddBackground(int channel, double observed, double time) => block.AddBackground(channel, noFlavor, observed, time);
}
