using NuMMGen.Fluxes;
using NuMMGen.Generator.Model;
using NuMMGen.Generator.Random;
using NuMMGen.Generator.Rates;
using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Generator.Sampling;

/// <summary>
/// Exact unweighted sampling of (E, T) from phi(E) x state-weighted dsigma/dT on the recoil window, by two
/// accept-reject steps with analytic envelopes (von Neumann 1951; Devroye 1986, II.3):
/// <list type="number">
/// <item>E from the proposal phi(E) Gmax_k on <see cref="Bins"/> equal-width energy bins, where G(E) is the sum of the
/// state-weighted envelope integrals over the window and Gmax_k = <see cref="Margin"/> x the largest G at
/// <see cref="Probes"/> + 1 points of bin k: the bin by an alias table, E inside it by the spectrum's exact inverse
/// CDF restricted to the bin, accepted with G(E)/Gmax_k (G(E) &gt; Gmax_k throws: never a silent bias).</item>
/// <item>A part (SM e, SM mu/tau, magnetic, tensor, scalar) with probability integral_part/G(E), T from that part's
/// envelope, accepted with dsigma_part/dT / g_part(T) (a value above the envelope throws).</item>
/// </list>
/// Any rejection restarts from E, so the accepted pairs have density proportional to phi(E) dsigma/dT exactly.
/// An ideal line skips the energy step (its envelopes are computed once). Thread safe: no mutable state.
/// </summary>
internal sealed class ChannelSampler
{
    /// <summary>Energy bins of the proposal.</summary>
    public const int Bins = 256;

    /// <summary>Safety factor on the probed maximum of G in a bin.</summary>
    public const double Margin = 1.02;

    /// <summary>Interior probe intervals per bin.</summary>
    public const int Probes = 16;

    private readonly int _index;
    private readonly ChannelKernel _k;
    private readonly StateWeightTable _weights;
    private readonly TabulatedDistribution? _shape, _time;
    private readonly double _lo, _width, _lineEnergy, _lineG, _lineTop;
    private readonly double[]? _cdfLo, _cdfWidth, _gmax;
    private readonly AliasTable? _alias;
    private readonly PartEnvelope[] _lineEnv = new PartEnvelope[ChannelKernel.Parts];
    private readonly double[] _lineIntegral = new double[ChannelKernel.Parts];

    public ChannelSampler(int index, ChannelKernel kernel, FluxComponent component, StateWeightTable weights)
    {
        (_index, _k, _weights, _shape, _time) = (index, kernel, weights, component.Shape, component.ArrivalTime);
        if (_shape is null)
        {
            _lineEnergy = component.LineEnergy;
            _lineG = kernel.Envelopes(_lineEnergy, weights.At(_lineEnergy), _lineEnv, _lineIntegral, out _lineTop);
            IsEmpty = !(_lineG > 0);
            return;
        }
        _lo = Math.Max(_shape.Min, kernel.MinEnergy(kernel.RecoilMin));
        _width = (_shape.Max - _lo) / Bins;
        if (!(_width > 0))
        {
            IsEmpty = true;
            return;
        }
        (_cdfLo, _cdfWidth, _gmax) = (new double[Bins], new double[Bins], new double[Bins]);
        var proposal = new double[Bins];
        Span<PartEnvelope> env = stackalloc PartEnvelope[ChannelKernel.Parts];
        Span<double> integral = stackalloc double[ChannelKernel.Parts];
        for (var b = 0; b < Bins; b++)
        {
            double lo = BinEdge(b), hi = BinEdge(b + 1), max = 0;
            for (var p = 0; p <= Probes; p++)
            {
                var e = p == Probes ? hi : lo + (hi - lo) * p / Probes;
                max = Math.Max(max, kernel.Envelopes(e, weights.At(e), env, integral, out _));
            }
            _cdfLo[b] = _shape.Cdf(lo);
            _cdfWidth[b] = _shape.Cdf(hi) - _cdfLo[b];
            _gmax[b] = Margin * max;
            proposal[b] = _cdfWidth[b] * _gmax[b];
        }
        IsEmpty = !(proposal.Sum() > 0);
        if (!IsEmpty)
            _alias = new AliasTable(proposal);
    }

    /// <summary>True when the channel has nothing to sample (no flux above the window's energy threshold).</summary>
    public bool IsEmpty { get; }

