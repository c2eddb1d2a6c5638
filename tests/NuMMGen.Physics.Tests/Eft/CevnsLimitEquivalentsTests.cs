using NuMMGen.Physics.Eft;
using NuMMGen.Physics.Targets;

namespace NuMMGen.Physics.Tests.Eft;

/// <summary>
/// <see cref="CevnsLimitEquivalents"/>: a fit's limits on mu and on a quark tensor coupling turned into the two numbers of
/// seed 2 eq. (3.16), checked against independent formulas and against seed 2's own COHERENT inputs and Table 5.
/// </summary>
public class CevnsLimitEquivalentsTests
{
    // Independent inputs in GeV (PDG): alpha, m_e, G_F; v = 246 GeV as below seed 2 eq. (3.16).
    private const double Alpha = 1.0 / 137.035999, ElectronMassGeV = 0.51099895e-3, GF = 1.1663788e-5, V = 246.0;

    [Fact]
    public void Dipole_quantity_equals_pi_alpha_mu_squared_over_2_me2_v2_GF2()
    {
        // mu = x mu_B = x e/(2 m_e), e^2 = 4 pi alpha, A_M^2 = (mu/G_F)^2 Z^2 F^2 (eqs. 3.10, 3.13): D = pi alpha x^2 / (2 m_e^2 v^2 G_F^2).
        const double x = 3e-9;
        double expected = Math.PI * Alpha * x * x / (2 * ElectronMassGeV * ElectronMassGeV * V * V * GF * GF);
        Assert.Equal(expected, CevnsLimitEquivalents.Dipole(x), expected * 1e-9);
    }

    [Fact]
    public void Seed2_dipole_input_7_2e_8_is_the_moment_of_its_Table5_dipole_bound()
    {
        // Table 5: |L_nuNgamma| < 5.4e-7 GeV^-1 at 2 GeV, i.e. mu = 2 |L| (eq. 3.10) = 1.08e-6 GeV^-1 = 3.64e-9 mu_B.
        double muB = Math.Sqrt(4 * Math.PI * Alpha) / (2 * ElectronMassGeV);
        double d = CevnsLimitEquivalents.Dipole(2 * 5.4e-7 / muB);
        Assert.InRange(d, 7.2e-8 * 0.97, 7.2e-8 * 1.03);   // 5.4 is printed to 2 digits: +-1 % in L, +-2 % in D
    }

    [Theory]
    [InlineData(ChargedFermion.Up, 3.3e-6)]
    [InlineData(ChargedFermion.Down, 1.8e-6)]
    [InlineData(ChargedFermion.Strange, 1.5e-5)]
    public void Seed2_Table5_direct_bounds_map_back_to_its_tensor_input_0_591(ChargedFermion quark, double table5)
    {
        // With seed 2's convention (Cs 55/77.9, I 53/73.9, two right-handed flavours) the printed bounds give T = 0.591
        // to their two printed digits.
        TargetNucleus[] csi = [new(55, 77.9), new(53, 73.9)];
        double t = CevnsLimitEquivalents.Tensor(quark, table5, csi, rightHandedFlavours: 2);
        Assert.InRange(t, 0.591 * 0.96, 0.591 * 1.04);
    }

    [Fact]
    public void Round_trip_through_the_tables_gives_the_fitted_coupling_over_sqrt2_and_the_fitted_moment()
    {
        // A fitted one-flavour |L_u| < 4e-6 and mu < 5e-9 mu_B, fed into Tables 5-6 as eq. (3.16) inputs: the direct u bound
        // comes back as 4e-6 / sqrt(2) (seed 2's two flavours) and the dipole bound as mu/2 (eq. 3.10) in GeV^-1.
        TargetNucleus[] csi = [new(55, 78), new(53, 74)];
        var limits = new CevnsLimits(CevnsLimitEquivalents.Dipole(5e-9), CevnsLimitEquivalents.Tensor(ChargedFermion.Up, 4e-6, csi));
        var tables = new CevnsBoundTables(new RunningAndMatching(), limits, csi);
        Assert.Equal(4e-6 / Math.Sqrt(2), tables.DirectTensorBound(NeutrinoBilinear.NuN, ChargedFermion.Up, BoundScale.Reference), 1e-15);
        double muB = Math.Sqrt(4 * Math.PI * Alpha) / (2 * ElectronMassGeV);
        Assert.Equal(5e-9 * muB / 2, tables.DipoleBound(NeutrinoBilinear.NuN, BoundScale.Reference), 1e-9 * 5e-9 * muB);
    }

    [Fact]
    public void Dipole_only_limits_give_only_the_two_dipole_bounds()
    {
        var bounds = new CevnsBoundTables(new RunningAndMatching(), CevnsLimits.DipoleOnly(7.2e-8)).Bounds(BoundScale.Reference);
        Assert.Equal(["L_nuNgamma", "L_nugamma"], bounds.Select(b => b.Operator.Name).ToArray());
        Assert.Throws<InputException>(() => new CevnsLimits(7.2e-8, -1).Validate());
    }

    [Fact]
    public void CsI_nuclei_are_caesium_133_and_iodine_127()
    {
        var nuclei = CevnsLimitEquivalents.Nuclei(MaterialCatalog.Get("CsI"));
        Assert.Equal([new TargetNucleus(55, 78), new TargetNucleus(53, 74)], nuclei.ToArray());
    }
}
