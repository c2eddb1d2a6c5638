using NuMMGen.Fluxes;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Generator.Rates;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Exact unweighted sampling of (E, T) from phi(E) x state-weighted dsigma/dT on the recoil window by accept-reject
/// (von Neumann 1951; Devroye, Non-Uniform Random Variate Generation (1986), II.3) with the tabulated proposal of
/// <see cref="CellProposal"/>: a cell (E bin i, recoil cell j) by an alias table with weight Phi_i M_ij DeltaT_ij; E from
/// the spectrum restricted to bin i, exactly (<see cref="BinSpectrum"/>; fixed for a line); T uniform in cell j; accepted with
/// f(E, T)/M_ij, f the state-weighted dsigma/dT (zero above T_max(E)). The accepted pairs have density proportional to
/// phi(E) f(E, T) exactly as long as f &lt;= M_ij, and every draw checks that: f &gt; M_ij throws
/// <see cref="InvalidOperationException"/> ("envelope violated"), never a silent bias. The flavour at interaction
/// reuses the accepting uniform (given acceptance, u M_ij is uniform on [0, f), independent of (E, T)). A stepped cross
/// section (atomic electrons) is evaluated as the cell's multiplicity times its continuous factor
/// (<see cref="ChannelKernel.UnitAt(double, double, int)"/>): the same values everywhere except at T = TLo on a cell whose
/// lower edge is a binding energy (probability 2^-53 per draw, a set of measure zero for the density).
/// Random numbers per attempt: one 64-bit value for the cell (<see cref="AliasTable"/>), two or three for E (continuum
/// only, <see cref="BinSpectrum.Sample(int, RandomStream)"/>), one for T, one to accept; two or three more per event for
/// the arrival time of a pulsed source (one more for a decomposed one, <see cref="ExponentialDelay"/>, and rarely more:
/// <see cref="ZigguratExponential"/>). Each stage of a round draws its numbers in one go
/// (<see cref="RandomStream.NextUInt64s"/>). Thread safe: no mutable state.
/// </summary>
internal sealed class ChannelSampler
{
    private readonly int _index;
    private readonly ChannelKernel _k;
    private readonly StateWeightTable _weights;
    private readonly BinSpectrum? _time;
    private readonly double _timeDecay;
    private readonly double _lineEnergy;
    private readonly PartWeights _lineWeights;
    private readonly BinSpectrum? _spectrum;
    private readonly CellColumns? _columns;

    /// <summary>
    /// Builds the proposal; <paramref name="arrivals"/> holds the arrival-time samplers shared between channels, keyed by
    /// time table (the component's, or its parent's when decomposed); <paramref name="boundScale"/> below 1 lowers every
    /// bound (guard tests only).
    /// </summary>
    public ChannelSampler(int index, ChannelKernel kernel, FluxComponent component, StateWeightTable weights,
        IReadOnlyDictionary<TabulatedDistribution, BinSpectrum> arrivals, double boundScale = 1.0)
    {
        (_index, _k, _weights) = (index, kernel, weights);
        if (component.ArrivalTime is { } time)
            (_time, _timeDecay) = (arrivals[component.ArrivalDelay?.Parent ?? time], component.ArrivalDelay?.Lifetime ?? 0.0);
        _lineEnergy = component.LineEnergy;
        if (component.Shape is null)
            _lineWeights = weights.At(_lineEnergy);
        // The proposal's cells and alias table live on only inside the packed columns; its bins inside the spectrum.
        var proposal = new CellProposal(kernel, component, weights, boundScale);
        if (proposal.Alias is not null)
        {
            _columns = new CellColumns(proposal.Alias, proposal.Cells);
            if (component.Shape is { } shape)
                _spectrum = new BinSpectrum(shape, proposal.Bins);
        }
        ProposalIntegral = proposal.Integral;
    }

    /// <summary>True when the channel has nothing to sample (no flux above the window's energy threshold).</summary>
    public bool IsEmpty => _columns is null;

