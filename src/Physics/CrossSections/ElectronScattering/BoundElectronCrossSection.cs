using NuMMGen.Physics.Targets.Atomic;

namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>
/// nu-e scattering on the electrons of one atom in the stepping approximation (docs physics.md 2.4):
/// dsigma/dT = [sum_i n_i Theta(T - B_i)] dsigma_free/dT, per atom. The kinematic limit is the free-electron
/// T_max = 2E^2/(m_e + 2E) (binding and the electron's bound momentum are neglected there). Totals are
/// piecewise: between consecutive binding energies the number of active electrons is constant and the
/// free-electron integral is used. Envelope: the active-electron count is a non-decreasing step function of T, so on
/// [a, b] it is at most its value at b, and (count at b) times the free-electron bound bounds every part. As an
/// <see cref="ISteppedRecoilCrossSection"/> it exposes the count and the free-electron factor, so a sampler whose recoil
/// cells lie between binding energies multiplies by the cell's count instead of counting shells for every draw.
/// </summary>
internal sealed class BoundElectronCrossSection : IEnvelopedCrossSection, ISteppedRecoilCrossSection
{
    private readonly ShellTable _shells;
    private readonly FreeElectronCrossSection _free;
    private readonly double[] _binding;
    private readonly int[] _occupancy;

    public BoundElectronCrossSection(ShellTable shells, FreeElectronCrossSection free)
    {
        _shells = shells;
        _free = free;
        _binding = shells.Shells.Select(s => s.BindingEnergy).ToArray();
        _occupancy = shells.Shells.Select(s => s.Occupancy).ToArray();
        RecoilBreaks = _binding.Distinct().Order().ToArray();
    }

    /// <summary>The binding energies, where the active-electron count steps up.</summary>
    public IReadOnlyList<double> RecoilBreaks { get; }

    public string TargetName => _shells.Element;

    /// <summary>The free-electron cross section that the active-electron count multiplies.</summary>
    public IRecoilCrossSection Continuous => _free;

    public RecoilKind RecoilKind => RecoilKind.Electron;

    public double MaxRecoil(double enu) => _free.MaxRecoil(enu);

    public XsecComponents Differential(Flavor flavor, double enu, double t, in Couplings couplings)
    {
        var free = _free.Differential(flavor, enu, t, couplings);
        var active = Multiplicity(t);
        return active == 0 ? XsecComponents.Zero : active * free;
    }

    public XsecComponents DifferentialPair(Flavor flavor, Flavor otherFlavor, double enu, double t, in Couplings couplings, out double smOther)
    {
        var free = _free.DifferentialPair(flavor, otherFlavor, enu, t, couplings, out var freeOther);
        var active = Multiplicity(t);
        smOther = active == 0 ? 0.0 : active * freeOther;
        return active == 0 ? XsecComponents.Zero : active * free;
    }

    /// <summary>The active electrons at <paramref name="t"/>: sum_i n_i Theta(T - B_i), as <see cref="ShellTable.ActiveElectrons"/>.</summary>
    public int Multiplicity(double t)
    {
        // Without branches (the sampler's T falls on either side of a shell edge at random): the comparison as 0 or 1.
        var count = 0;
        var binding = _binding;
        var occupancy = _occupancy;
        for (var i = 0; i < binding.Length && i < occupancy.Length; i++)
            count += occupancy[i] & -Convert.ToInt32(t > binding[i]);
        return count;
    }

    public XsecComponents Total(Flavor flavor, double enu, in Couplings couplings, double tMin = 0, double tMax = double.PositiveInfinity)
    {
        Guard.NeutrinoEnergy(enu);
        Guard.NotNaN(tMin, nameof(tMin));
        Guard.NotNaN(tMax, nameof(tMax));
        var a = Math.Max(tMin, 0.0);
        var b = Math.Min(tMax, _free.MaxRecoil(enu));
        if (!(b > a))
        {
            return XsecComponents.Zero;
        }
        var edges = new List<double> { a };
        edges.AddRange(_shells.Shells.Select(s => s.BindingEnergy).Where(e => e > a && e < b).Distinct().OrderBy(e => e));
        edges.Add(b);

        var total = XsecComponents.Zero;
        for (var k = 0; k + 1 < edges.Count; k++)
        {
            var active = Multiplicity(0.5 * (edges[k] + edges[k + 1]));
            if (active > 0)
            {
                total += active * _free.Total(flavor, enu, couplings, edges[k], edges[k + 1]);
            }
        }
        return total;
    }

    public XsecEnvelope Envelope(Flavor flavor, double enu, in Couplings couplings, double tMin, double tMax)
    {
        var b = Math.Min(tMax, _free.MaxRecoil(enu));
        var active = Multiplicity(b);
        return active == 0 ? XsecEnvelope.Zero : active * _free.Envelope(flavor, enu, couplings, tMin, b);
    }
}
