using NuMMGen.Fluxes.States;
using NuMMGen.Physics.Oscillation;

namespace NuMMGen.Fluxes.Solar;

/// <summary>
/// The state of solar neutrinos at the Earth for one production reaction: adiabatic three-flavour MSW
/// (<see cref="AdiabaticMswTable"/>) averaged over the reaction's radial production distribution in the
/// B16 model, P_k(E) = sum_r w(r) |U^M_ek(2 E V(r))|^2 with V(r) = sqrt(2) G_F n_e(r), mass states
/// arriving incoherently. Approximations (docs physics.md 4.1): adiabatic propagation, no Earth matter
/// (day-time spectrum), the Sun's density profile of the B16 tables. Tabulated at construction on a
/// uniform energy grid 0-20 MeV (20 keV steps) and interpolated linearly: O(1).
/// </summary>
public sealed class SolarStateModel : INeutrinoStateModel
{
    private const int Points = 1001;
    private const double MaxEnergy = 20.0;
    private readonly double[] _p = new double[3 * Points];

    /// <summary>
    /// Averages <paramref name="msw"/> over radial bins with production weights <paramref name="weights"/>
    /// (any normalisation) and matter potentials <paramref name="potentials"/> (MeV).
    /// </summary>
    public SolarStateModel(AdiabaticMswTable msw, IReadOnlyList<double> weights, IReadOnlyList<double> potentials)
    {
        Mixing = msw.Mixing;
        var total = weights.Sum();
        var max = weights.Max();
        var used = Enumerable.Range(0, weights.Count).Where(r => weights[r] > 1e-9 * max).ToArray();
        Span<double> p = stackalloc double[3];
        for (var i = 0; i < Points; i++)
        {
            var e = MaxEnergy * i / (Points - 1);
            double p0 = 0, p1 = 0, p2 = 0;
            foreach (var r in used)
            {
                msw.Probabilities(2 * e * potentials[r], p);
                p0 += weights[r] * p[0];
                p1 += weights[r] * p[1];
                p2 += weights[r] * p[2];
            }
            (_p[3 * i], _p[3 * i + 1], _p[3 * i + 2]) = (p0 / total, p1 / total, p2 / total);
        }
    }

    /// <inheritdoc />
    public PmnsMatrix Mixing { get; }

    /// <inheritdoc />
    public NeutrinoState At(double enu)
    {
        var x = Math.Clamp(enu, 0.0, MaxEnergy) * ((Points - 1) / MaxEnergy);
        var i = Math.Min((int)x, Points - 2);
        var f = x - i;
        var o = 3 * i;
        return NeutrinoState.Incoherent(
            _p[o] + f * (_p[o + 3] - _p[o]),
            _p[o + 1] + f * (_p[o + 4] - _p[o + 1]),
            _p[o + 2] + f * (_p[o + 5] - _p[o + 2]),
            false, Mixing);
    }
}