    /// <summary>
    /// Integral of the proposal per unit flux (cm^2): the expected acceptance is int dE phi(E) int dT f / this, i.e. the
    /// rate engine's window cross section per unit flux over <see cref="ProposalIntegral"/>.
    /// </summary>
    public double ProposalIntegral { get; }

    /// <summary>Attempts drawn stage by stage at a time (<see cref="Sample(RandomStream, Span{InteractionEvent})"/>).</summary>
    internal const int BatchSize = 64;

    /// <summary>Draws one event.</summary>
    public InteractionEvent Sample(RandomStream random) => Sample(random, out _);

    /// <summary>Draws one event and reports the number of attempts it took (for acceptance tests).</summary>
    public InteractionEvent Sample(RandomStream random, out int attempts)
    {
        Span<InteractionEvent> one = stackalloc InteractionEvent[1];
        attempts = Sample(random, one);
        return one[0];
    }

    /// <summary>
    /// Fills <paramref name="events"/> and returns the number of attempts drawn. Attempts go in rounds of up to
    /// <see cref="BatchSize"/> (never more than the events still missing), each round stage by stage: every attempt's cell,
    /// then every energy, every recoil, every evaluation (a vector of points at a time where the cross section evaluates in
    /// batches, <see cref="ChannelKernel.UnitsAt"/>: CEvNS and tree-level nu-e), the accept uniforms in attempt order, and
    /// last the arrival times of the accepted events. A round never has more attempts than events still missing, so no
    /// accepted event is ever thrown away. The attempts of a round are independent draws of the proposal, so the accepted
    /// ones are independent draws of the target whatever the order of their random numbers; the order only fixes which
    /// numbers go where (a round of one attempt draws in the order cell, E, T, accept, time).
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // the round's buffers are written stage by stage before they are read
    public int Sample(RandomStream random, Span<InteractionEvent> events)
    {
        var columns = _columns
            ?? throw new InvalidOperationException($"channel {_index} has no events in the recoil window: nothing to sample.");
        var size = Math.Min(BatchSize, events.Length);
        Span<Attempt> round = stackalloc Attempt[size];
        Span<double> values = stackalloc double[7 * size];
        // The state weights at each attempt's energy; a line has one set for all, read through index i & 0 (no copies).
        var line = _spectrum is null;
        Span<PartWeights> weightColumn = stackalloc PartWeights[line ? 0 : size];
        ReadOnlySpan<PartWeights> weights = line ? new ReadOnlySpan<PartWeights>(in _lineWeights) : weightColumn;
        var weightMask = line ? 0 : -1;
        // A stage's random numbers, drawn in one go (RandomStream.NextUInt64s) in the order the stage consumes them.
        Span<ulong> bits = stackalloc ulong[4 * size];
        int filled = 0, attempts = 0;
        while (filled < events.Length)
        {
            var n = Math.Min(size, events.Length - filled);
            var batch = round[..n];
            Span<double> e = values.Slice(0, n), t = values.Slice(size, n);
            var parts = new RecoilPartColumns(values.Slice(2 * size, n), values.Slice(3 * size, n), values.Slice(4 * size, n),
                values.Slice(5 * size, n), values.Slice(6 * size, n));
            DrawCells(columns, random, batch, bits);
            DrawEnergies(random, batch, e, weightColumn, bits);
            random.NextUInt64s(bits[..n]);
            for (var i = 0; i < n; i++)
                t[i] = batch[i].TLo + RandomStream.ToDouble(bits[i]) * batch[i].TWidth;
            Evaluate(batch, e, t, parts, weights, weightMask);
            var roundStart = filled;
            random.NextUInt64s(bits[..n]);
            for (var i = 0; i < n; i++)
            {
                ref readonly var a = ref batch[i];
                attempts++;
                var v = RandomStream.ToDouble(bits[i]) * a.Bound;
                if (v >= a.F)
                    continue;
                var unit = new UnitParts(parts.Sm[i], parts.SmOther[i], parts.Magnetic[i], parts.Tensor[i], parts.Scalar[i]);
                events[filled++] = new InteractionEvent
                {
                    Channel = _index,
                    Flavor = ChooseFlavor(unit, weights[i & weightMask], v, a.Bsm),
                    Enu = e[i],
                    Recoil = t[i],
                    Time = double.NaN,
                    Sm = a.Sm,
                    MagneticPerMu2 = unit.Magnetic,
                    TensorPerC2 = unit.Tensor,
                    ScalarPerC2 = unit.Scalar,
                };
            }
            if (_time is not null)
                DrawArrivalTimes(random, events[roundStart..filled], bits);
        }
        return attempts;
    }

