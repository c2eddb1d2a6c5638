using System.Globalization;
using NuMMGen.Fluxes;
using NuMMGen.Generator.Random;
using NuMMGen.Generator.Rates;
using NuMMGen.Generator.Sampling;
using NuMMGen.Physics;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Units;

namespace NuMMGen.Generator.Model;

/// <summary>
/// The rate engine and exact sampler for one <see cref="EventModelSetup"/>. Channels are flux component x process x
/// target species. Expected counts per part = exposure x target mass x targets per kg x int dE phi(E) x
/// [state-weighted integral of dsigma/dT over the recoil window] (SM: sum_alpha P_alpha(E) sigma_alpha; BSM: the
/// effective couplings at E, as <see cref="StateCrossSection"/>). Events are drawn exactly from the same integrand
/// (see <see cref="ChannelSampler"/>). Immutable after <see cref="Build"/> and thread safe.
/// </summary>
public sealed class EventModel : IEventModel
{
    private readonly Channel[] _channels;
    private readonly AliasTable _mixture;

    private EventModel(EventModelSetup setup, Channel[] channels)
    {
        Setup = setup;
        _channels = channels;
        Channels = channels.Select(c => c.Info).ToArray();
        TotalExpected = Channels.Sum(c => c.Expected);
        _mixture = new AliasTable(Channels.Select(c => c.Expected).ToArray());
    }

    /// <summary>The setup this model was built from.</summary>
    public EventModelSetup Setup { get; }

    /// <inheritdoc />
    public IReadOnlyList<EventChannel> Channels { get; }

    /// <inheritdoc />
    public double TotalExpected { get; }

    /// <summary>
    /// Validates <paramref name="setup"/>, computes every channel's expected counts and prepares the samplers
    /// (about 0.1-2 s).
    /// </summary>
    /// <exception cref="InputException">A bad setting, named by its config key (<c>recoil.minKeV</c> must be &gt; 0
    /// with a magnetic moment; <c>flux.components</c> must name components of the source), or no channel with events.</exception>
    public static EventModel Build(EventModelSetup setup) => BuildWith(setup, null);

    /// <summary>
    /// Build with an optional wrapper around each channel's cross section and a factor on the samplers' cell bounds
    /// (test hooks for the exactness guard; <paramref name="boundScale"/> is 1 in production).
    /// </summary>
    internal static EventModel BuildWith(EventModelSetup setup, Func<IRecoilCrossSection, IRecoilCrossSection>? wrap, double boundScale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var definitions = ChannelFactory.Create(setup);
        var channels = new Channel[definitions.Count];
        var arrivals = ArrivalSpectra(definitions);
        Parallel.For(0, definitions.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            channels[i] = Channel.Create(i, setup, wrap is null ? definitions[i] : definitions[i] with { CrossSection = wrap(definitions[i].CrossSection) },
                boundScale, arrivals));
        if (!channels.Any(c => c.Info.Expected > 0))
        {
            var window = string.Create(CultureInfo.InvariantCulture, $"[{setup.RecoilMin / Units.KeV:G6}, {setup.RecoilMax / Units.KeV:G6}] keV");
            throw new InputException(
                $"no channel has a positive expected count in the recoil window {window} (recoil.minKeV, recoil.maxKeV) " +
                "for the chosen flux components, processes and target; lower recoil.minKeV or choose another process or source.");
        }
        return new EventModel(setup, channels);
    }

    /// <inheritdoc />
    public InteractionEvent Sample(int channel, RandomStream random) => _channels[channel].Sampler.Sample(random);

    /// <inheritdoc />
    public void Sample(int channel, RandomStream random, Span<InteractionEvent> events) => _channels[channel].Sampler.Sample(random, events);

    /// <inheritdoc />
    public InteractionEvent SampleMixture(RandomStream random) => _channels[_mixture.Sample(random)].Sampler.Sample(random);

    /// <summary>
    /// Fills <paramref name="events"/> from the mixture, <see cref="MixtureChunk"/> events at a time: first every event's
    /// channel (one alias draw each, in event order), then each channel's events of the chunk in one call of its sampler
    /// (channels in index order, so its attempts go in rounds), handed out to the chunk's events of that channel in
    /// order. Given the channels, the events are independent draws of each channel's distribution, so every event has
    /// the mixture's distribution and the events are independent, as with one draw at a time.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // picks and byChannel are written before they are read; next is cleared
    public void SampleMixture(RandomStream random, Span<InteractionEvent> events)
    {
        var chunk = Math.Min(MixtureChunk, events.Length);
        Span<int> picks = stackalloc int[chunk];
        Span<InteractionEvent> byChannel = stackalloc InteractionEvent[chunk];
        Span<int> next = _channels.Length <= 64 ? stackalloc int[_channels.Length] : new int[_channels.Length];
        for (var done = 0; done < events.Length; done += chunk)
        {
            var n = Math.Min(chunk, events.Length - done);
            next.Clear();
            for (var i = 0; i < n; i++)
                next[picks[i] = _mixture.Sample(random)]++;
            // next[c] becomes the start of channel c's events in byChannel.
            var start = 0;
            for (var c = 0; c < next.Length; c++)
            {
                var count = next[c];
                if (count > 0)
                    _channels[c].Sampler.Sample(random, byChannel.Slice(start, count));
                next[c] = start;
                start += count;
            }
            for (var i = 0; i < n; i++)
                events[done + i] = byChannel[next[picks[i]]++];
        }
    }