    /// <summary>Draws one event.</summary>
    public InteractionEvent Sample(RandomStream random)
    {
        if (IsEmpty)
            throw new InvalidOperationException($"channel {_index} has no events in the recoil window: nothing to sample.");
        Span<PartEnvelope> env = stackalloc PartEnvelope[ChannelKernel.Parts];
        Span<double> integral = stackalloc double[ChannelKernel.Parts];
        var a = _k.RecoilMin;
        while (true)
        {
            double e, g, top;
            PartWeights w;
            if (_alias is null)
            {
                (e, w, g, top) = (_lineEnergy, _weights.At(_lineEnergy), _lineG, _lineTop);
                _lineEnv.CopyTo(env);
                _lineIntegral.CopyTo(integral);
            }
            else
            {
                var bin = _alias.Sample(random);
                var u = _cdfLo![bin] + random.NextDouble() * _cdfWidth![bin];
                e = Math.Clamp(_shape!.Quantile(u), BinEdge(bin), BinEdge(bin + 1));
                w = _weights.At(e);
                g = _k.Envelopes(e, w, env, integral, out top);
                if (g > _gmax![bin])
                    throw new InvalidOperationException(
                        $"envelope violated in channel {_index}: G(E = {e} MeV) = {g:E6} above the bin maximum {_gmax[bin]:E6}; events would be biased.");
                if (random.NextDouble() * _gmax[bin] >= g)
                    continue;
            }

            var part = ChoosePart(integral, random.NextDouble() * g);
            var t = env[part].Sample(a, top, random.NextDouble(), random.NextDouble());
            var unit = _k.CrossSection.Differential(_k.ElectronFlavor, e, t, _k.Unit);
            var smMuTau = _k.SplitSm && w.Pmu + w.Ptau > 0 ? _k.CrossSection.Differential(_k.MuFlavor, e, t, default).Sm : 0.0;
            var exact = part switch
            {
                0 => (_k.SplitSm ? w.Pe : w.Pe + w.Pmu + w.Ptau) * unit.Sm,
                1 => (w.Pmu + w.Ptau) * smMuTau,
                2 => w.Mu2 * unit.Magnetic,
                3 => w.Tensor2 * unit.Tensor,
                _ => w.Scalar2 * unit.Scalar,
            };
            var bound = env[part].At(t);
            if (exact > bound * (1 + 1e-12))
                throw new InvalidOperationException(
                    $"envelope violated in channel {_index}: part {part} dsigma/dT = {exact:E6} above its envelope {bound:E6} at E = {e} MeV, T = {t} MeV; events would be biased.");
            if (random.NextDouble() * bound >= exact)
                continue;

            return new InteractionEvent
            {
                Channel = _index,
                Flavor = ChooseFlavor(part, w, random),
                Enu = e,
                Recoil = t,
                Time = _time is null ? double.NaN : _time.Quantile(random.NextDouble()),
                Sm = _k.SplitSm ? w.Pe * unit.Sm + (w.Pmu + w.Ptau) * smMuTau : (w.Pe + w.Pmu + w.Ptau) * unit.Sm,
                MagneticPerMu2 = unit.Magnetic,
                TensorPerC2 = unit.Tensor,
                ScalarPerC2 = unit.Scalar,
            };
        }
    }

    private double BinEdge(int b) => b == Bins ? _shape!.Max : _lo + b * _width;

    private static int ChoosePart(ReadOnlySpan<double> integral, double r)
    {
        var last = 0;
        for (var k = 0; k < integral.Length; k++)
        {
            if (!(integral[k] > 0))
                continue;
            if (r < integral[k])
                return k;
            r -= integral[k];
            last = k;
        }
        return last;
    }

    /// <summary>
    /// Flavour at interaction (InteractionEvent doc): the SM e part is nu_e; the SM mu/tau part mu or tau with
    /// P_mu : P_tau (their cross sections are equal); CEvNS SM and every BSM part by P_alpha.
    /// </summary>
    private Flavor ChooseFlavor(int part, in PartWeights w, RandomStream random)
    {
        var baseFlavor = (int)_k.ElectronFlavor;
        if (part == 0 && _k.SplitSm)
            return _k.ElectronFlavor;
        var pe = part == 1 ? 0.0 : w.Pe;
        var r = random.NextDouble() * (pe + w.Pmu + w.Ptau);
        if (r < pe)
            return (Flavor)baseFlavor;
        return r < pe + w.Pmu ? (Flavor)(baseFlavor + 1) : (Flavor)(baseFlavor + 2);
    }
}
