using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Model;

/// <summary>
/// The rate engine and exact sampler for one setup: every channel's expected counts, and unweighted
/// events drawn exactly from flux x dsigma/dT in the recoil window. Immutable after construction and
/// thread safe: any number of threads may sample at once, each with its own <see cref="RandomStream"/>.
/// </summary>
public interface IEventModel
{
    /// <summary>The channels, in a fixed order.</summary>
    IReadOnlyList<EventChannel> Channels { get; }

    /// <summary>Sum of all channels' expected counts.</summary>
    double TotalExpected { get; }

    /// <summary>Draws one event of channel <paramref name="channel"/> with <paramref name="random"/>.</summary>
    InteractionEvent Sample(int channel, RandomStream random);

    /// <summary>
    /// Fills <paramref name="events"/> with events of channel <paramref name="channel"/>: the same distribution as
    /// repeated single draws (which is what this default does); a model may draw them faster, in rounds, with the random
    /// numbers going to different places.
    /// </summary>
    void Sample(int channel, RandomStream random, Span<InteractionEvent> events)
    {
        for (var i = 0; i < events.Length; i++)
            events[i] = Sample(channel, random);
    }

    /// <summary>Draws a channel in proportion to its expected count, then one event of it.</summary>
    InteractionEvent SampleMixture(RandomStream random);

    /// <summary>
    /// Fills <paramref name="events"/> with events of the mixture: the same distribution as repeated
    /// <see cref="SampleMixture(RandomStream)"/> (which is what this default does); a model may draw them faster, with the
    /// random numbers going to different places.
    /// </summary>
    void SampleMixture(RandomStream random, Span<InteractionEvent> events)
    {
        for (var i = 0; i < events.Length; i++)
            events[i] = SampleMixture(random);
    }
}