    /// <summary>
    /// Events of a mixture drawn per chunk (<see cref="SampleMixture(RandomStream, Span{InteractionEvent})"/>): 1024 gives
    /// each channel of the six-channel COHERENT mixture about 170 events per call, so its tables are used in longer runs
    /// (sampling 65.5 against 75 ns/event with 256, `block-cost`); 4096 was slower again (the reorder buffer crowds L2).
    /// </summary>
    internal const int MixtureChunk = 1024;

    /// <summary>Draws one event of <paramref name="channel"/> and the number of accept-reject attempts it took.</summary>
    internal InteractionEvent Sample(int channel, RandomStream random, out int attempts) => _channels[channel].Sampler.Sample(random, out attempts);

    /// <summary>
    /// Expected acceptance of <paramref name="channel"/>'s sampler: its window cross section per unit flux (from the rate
    /// engine) over the integral of its proposal (0 for an empty channel).
    /// </summary>
    internal double Acceptance(int channel) => _channels[channel].Acceptance;

    /// <summary>
    /// dR/dT of <paramref name="channel"/> per part at true recoil <paramref name="t"/> (MeV): expected counts per MeV for
    /// the exposure under the generation hypothesis (not restricted to the recoil window).
    /// </summary>
    public XsecComponents DifferentialRate(int channel, double t)
    {
        var c = _channels[channel];
        return t > 0 ? c.Scale * RateIntegrator.Differential(c.Kernel, c.Component, c.Weights, t) : XsecComponents.Zero;
    }

    /// <summary>
    /// Expected counts per part of <paramref name="channel"/> in each true-recoil bin [edges[i], edges[i+1]] (MeV,
    /// increasing; not clipped to the recoil window). The magnetic part of a bin starting at 0 is infinite.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two edges or edges not increasing.</exception>
    public XsecComponents[] BinnedExpected(int channel, ReadOnlySpan<double> edges)
    {
        if (edges.Length < 2)
            throw new ArgumentException("At least two bin edges are needed.", nameof(edges));
        var c = _channels[channel];
        var result = new XsecComponents[edges.Length - 1];
        for (var i = 0; i < result.Length; i++)
        {
            if (!(edges[i + 1] > edges[i]) || edges[i] < 0)
                throw new ArgumentException($"Bin edges must be >= 0 and increasing; edges[{i}] = {edges[i]}, edges[{i + 1}] = {edges[i + 1]}.", nameof(edges));
            result[i] = c.Scale * RateIntegrator.Expected(c.Kernel, c.Component, c.Weights, edges[i], edges[i + 1]);
        }
        return result;
    }

    /// <summary>
    /// The exact arrival-time samplers (<see cref="BinSpectrum.Whole"/>) of the channels' time distributions, one per
    /// distinct table (for a decomposed component, its parent): the channels of a pulsed source share them (the SNS
    /// components of both nuclei draw from one prompt table), so they are built once and kept in the caches once.
    /// </summary>
    private static Dictionary<TabulatedDistribution, BinSpectrum> ArrivalSpectra(IEnumerable<ChannelDefinition> definitions)
    {
        var spectra = new Dictionary<TabulatedDistribution, BinSpectrum>(ReferenceEqualityComparer.Instance);
        foreach (var component in definitions.Select(d => d.Component))
        {
            if ((component.ArrivalDelay?.Parent ?? component.ArrivalTime) is { } table && !spectra.ContainsKey(table))
                spectra[table] = BinSpectrum.Whole(table);
        }
        return spectra;
    }

    /// <summary>One channel's pieces: its public description, kernel, state table, sampler and count scale.</summary>
    private sealed record Channel(EventChannel Info, FluxComponent Component, ChannelKernel Kernel, StateWeightTable Weights,
        ChannelSampler Sampler, double Scale, double Acceptance)
    {
        public static Channel Create(int index, EventModelSetup setup, ChannelDefinition d, double boundScale,
            IReadOnlyDictionary<TabulatedDistribution, BinSpectrum> arrivals)
        {
            var component = d.Component;
            var kernel = new ChannelKernel(d.CrossSection, d.Process, d.TargetMass, component.Flavor.IsAntineutrino(),
                setup.RecoilMin, setup.RecoilMax, d.Nucleus);
            var lo = Math.Max(component.MinEnergy, kernel.MinEnergy(setup.RecoilMin));
            var hi = Math.Max(lo, component.MaxEnergy);
            var weights = new StateWeightTable(component, new StateCrossSection(d.CrossSection, setup.Hypothesis),
                d.Nucleus is { } n ? new StateWeightTable.Nucleus(n.Z, n.N) : null, component.Shape is null ? component.LineEnergy : lo, component.Shape is null ? component.LineEnergy : hi);
            var scale = setup.Exposure * setup.TargetMass * d.TargetsPerKg;
            var perTarget = RateIntegrator.Expected(kernel, component, weights, setup.RecoilMin, setup.RecoilMax);
            var parts = scale * perTarget;
            var sampler = new ChannelSampler(index, kernel, component, weights, arrivals, boundScale);
            var acceptance = sampler.IsEmpty ? 0.0 : perTarget.Sum / (component.IntegratedFlux * sampler.ProposalIntegral);
            var info = new EventChannel(index, component.Name, d.Process, d.Species, d.RecoilKind, d.TargetsPerKg,
                sampler.IsEmpty ? XsecComponents.Zero : parts, component.ArrivalTime is not null);
            return new Channel(info, component, kernel, weights, sampler, scale, acceptance);
        }
    }
}
