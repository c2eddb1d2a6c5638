using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Pipeline;

/// <summary>The stages of the random streams the generator consumes (see <see cref="StreamKey"/>).</summary>
public static class GenerationStages
{
    /// <summary>Fixed-N mode: block b of the mixture uses (seed, 1, b).</summary>
    public const ulong Mixture = 1;

    /// <summary>Pseudo-experiment mode: the Poisson counts of all channels come from (seed, 3, 0), in channel order.</summary>
    public const ulong PoissonCounts = 3;

    /// <summary>Pseudo-experiment mode: block j of channel c uses (seed, 256 + c, j).</summary>
    public const ulong ChannelBase = 256;

    /// <summary>Pseudo-experiment mode with a detector: the Poisson counts of all backgrounds come from (seed, 4, 0), in config order.</summary>
    public const ulong BackgroundCounts = 4;

    /// <summary>Pseudo-experiment mode with a detector: block j of background k uses (seed, 2^32 + k, j).</summary>
    public const ulong BackgroundBase = 1UL << 32;
}

/// <summary>How many events to generate.</summary>
public enum GenerationMode
{
    /// <summary>A fixed number of events drawn from the mixture of all channels (in proportion to their expected counts).</summary>
    FixedEvents,
    /// <summary>One pseudo-experiment: a Poisson number of events per channel with the channel's expected count as mean.</summary>
    PseudoExperiment,
}

/// <summary>One block of events: which stream, which channel (or the mixture), which event ids.</summary>
/// <param name="Index">Block index in file order.</param>
/// <param name="Channel">The channel sampled, or -1 for the mixture; in a pseudo-experiment, from <see cref="GenerationPlan.SignalChannels"/> on, a detector background.</param>
/// <param name="FirstEventId">Global id of the block's first event.</param>
/// <param name="Count">Events in the block.</param>
/// <param name="Key">The block's random stream.</param>
public readonly record struct BlockSpec(long Index, int Channel, long FirstEventId, int Count, StreamKey Key);

/// <summary>
/// The blocks of a run, fixed by the model's channels, the mode, the master seed and the block size (not by
/// the thread count). Fixed-N: block b holds events b*B .. min((b+1)*B, N) - 1 of the mixture. Pseudo-experiment:
/// the Poisson counts are drawn first; the blocks run through channel 0, then channel 1, and so on.
/// </summary>
public sealed class GenerationPlan
{
    /// <summary>Default events per block (65536).</summary>
    public const int DefaultBlockEvents = 1 << 16;

    private readonly long[] _firstBlock;   // per channel (pseudo-experiment) first block index; last entry = BlockCount
    private readonly long[] _firstEvent;   // per channel first event id

    private GenerationPlan(GenerationMode mode, ulong seed, int blockEvents, long[] channelEvents, int signalChannels)
    {
        SignalChannels = signalChannels;
        Mode = mode;
        Seed = seed;
        BlockEvents = blockEvents;
        ChannelEvents = channelEvents;
        _firstBlock = new long[channelEvents.Length + 1];
        _firstEvent = new long[channelEvents.Length + 1];
        for (int c = 0; c < channelEvents.Length; c++)
        {
            _firstBlock[c + 1] = _firstBlock[c] + (channelEvents[c] + blockEvents - 1) / blockEvents;
            _firstEvent[c + 1] = _firstEvent[c] + channelEvents[c];
        }
    }

