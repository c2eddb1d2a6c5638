namespace NuMMGen.Physics.Eft;

/// <summary>
/// The neutrino bilinear of an LNEFT dipole or tensor operator (seed 2, Chen, Zheng, Zhang, Tables 1-2).
/// </summary>
public enum NeutrinoBilinear
{
    /// <summary>(nubar_L sigma N_R): lepton-number conserving (Dirac moments), operators O_{nu N gamma}, O^{T,RR}_{nu N q}.</summary>
    NuN,
    /// <summary>(nubar_L^c sigma nu_L): lepton-number violating (Majorana transition moments, p != r), O_{nu gamma}, O^{T,LL}_{nu q}.</summary>
    Nu,
    /// <summary>(Nbar_R^c sigma N_R): lepton-number violating among right-handed neutrinos, O_{N gamma}, O^{T,RR}_{N q}.</summary>
    N,
}

/// <summary>Whether an operator is a dipole (dimension 5, GeV^-1) or a four-fermion tensor (dimension 6, GeV^-2).</summary>
public enum OperatorKind
{
    /// <summary>(nubar sigma^{mu nu} N) F_{mu nu}: dimension 5.</summary>
    Dipole,
    /// <summary>(nubar sigma^{mu nu} N)(psibar sigma_{mu nu} psi): dimension 6.</summary>
    Tensor,
}

/// <summary>
/// One LNEFT operator of seed 2 Tables 1-2 that enters the neutrino magnetic moment, named as in the paper:
/// e.g. <c>L_nuNgamma</c> for L_{nu N gamma}, <c>L_nuNd_T_RR_ss</c> for L^{T,RR}_{nu N d, prss}.
/// </summary>
/// <param name="Name">Coefficient name in the paper's notation (ASCII).</param>
/// <param name="Bilinear">The neutrino bilinear.</param>
/// <param name="Kind">Dipole or tensor.</param>
/// <param name="Fermion">The charged fermion of a tensor operator (null for a dipole).</param>
/// <param name="Operator">The operator written out.</param>
public sealed record LnEftOperator(string Name, NeutrinoBilinear Bilinear, OperatorKind Kind, ChargedFermion? Fermion, string Operator)
{
    /// <summary>Mass dimension: 5 for dipoles, 6 for tensors.</summary>
    public int Dimension => Kind == OperatorKind.Dipole ? 5 : 6;

    /// <summary>Unit of the Wilson coefficient as the paper reports it: GeV^-1 or GeV^-2 (GeV^{4-d}).</summary>
    public string Unit => Kind == OperatorKind.Dipole ? "GeV^-1" : "GeV^-2";

    /// <summary>True for the lepton-number-conserving (Table 1) operators.</summary>
    public bool ConservesLeptonNumber => Bilinear == NeutrinoBilinear.NuN;
}

/// <summary>The catalogue of seed 2's dipole and tensor operators (Tables 1-2), plus the electron tensors of the same form.</summary>
public static class LnEftOperators
{
    /// <summary>Every operator, LNC first.</summary>
    public static IReadOnlyList<LnEftOperator> All { get; } =
    [
        new("L_nuNgamma", NeutrinoBilinear.NuN, OperatorKind.Dipole, null, "(nubar_Lp sigma^{mu nu} N_Rr) F_{mu nu}"),
        new("L_nuNu_T_RR", NeutrinoBilinear.NuN, OperatorKind.Tensor, ChargedFermion.Up, "(nubar_Lp sigma^{mu nu} N_Rr)(ubar_L sigma_{mu nu} u_R)"),
        new("L_nuNd_T_RR_dd", NeutrinoBilinear.NuN, OperatorKind.Tensor, ChargedFermion.Down, "(nubar_Lp sigma^{mu nu} N_Rr)(dbar_L sigma_{mu nu} d_R)"),
        new("L_nuNd_T_RR_ss", NeutrinoBilinear.NuN, OperatorKind.Tensor, ChargedFermion.Strange, "(nubar_Lp sigma^{mu nu} N_Rr)(sbar_L sigma_{mu nu} s_R)"),
        new("L_nuNe_T_RR", NeutrinoBilinear.NuN, OperatorKind.Tensor, ChargedFermion.Electron, "(nubar_Lp sigma^{mu nu} N_Rr)(ebar_L sigma_{mu nu} e_R)"),
        new("L_nugamma", NeutrinoBilinear.Nu, OperatorKind.Dipole, null, "(nubar^c_Lp sigma^{mu nu} nu_Lr) F_{mu nu}"),
        new("L_nuu_T_LL", NeutrinoBilinear.Nu, OperatorKind.Tensor, ChargedFermion.Up, "(nubar^c_Lp sigma^{mu nu} nu_Lr)(ubar_R sigma_{mu nu} u_L)"),
        new("L_nud_T_LL_dd", NeutrinoBilinear.Nu, OperatorKind.Tensor, ChargedFermion.Down, "(nubar^c_Lp sigma^{mu nu} nu_Lr)(dbar_R sigma_{mu nu} d_L)"),
        new("L_nud_T_LL_ss", NeutrinoBilinear.Nu, OperatorKind.Tensor, ChargedFermion.Strange, "(nubar^c_Lp sigma^{mu nu} nu_Lr)(sbar_R sigma_{mu nu} s_L)"),
        new("L_nue_T_LL", NeutrinoBilinear.Nu, OperatorKind.Tensor, ChargedFermion.Electron, "(nubar^c_Lp sigma^{mu nu} nu_Lr)(ebar_R sigma_{mu nu} e_L)"),
        new("L_Ngamma", NeutrinoBilinear.N, OperatorKind.Dipole, null, "(Nbar^c_Rp sigma^{mu nu} N_Rr) F_{mu nu}"),
        new("L_Nu_T_RR", NeutrinoBilinear.N, OperatorKind.Tensor, ChargedFermion.Up, "(Nbar^c_Rp sigma^{mu nu} N_Rr)(ubar_L sigma_{mu nu} u_R)"),
        new("L_Nd_T_RR_dd", NeutrinoBilinear.N, OperatorKind.Tensor, ChargedFermion.Down, "(Nbar^c_Rp sigma^{mu nu} N_Rr)(dbar_L sigma_{mu nu} d_R)"),
        new("L_Nd_T_RR_ss", NeutrinoBilinear.N, OperatorKind.Tensor, ChargedFermion.Strange, "(Nbar^c_Rp sigma^{mu nu} N_Rr)(sbar_L sigma_{mu nu} s_R)"),
    ];

    /// <summary>The operator of a given bilinear and kind (and fermion, for tensors).</summary>
    public static LnEftOperator Find(NeutrinoBilinear bilinear, OperatorKind kind, ChargedFermion? fermion = null) =>
        All.Single(o => o.Bilinear == bilinear && o.Kind == kind && o.Fermion == (kind == OperatorKind.Dipole ? null : fermion));
}
