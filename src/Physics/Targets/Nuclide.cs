using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Targets;

/// <summary>
/// One stable nuclide: its composition, its atomic mass (AME2020, Wang et al., Chin. Phys. C 45, 030003 (2021))
/// and its natural abundance (NIST / IUPAC representative isotopic composition). Data from the embedded table
/// <c>nuclides/nuclides.csv</c>; see its README for sources.
/// </summary>
/// <param name="Symbol">Element symbol followed by the mass number, e.g. <c>Ge72</c>.</param>
/// <param name="Element">Element symbol, e.g. <c>Ge</c>.</param>
/// <param name="Z">Proton number.</param>
/// <param name="N">Neutron number.</param>
/// <param name="AtomicMassU">Mass of the neutral atom in unified atomic mass units (u).</param>
/// <param name="Abundance">Natural isotopic abundance as an atom fraction in [0, 1].</param>
public sealed record Nuclide(string Symbol, string Element, int Z, int N, double AtomicMassU, double Abundance)
{
    /// <summary>Mass number A = Z + N.</summary>
    public int A => Z + N;

    /// <summary>
    /// Mass of the bare nucleus in MeV for recoil kinematics: M = m_atom - Z m_e. The electrons' binding energy
    /// (at most ~0.2 MeV for Xe, below 2e-6 of M) is neglected.
    /// </summary>
    public double NuclearMass => AtomicMassU * PhysicalConstants.AtomicMassUnit - Z * PhysicalConstants.ElectronMass;

    /// <summary>Mass of the neutral atom in kg (1 u = 1e-3 kg/mol / N_A; the 2019 SI correction of 3.5e-10 is neglected).</summary>
    public double AtomMassKg => AtomicMassU * 1e-3 * Units.Units.Kg / PhysicalConstants.Avogadro;
}