    /// <summary>Stage 1: each attempt's cell (bound, energy bin, recoil span), one 64-bit value each.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void DrawCells(CellColumns columns, RandomStream random, Span<Attempt> batch, Span<ulong> bits)
    {
        bits = bits[..batch.Length];
        random.NextUInt64s(bits);
        for (var i = 0; i < batch.Length; i++)
        {
            ref var a = ref batch[i];
            var cell = columns.Sample(bits[i]);
            ref readonly var span = ref columns.Span(cell);
            (a.Bound, a.Bin, a.TLo, a.TWidth, a.Multiplicity) = (cell.Bound, cell.Bin, span.TLo, span.TWidth, span.Multiplicity);
        }
    }

    /// <summary>
    /// Stage 2: each attempt's energy in its bin and the state weights there, into <paramref name="weights"/> (a line: its
    /// energy; its weights are read from <see cref="_lineWeights"/>). The random numbers are those of
    /// <see cref="BinSpectrum.Sample(int, RandomStream)"/> attempt after attempt, drawn in one go.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void DrawEnergies(RandomStream random, Span<Attempt> batch, Span<double> energies, Span<PartWeights> weights, Span<ulong> bits)
    {
        if (_spectrum is not { } spectrum)
        {
            energies.Fill(_lineEnergy);
            return;
        }
        var count = 2 * batch.Length;
        foreach (ref readonly var a in batch)
            count += spectrum.DrawsPiece(a.Bin) ? 1 : 0;
        bits = bits[..count];
        random.NextUInt64s(bits);
        var k = 0;
        for (var i = 0; i < batch.Length; i++)
        {
            var bin = batch[i].Bin;
            var pieceBits = spectrum.DrawsPiece(bin) ? bits[k++] : 0UL;
            energies[i] = spectrum.Sample(bin, pieceBits, RandomStream.ToDouble(bits[k]), RandomStream.ToDouble(bits[k + 1]));
            k += 2;
        }
        for (var i = 0; i < batch.Length; i++)
            _weights.At(energies[i], ref weights[i]);
    }

