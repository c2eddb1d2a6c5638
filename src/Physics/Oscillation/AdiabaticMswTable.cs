using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Physics.Oscillation;

/// <summary>
/// Adiabatic MSW conversion (Mikheyev-Smirnov 1985; PDG review "Neutrino masses, mixing and oscillations",
/// section 14.6): a neutrino created as flavour alpha at a point where A = 2 E V leaves the matter as an
/// incoherent mixture of vacuum mass states with probabilities P_k = |U^M_alpha k(A)|^2 (<see cref="MatterMixing"/>).
/// Approximations: the density varies slowly (adiabatic, no level jumping; excellent for solar neutrinos
/// at Dm21^2), mass states arrive incoherently (the Sun-Earth distance averages all phases), no Earth
/// matter effect. The probabilities depend on E and V only through A, so they are tabulated once on a
/// logarithmic grid of A and interpolated linearly in ln A: O(1) per call. Below the grid the vacuum
/// limit applies (the correction is of order A/Dm21^2 &lt; 1e-5 there). Immutable, thread safe.
/// </summary>
public sealed class AdiabaticMswTable
{
    private const double EV2 = Units.Units.EV * Units.Units.EV;
    private readonly double _lnAMin, _step;
    private readonly double[] _p;

    /// <summary>
    /// Tabulates P_k(A) for flavour <paramref name="produced"/> with <paramref name="points"/> grid points
    /// from A = 1e-10 eV^2 to <paramref name="aMaxEV2"/> (default 1 eV^2, far above solar values ~3e-4 eV^2).
    /// </summary>
    public AdiabaticMswTable(PmnsMatrix mixing, Flavor produced, int points = 1601, double aMaxEV2 = 1.0)
    {
        Mixing = mixing;
        Produced = produced;
        _lnAMin = Math.Log(1e-10 * EV2);
        _step = (Math.Log(aMaxEV2 * EV2) - _lnAMin) / (points - 1);
        _p = new double[3 * (points + 1)];
        Span<double> tmp = stackalloc double[3];
        var alpha = produced.Generation();
        var anti = produced.IsAntineutrino();
        for (var i = 0; i < points; i++)
        {
            MatterMixing.FlavorContent(mixing, alpha, anti, Math.Exp(_lnAMin + i * _step), tmp);
            tmp.CopyTo(_p.AsSpan(3 * (i + 1)));
        }
        // Slot 0 holds the vacuum values |U_alpha k|^2, used below the grid.
        for (var k = 0; k < 3; k++)
        {
            _p[k] = mixing.Probability(alpha, k);
        }
        Points = points;
    }

    /// <summary>The mixing matrix used.</summary>
    public PmnsMatrix Mixing { get; }

    /// <summary>Flavour (and particle type) at production.</summary>
    public Flavor Produced { get; }

    /// <summary>Number of grid points in A.</summary>
    public int Points { get; }

    /// <summary>
    /// Mass-state probabilities at the exit for A = 2 E V in MeV^2 (A &gt;= 0; the antineutrino sign is
    /// applied internally), written to <paramref name="p"/> (length 3).
    /// </summary>
    public void Probabilities(double aMeV2, Span<double> p)
    {
        var x = aMeV2 > 0 ? (Math.Log(aMeV2) - _lnAMin) / _step : -1.0;
        if (x < 0)
        {
            _p.AsSpan(0, 3).CopyTo(p);
            return;
        }
        var i = Math.Min((int)x, Points - 2);
        var f = Math.Min(x - i, 1.0);
        var o = 3 * (i + 1);
        for (var k = 0; k < 3; k++)
        {
            p[k] = _p[o + k] + f * (_p[o + 3 + k] - _p[o + k]);
        }
    }

    /// <summary>The state at the detector (incoherent mass states) for A = 2 E V in MeV^2.</summary>
    public NeutrinoState State(double aMeV2)
    {
        Span<double> p = stackalloc double[3];
        Probabilities(aMeV2, p);
        return NeutrinoState.Incoherent(p[0], p[1], p[2], Produced.IsAntineutrino(), Mixing);
    }
}
