using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;

namespace NuMMGen.Bench;

/// <summary>
/// Sampling as the generator's block sampler does it: events drawn a chunk at a time through the model's batch methods
/// (attempts in rounds, CEvNS evaluated several at once), returning the sum of the recoils as a checksum.
/// </summary>
internal static class BatchedSampling
{
    private const int Chunk = NuMMGen.Generator.Pipeline.BlockSampler.Chunk;

    /// <summary>Draws <paramref name="events"/> events of the mixture.</summary>
    public static double Mixture(EventModel model, RandomStream random, long events) => Run(events, span => model.SampleMixture(random, span));

    /// <summary>Draws <paramref name="events"/> events of channel <paramref name="channel"/>.</summary>
    public static double Channel(EventModel model, int channel, RandomStream random, long events) =>
        Run(events, span => model.Sample(channel, random, span));

    private static double Run(long events, SpanAction draw)
    {
        var buffer = new InteractionEvent[Chunk];
        var sum = 0.0;
        for (long done = 0; done < events; done += Chunk)
        {
            var span = buffer.AsSpan(0, (int)Math.Min(Chunk, events - done));
            draw(span);
            foreach (ref readonly var e in span)
                sum += e.Recoil;
        }
        return sum;
    }

    private delegate void SpanAction(Span<InteractionEvent> events);
}
