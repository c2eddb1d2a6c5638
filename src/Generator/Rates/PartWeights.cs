using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
    /// <summary>
    /// Linear interpolation between two weight sets, written straight into <paramref name="result"/> (the sampler's
    /// attempts: no copies of the six doubles through the stack).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Lerp(in PartWeights x, in PartWeights y, double f, ref PartWeights result)
    {
        // x + f (y - x) for the six doubles (a struct's fields lie in order: sequential layout, the default), four and two
        // at a time: the same operations per element as written out.
        ref var a = ref Unsafe.As<PartWeights, double>(ref Unsafe.AsRef(in x));
        ref var b = ref Unsafe.As<PartWeights, double>(ref Unsafe.AsRef(in y));
        Vector256<double> a4 = Vector256.LoadUnsafe(ref a), b4 = Vector256.LoadUnsafe(ref b);
        Vector128<double> a2 = Vector128.LoadUnsafe(ref a, 4), b2 = Vector128.LoadUnsafe(ref b, 4);
        ref var r = ref Unsafe.As<PartWeights, double>(ref result);
        (a4 + Vector256.Create(f) * (b4 - a4)).StoreUnsafe(ref r);
        (a2 + Vector128.Create(f) * (b2 - a2)).StoreUnsafe(ref r, 4);
    }
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

    private readonly PartWeights[] _w;
    private readonly double _lo, _scale;

    public StateWeightTable(FluxComponent component, StateCrossSection state, Nucleus? nucleus, double eLo, double eHi)
    {
        _lo = eLo;
        var n = eHi > eLo ? GridPoints : 1;
        _scale = n > 1 ? (n - 1) / (eHi - eLo) : 0.0;
        _w = new PartWeights[n];
        Hi = eHi;
        for (var i = 0; i < n; i++)
            _w[i] = Exact(component, state, nucleus, i == n - 1 ? eHi : eLo + i / _scale);
    }

    /// <summary>Lower end of the table (MeV).</summary>
    public double Lo => _lo;

    /// <summary>Upper end of the table (MeV).</summary>
    public double Hi { get; }

    /// <summary>The weights at <paramref name="e"/> (MeV), clamped to the table range.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PartWeights At(double e)
    {
        Unsafe.SkipInit(out PartWeights w);
        At(e, ref w);
        return w;
    }

    /// <summary><see cref="At(double)"/> written into <paramref name="w"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void At(double e, ref PartWeights w)
    {
        var table = _w;
        var x = (e - _lo) * _scale;
        if (table.Length == 1 || !(x > 0))
        {
            w = table[0];
            return;
        }
        var i = (int)x;
        if ((uint)i >= (uint)(table.Length - 1))
            w = table[^1];
        else
            PartWeights.Lerp(table[i], table[i + 1], x - i, ref w);
    }

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
