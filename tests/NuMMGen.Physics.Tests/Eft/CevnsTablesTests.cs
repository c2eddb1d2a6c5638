using NuMMGen.Physics.Eft;

namespace NuMMGen.Physics.Tests.Eft;

/// <summary>
/// Seed 2 (Chen, Zheng, Zhang) Tables 5 and 6 (and the COHERENT rows of Tables 7-8): CEvNS bounds from eq. (3.16)
/// (7.2e-8 and 0.591) through eqs. (3.13)-(3.15) with the convention of docs physics.md 2.6 (N^2 and the numerator
/// summed over Cs and I, two right-handed flavours in the tensor sum, one flavour for the dipole).
/// </summary>
public class CevnsTablesTests
{
    private static readonly CevnsBoundTables Tables = new(new RunningAndMatching(), CevnsLimits.Coherent2017);

    private static CoefficientBound Get(BoundScale scale, string name) => Tables.Bounds(scale).Single(b => b.Operator.Name == name);

    [Theory]
    // Table 5 (LNC) and 6 (LNV), direct bounds at 2 GeV; also the COHERENT rows of Tables 7 and 8.
    [InlineData("L_nuNgamma", 5.4e-7, 0.1e-7)]
    [InlineData("L_nuNu_T_RR", 3.3e-6, 0.1e-6)]
    [InlineData("L_nuNd_T_RR_dd", 1.8e-6, 0.1e-6)]
    [InlineData("L_nuNd_T_RR_ss", 1.5e-5, 0.1e-5)]
    [InlineData("L_nugamma", 2.7e-7, 0.1e-7)]
    [InlineData("L_nuu_T_LL", 1.7e-6, 0.1e-6)]
    [InlineData("L_nud_T_LL_dd", 0.9e-6, 0.1e-6)]
    [InlineData("L_nud_T_LL_ss", 7.7e-6, 0.1e-6)]
    public void Tables5And6At2GeV(string name, double printed, double unit) =>
        PrintedPrecision.Assert(Get(BoundScale.Reference, name).Bound, printed, unit, $"{name} at 2 GeV");

    [Theory]
    // Tables 5 and 6 at m_W (the LNV u tensor is in the next test).
    [InlineData("L_nuNgamma", 5.5e-7, 0.1e-7)]
    [InlineData("L_nuNu_T_RR", 3.9e-6, 0.1e-6)]
    [InlineData("L_nuNd_T_RR_dd", 2.1e-6, 0.1e-6)]
    [InlineData("L_nuNd_T_RR_ss", 1.8e-5, 0.1e-5)]
    [InlineData("L_nugamma", 2.8e-7, 0.1e-7)]
    [InlineData("L_nud_T_LL_dd", 1.1e-6, 0.1e-6)]
    [InlineData("L_nud_T_LL_ss", 9.0e-6, 0.1e-6)]
    public void Tables5And6AtMw(string name, double printed, double unit) =>
        PrintedPrecision.Assert(Get(BoundScale.HighScale, name).Bound, printed, unit, $"{name} at m_W");

    /// <summary>
    /// Table 6 prints 2.0e-6 for |L_nuu^{T,LL}| at m_W, but by eq. (3.14) it is exactly half of Table 5's 3.9e-6
    /// (1.94e-6 here); 2.0 would need the tensor to run by eta &lt;= 0.850, which Table 3's 1.6e-6 excludes (eta &gt; 0.853).
    /// </summary>
    [Fact]
    public void Table6UpAtMwContradictsTable5()
    {
        var lnv = Get(BoundScale.HighScale, "L_nuu_T_LL").Bound;
        PrintedPrecision.AssertWithinOneUnit(lnv, 2.0e-6, 0.1e-6, "Table 6 u at m_W");
        Assert.Equal(Get(BoundScale.HighScale, "L_nuNu_T_RR").Bound / 2, lnv, 1e-20);
    }

    [Theory]
    // Table 5 indirect terms: 0.018 c_T, 0.005 c_T at 2 GeV; (0.021 c_T - 0.0017), (0.006 c_T - 0.001) at m_W.
    [InlineData(ChargedFermion.Up, false, 0.018, 0.001, 0, 1)]
    [InlineData(ChargedFermion.Down, false, 0.005, 0.001, 0, 1)]
    [InlineData(ChargedFermion.Up, true, 0.021, 0.001, 0.0017, 0.0001)]
    [InlineData(ChargedFermion.Down, true, 0.006, 0.001, 0.001, 0.001)]
    public void IndirectTermsOfTables5And6(ChargedFermion quark, bool atMw, double perCt, double perCtUnit, double constant, double constantUnit)
    {
        var scale = atMw ? BoundScale.HighScale : BoundScale.Reference;
        foreach (var bilinear in new[] { NeutrinoBilinear.NuN, NeutrinoBilinear.Nu })
        {
            var b = Tables.Bounds(scale).Single(x => x.Operator.Bilinear == bilinear && x.Operator.Fermion == quark);
            PrintedPrecision.Assert(b.IndirectPerCt!.Value, perCt, perCtUnit, $"{quark} indirect c_T coefficient");
            PrintedPrecision.Assert(b.IndirectConstant!.Value, constant, constantUnit, $"{quark} indirect constant");
        }
    }

    /// <summary>
    /// The strange-quark indirect terms print 0.041 c_T (2 GeV) and (0.048 c_T - 0.17) (m_W). The paper normalised with
    /// its rounded direct bound 1.5e-5: the unrounded 1.548e-5 gives 0.042 and (0.049 c_T - 0.175). Checked both ways.
    /// </summary>
    [Fact]
    public void StrangeIndirectTermsUseThePrintedDirectBound()
    {
        var at2 = Get(BoundScale.Reference, "L_nuNd_T_RR_ss");
        var atW = Get(BoundScale.HighScale, "L_nuNd_T_RR_ss");
        // Unrounded: within the 3.2 % by which 1.5e-5 rounds 1.548e-5.
        Assert.InRange(at2.IndirectPerCt!.Value / 0.041, 1.0, 1.035);
        Assert.InRange(atW.IndirectPerCt!.Value / 0.048, 1.0, 1.035);
        Assert.InRange(atW.IndirectConstant!.Value / 0.17, 1.0, 1.035);
        // With the printed 1.5e-5 in place of the unrounded bound, the printed 0.041 and 0.048 follow.
        var rescale = 1.5e-5 / at2.Bound;
        PrintedPrecision.Assert(at2.IndirectPerCt.Value * rescale, 0.041, 0.001, "s indirect at 2 GeV from 1.5e-5");
        var eta = new RunningAndMatching().TensorEvolution(ChargedFermion.Strange);
        PrintedPrecision.Assert(at2.IndirectPerCt.Value * rescale / eta, 0.048, 0.001, "s indirect at m_W from 1.5e-5");
    }

    /// <summary>The brief's check: 1/2 A_M^2/(v^2 Z^2 F^2) &lt; 7.2e-8 with A_M^2 = |2 L/G_F|^2 Z^2 F^2 gives 5.4e-7 GeV^-1.</summary>
    [Fact]
    public void DipoleBoundByHand()
    {
        const double gf = 1.1663788e-5, v = 246;
        Assert.Equal(Math.Sqrt(7.2e-8 / 2) * v * gf, Get(BoundScale.Reference, "L_nuNgamma").Bound, 1e-15);
    }
}