    /// <summary>The plan for <paramref name="events"/> events drawn from the mixture.</summary>
    public static GenerationPlan FixedEvents(long events, ulong seed, int blockEvents = DefaultBlockEvents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockEvents, 1);
        return new GenerationPlan(GenerationMode.FixedEvents, seed, blockEvents, [events], 1);
    }

    /// <summary>The plan for one pseudo-experiment: Poisson counts per channel from stream (seed, <see cref="GenerationStages.PoissonCounts"/>, 0).</summary>
    /// <remarks>
    /// With <paramref name="backgroundExpected"/> (expected counts of a detector's backgrounds in its analysis region), the
    /// background counts come from (seed, <see cref="GenerationStages.BackgroundCounts"/>, 0) and their blocks follow the
    /// signal blocks, background k as plan channel <c>channels.Count + k</c>.
    /// </remarks>
    public static GenerationPlan PseudoExperiment(IReadOnlyList<EventChannel> channels, ulong seed, int blockEvents = DefaultBlockEvents,
        IReadOnlyList<double>? backgroundExpected = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockEvents, 1);
        var random = RandomStreams.Create(seed, GenerationStages.PoissonCounts, 0);
        var counts = channels.Select(c => random.Poisson(c.Expected)).ToList();
        var background = RandomStreams.Create(seed, GenerationStages.BackgroundCounts, 0);
        counts.AddRange((backgroundExpected ?? []).Select(background.Poisson));
        return new GenerationPlan(GenerationMode.PseudoExperiment, seed, blockEvents, [.. counts], channels.Count);
    }

    /// <summary>Pseudo-experiment: the number of signal channels (plan channels from this index on are backgrounds). Fixed-N: 1.</summary>
    public int SignalChannels { get; }

    /// <summary>The mode.</summary>
    public GenerationMode Mode { get; }

    /// <summary>The master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Events per block (the last block of a run or channel may hold fewer).</summary>
    public int BlockEvents { get; }

    /// <summary>Pseudo-experiment: events per channel. Fixed-N: one entry, the number of events.</summary>
    public IReadOnlyList<long> ChannelEvents { get; }

    /// <summary>Total events.</summary>
    public long TotalEvents => _firstEvent[^1];

    /// <summary>Number of blocks.</summary>
    public long BlockCount => _firstBlock[^1];

    /// <summary>Block <paramref name="index"/> (0 .. <see cref="BlockCount"/> - 1).</summary>
    public BlockSpec Block(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BlockCount);
        int c = 0;
        while (index >= _firstBlock[c + 1])
            c++;
        long local = index - _firstBlock[c];
        long first = _firstEvent[c] + local * BlockEvents;
        int count = (int)Math.Min(BlockEvents, _firstEvent[c + 1] - first);
        return Mode == GenerationMode.FixedEvents
            ? new BlockSpec(index, -1, first, count, new StreamKey(Seed, GenerationStages.Mixture, (ulong)local))
            : c < SignalChannels
                ? new BlockSpec(index, c, first, count, new StreamKey(Seed, GenerationStages.ChannelBase + (ulong)c, (ulong)local))
                : new BlockSpec(index, c, first, count, new StreamKey(Seed, GenerationStages.BackgroundBase + (ulong)(c - SignalChannels), (ulong)local));
    }

    /// <summary>Draws the events of block <paramref name="index"/> alone (as they appear in the file without a detector).</summary>
    /// <exception cref="InvalidOperationException">A background block (those come from the detector: use the overload with it).</exception>
    public InteractionEvent[] SampleBlock(IEventModel model, long index)
    {
        ArgumentNullException.ThrowIfNull(model);
        var spec = Block(index);
        if (Mode == GenerationMode.PseudoExperiment && spec.Channel >= SignalChannels)
            throw new InvalidOperationException($"block {index} holds background events, drawn by the detector, not the model");
        return SampleBlock(model, index, null).Select(r => r.Interaction).ToArray();
    }

    /// <summary>
    /// Draws the rows of block <paramref name="index"/> alone, as they appear in a file generated with
    /// <paramref name="detector"/> (the run's <see cref="GenerationRequest.Detector"/>; null: none): the interactions with
    /// the detector's observed value and decision, or a pseudo-experiment's background rows. The same routine fills the
    /// pipeline's blocks, so the rows equal rows <see cref="BlockSpec.FirstEventId"/> on of the file.
    /// </summary>
    /// <exception cref="InvalidOperationException">A background block without <paramref name="detector"/>.</exception>
    public GeneratedRow[] SampleBlock(IEventModel model, long index, Detection.DetectorSetup? detector)
    {
        ArgumentNullException.ThrowIfNull(model);
        var spec = Block(index);
        var sink = new GeneratedRowSink(spec.Count);
        BlockSampler.Sample(model, detector, this, spec, sink);
        return [.. sink.Rows];
    }
}