    /// <summary>
    /// Stage 4: the unit parts at each (E, T) (electron-flavour SM in <see cref="RecoilPartColumns.Sm"/>, mu/tau in
    /// <see cref="RecoilPartColumns.SmOther"/>), all at once where the kernel evaluates in batches (a stepped one's
    /// continuous factor, then times each cell's multiplicity), and the weighted density f with attempt i's state weights
    /// <paramref name="weights"/>[i &amp; <paramref name="weightMask"/>]; f above the cell bound throws.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Evaluate(Span<Attempt> batch, ReadOnlySpan<double> e, ReadOnlySpan<double> t, in RecoilPartColumns parts,
        ReadOnlySpan<PartWeights> weights, int weightMask)
    {
        if (_k.EvaluatesInBatches)
        {
            _k.UnitsAt(e, t, parts);
            if (_k.IsStepped)
                for (var i = 0; i < batch.Length; i++)
                    ChannelKernel.ApplyMultiplicity(parts, i, batch[i].Multiplicity);
        }
        else
        {
            for (var i = 0; i < batch.Length; i++)
            {
                var u = _k.UnitAt(e[i], t[i], batch[i].Multiplicity);
                (parts.Sm[i], parts.SmOther[i], parts.Magnetic[i], parts.Tensor[i], parts.Scalar[i]) = (u.SmE, u.SmMuTau, u.Magnetic, u.Tensor, u.Scalar);
            }
        }
        for (var i = 0; i < batch.Length; i++)
        {
            ref var a = ref batch[i];
            var unit = new UnitParts(parts.Sm[i], parts.SmOther[i], parts.Magnetic[i], parts.Tensor[i], parts.Scalar[i]);
            ref readonly var w = ref weights[i & weightMask];
            a.Sm = _k.SmWeighted(unit, w);
            a.Bsm = _k.BsmWeighted(unit, w);
            a.F = a.Sm + a.Bsm;
            if (a.F > a.Bound)
                ThrowEnvelopeViolated(a.F, a.Bound, e[i], t[i]);
        }
    }

    /// <summary>One attempt in flight: its cell and the weighted density's parts (its state weights are in their own column).</summary>
    private struct Attempt
    {
        public double Bound, TLo, TWidth, Sm, Bsm, F;
        public int Bin, Multiplicity;
    }

    /// <summary>
    /// Stage 6: the arrival time of each event accepted in the round, drawn exactly from the component's piecewise-linear
    /// distribution (<see cref="BinSpectrum.Whole"/>: a 64-bit value for the piece and two uniforms); for a decomposed one
    /// (<see cref="FluxComponent.ArrivalDelay"/>) from its parent, plus tau times a standard exponential
    /// (<see cref="ZigguratExponential"/>: a fourth value; 2.2 % of them take further values from the stream, in event
    /// order). The values are drawn in one go, event after event.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void DrawArrivalTimes(RandomStream random, Span<InteractionEvent> accepted, Span<ulong> bits)
    {
        var time = _time!;
        var pieceDraw = time.DrawsPiece(0);
        var decay = _timeDecay > 0;
        var perEvent = (pieceDraw ? 3 : 2) + (decay ? 1 : 0);
        bits = bits[..(perEvent * accepted.Length)];
        random.NextUInt64s(bits);
        var k = 0;
        for (var i = 0; i < accepted.Length; i++)
        {
            var pieceBits = pieceDraw ? bits[k++] : 0UL;
            var t = time.Sample(0, pieceBits, RandomStream.ToDouble(bits[k]), RandomStream.ToDouble(bits[k + 1]));
            k += 2;
            if (decay)
                t += _timeDecay * ZigguratExponential.Sample(bits[k++], random);
            accepted[i].Time = t;
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void ThrowEnvelopeViolated(double f, double bound, double e, double t) => throw new InvalidOperationException(
        $"envelope violated in channel {_index}: dsigma/dT = {f:E6} above the cell bound {bound:E6} at E = {e} MeV, T = {t} MeV; events would be biased.");

    /// <summary>
    /// Flavour at interaction (InteractionEvent doc), with <paramref name="v"/> uniform on [0, f): alpha with probability
    /// P_alpha (sigma_SM,alpha + B/sum_beta P_beta)/f, B the weighted BSM sum; sigma_SM,alpha is the electron-flavour SM part
    /// for alpha = e and the mu/tau one otherwise (equal for CEvNS, where
    /// <see cref="UnitParts.SmMuTau"/> = <see cref="UnitParts.SmE"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Flavor ChooseFlavor(in UnitParts unit, in PartWeights w, double v, double bsm)
    {
        var bsmPerP = bsm == 0 ? 0.0 : bsm / (w.Pe + w.Pmu + w.Ptau);
        var baseFlavor = (int)_k.ElectronFlavor;
        var electron = w.Pe * (unit.SmE + bsmPerP);
        var mu = w.Pmu * (unit.SmMuTau + bsmPerP);
        // Two comparisons added rather than branched on: the outcome is random, so a branch would be mispredicted often.
        var step = 2 - Branchless.Bit(v < electron) - Branchless.Bit(v < electron + mu);
        return (Flavor)(baseFlavor + step);
    }
}
