using NuMMGen.Fluxes;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.Coherent;

namespace NuMMGen.Generator.Rates;

/// <summary>
/// What the neutrino state contributes at one energy: flavour probabilities P_alpha(E) (for the SM part, physics.md 4)
/// and the squared effective BSM couplings in the units of the channel's unit couplings (mu_eff^2 in mu_B^2; tensor
/// and scalar |C_eff|^2 in (GeV^-2)^2), as <see cref="StateCrossSection.EffectiveCouplings"/> gives them.
/// </summary>
internal readonly record struct PartWeights(double Pe, double Pmu, double Ptau, double Mu2, double Tensor2, double Scalar2)
{
    /// <summary>Linear interpolation between two weight sets.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PartWeights Lerp(in PartWeights x, in PartWeights y, double f) => new(
        x.Pe + f * (y.Pe - x.Pe), x.Pmu + f * (y.Pmu - x.Pmu), x.Ptau + f * (y.Ptau - x.Ptau),
        x.Mu2 + f * (y.Mu2 - x.Mu2), x.Tensor2 + f * (y.Tensor2 - x.Tensor2), x.Scalar2 + f * (y.Scalar2 - x.Scalar2));
}

/// <summary>
/// The state weights of one channel as a function of E: exact for an ideal line, otherwise tabulated on a uniform
/// grid over the sampled energy range and interpolated linearly. The rate engine and the sampler both use this
/// table, so the sampled events follow exactly the rates that are integrated; the table itself approximates the
/// flux's state model (solar MSW tables are linear on 20 keV steps; vacuum states at metre baselines are smooth)
/// to better than 1e-5 with <see cref="GridPoints"/> points (checked in the tests).
/// </summary>
internal sealed class StateWeightTable
{
    /// <summary>Grid points of the table for a continuum.</summary>
    public const int GridPoints = 1025;

    private readonly PartWeights[]? _w;
    private readonly FlavorRow[]? _flavors;
    private readonly double _lo, _scale;
    private readonly int _last;

    public StateWeightTable(FluxComponent component, StateCrossSection state, Nucleus? nucleus, double eLo, double eHi)
    {
        _lo = eLo;
        var n = eHi > eLo ? GridPoints : 1;
        _scale = n > 1 ? (n - 1) / (eHi - eLo) : 0.0;
        _last = n - 1;
        var w = new PartWeights[n];
        Hi = eHi;
        for (var i = 0; i < n; i++)
            w[i] = Exact(component, state, nucleus, i == n - 1 ? eHi : eLo + i / _scale);
        // Without BSM weights anywhere (a Standard-Model hypothesis) only the flavour probabilities are stored: half the
        // memory, which the sampler reads once per attempt and which shares the caches with the other channels' tables.
        if (w.All(x => x.Mu2 == 0 && x.Tensor2 == 0 && x.Scalar2 == 0))
            _flavors = w.Select(x => new FlavorRow(x.Pe, x.Pmu, x.Ptau)).ToArray();
        else
            _w = w;
    }

    /// <summary>Lower end of the table (MeV).</summary>
    public double Lo => _lo;

    /// <summary>Upper end of the table (MeV).</summary>
    public double Hi { get; }

    /// <summary>
    /// The weights at <paramref name="e"/> (MeV), clamped to the table range: linear between the grid points (the same
    /// values whether the BSM weights are stored or known to be zero).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PartWeights At(double e)
    {
        var x = (e - _lo) * _scale;
        int i;
        if (!(x > 0))
            (i, x) = (0, 0.0);
        else if ((i = (int)x) >= _last)
            (i, x) = (_last, 0.0);
        else
            x -= i;
        if (_flavors is { } p)
        {
            if (x == 0.0)
                return new PartWeights(p[i].Pe, p[i].Pmu, p[i].Ptau, 0.0, 0.0, 0.0);
            ref readonly var a = ref p[i];
            ref readonly var b = ref p[i + 1];
            return new PartWeights(a.Pe + x * (b.Pe - a.Pe), a.Pmu + x * (b.Pmu - a.Pmu), a.Ptau + x * (b.Ptau - a.Ptau), 0.0, 0.0, 0.0);
        }
        var w = _w!;
        return x == 0.0 ? w[i] : PartWeights.Lerp(w[i], w[i + 1], x);
    }

    /// <summary>The flavour probabilities of one grid point (a table without BSM weights).</summary>
    private readonly record struct FlavorRow(double Pe, double Pmu, double Ptau);

    /// <summary>Squared effective couplings of a nucleus in units of (1 GeV^-2)^2 (CEvNS channels).</summary>
    /// <param name="Z">Protons.</param>
    /// <param name="N">Neutrons.</param>
    internal readonly record struct Nucleus(int Z, int N);

    private static PartWeights Exact(FluxComponent component, StateCrossSection xs, Nucleus? nucleus, double e)
    {
        var state = component.StateAt(e);
        var c = xs.EffectiveCouplings(state);
        var unit = Couplings.FromGeV(1.0);
        double tensor, scalar;
        if (nucleus is { } nuc)
        {
            tensor = NucleonTensorCharges.NuclearCoupling(nuc.Z, nuc.N, c) / unit;
            scalar = (nuc.Z * c.ScalarP + nuc.N * c.ScalarN) / unit;
        }
        else
        {
            tensor = c.TensorE / unit;
            scalar = c.ScalarE / unit;
        }
        return new PartWeights(state.FlavorProbability(0), state.FlavorProbability(1), state.FlavorProbability(2),
            c.MuEff * c.MuEff, tensor * tensor, scalar * scalar);
    }
}
