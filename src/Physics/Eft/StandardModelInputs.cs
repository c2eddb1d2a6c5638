using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Eft;

/// <summary>
/// Standard Model inputs of the LNEFT running and matching (seed 2, Chen, Zheng, Zhang, sections 2-3), in the
/// base unit MeV. Defaults are the values seed 2 uses: PDG 2020 (its ref. [63]; P. A. Zyla et al., PTEP 2020,
/// 083C01) for alpha_s(m_Z), the boson masses and the MS-bar quark masses; F_pi = 92.3 MeV (seed 2 sec. 2.2);
/// alpha = 1/137.035999 (docs physics.md 1). PDG 2024 differs slightly (m_d = 4.70, m_s = 93.5 MeV,
/// m_W = 80.369 GeV); override with a <c>with</c> expression to use it. Immutable.
/// </summary>
public sealed record StandardModelInputs
{
    /// <summary>alpha_s(m_Z) in the 5-flavour MS-bar scheme, 0.1180 (PDG 2020 and 2024).</summary>
    public double AlphaSAtMz { get; init; } = 0.1180;

    /// <summary>Z mass, 91.1876 GeV (PDG 2020), in MeV.</summary>
    public double MassZ { get; init; } = 91.1876 * Units.Units.GeV;

    /// <summary>W mass, 80.379 GeV (PDG 2020), in MeV: the high scale Lambda_EW = m_W of seed 2 section 3.</summary>
    public double MassW { get; init; } = 80.379 * Units.Units.GeV;

    /// <summary>Top-quark mass, 172.76 GeV (PDG 2020, direct measurements), in MeV: the 6-flavour threshold.</summary>
    public double MassTop { get; init; } = 172.76 * Units.Units.GeV;

    /// <summary>Bottom-quark MS-bar mass m_b(m_b) = 4.18 GeV (PDG 2020), in MeV: the 5-to-4-flavour threshold.</summary>
    public double MassBottom { get; init; } = 4.18 * Units.Units.GeV;

    /// <summary>Charm-quark MS-bar mass m_c(m_c) = 1.27 GeV (PDG 2020), in MeV: the 4-to-3-flavour threshold.</summary>
    public double MassCharm { get; init; } = 1.27 * Units.Units.GeV;

    /// <summary>Up-quark MS-bar mass at 2 GeV, 2.16 MeV (PDG 2020).</summary>
    public double MassUp { get; init; } = 2.16 * Units.Units.MeV;

    /// <summary>Down-quark MS-bar mass at 2 GeV, 4.67 MeV (PDG 2020).</summary>
    public double MassDown { get; init; } = 4.67 * Units.Units.MeV;

    /// <summary>Strange-quark MS-bar mass at 2 GeV, 93 MeV (PDG 2020).</summary>
    public double MassStrange { get; init; } = 93.0 * Units.Units.MeV;

    /// <summary>Tau mass, 1776.86 MeV (PDG 2020).</summary>
    public double MassTau { get; init; } = 1776.86 * Units.Units.MeV;

    /// <summary>Pion decay constant F_pi = 92.3 MeV (seed 2 sec. 2.2); Lambda_chi = 4 pi F_pi.</summary>
    public double PionDecayConstant { get; init; } = 92.3 * Units.Units.MeV;

    /// <summary>Fine-structure constant used in the QED running and the matching, 1/137.035999.</summary>
    public double Alpha { get; init; } = PhysicalConstants.FineStructure;

    /// <summary>The reference scale of the nonperturbative matching, mu = 2 GeV (seed 2 sec. 2.2), in MeV.</summary>
    public double ReferenceScale { get; init; } = 2.0 * Units.Units.GeV;

    /// <summary>The defaults above (seed 2's inputs).</summary>
    public static StandardModelInputs Default { get; } = new();

    /// <summary>Elementary charge e = sqrt(4 pi alpha).</summary>
    public double ElementaryCharge => Math.Sqrt(4.0 * Math.PI * Alpha);

    /// <summary>Chiral-symmetry-breaking scale Lambda_chi = 4 pi F_pi (seed 2 eq. 2.20), in MeV.</summary>
    public double ChiralScale => 4.0 * Math.PI * PionDecayConstant;

    /// <summary>Mass of a charged fermion (quarks: MS-bar at 2 GeV), in MeV.</summary>
    public double Mass(ChargedFermion fermion) => fermion switch
    {
        ChargedFermion.Electron => PhysicalConstants.ElectronMass,
        ChargedFermion.Muon => PhysicalConstants.MuonMass,
        ChargedFermion.Tau => MassTau,
        ChargedFermion.Up => MassUp,
        ChargedFermion.Down => MassDown,
        ChargedFermion.Strange => MassStrange,
        _ => throw new ArgumentOutOfRangeException(nameof(fermion)),
    };

    /// <summary>Checks that every input is finite and positive; returns this record.</summary>
    /// <exception cref="InputException">An input is not finite and positive.</exception>
    public StandardModelInputs Validate()
    {
        double[] all = [AlphaSAtMz, MassZ, MassW, MassTop, MassBottom, MassCharm, MassUp, MassDown, MassStrange, MassTau, PionDecayConstant, Alpha, ReferenceScale];
        if (all.Any(v => !(double.IsFinite(v) && v > 0)))
        {
            throw new InputException("Standard Model inputs: every mass, coupling and scale must be finite and positive.");
        }
        if (!(MassCharm < ReferenceScale && ReferenceScale < MassBottom && MassBottom < MassW && MassW < MassTop))
        {
            throw new InputException("Standard Model inputs: need m_c < reference scale < m_b < m_W < m_t.");
        }
        return this;
    }
}
