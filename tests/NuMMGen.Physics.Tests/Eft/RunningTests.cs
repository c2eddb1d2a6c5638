using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Eft;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Tests.Eft;

/// <summary>Running and matching of seed 2 (Chen, Zheng, Zhang): eqs. (2.4)-(2.6), (3.1)-(3.3), App. A, eq. (2.20).</summary>
public class RunningTests
{
    private static readonly RunningAndMatching Running = new();

    /// <summary>Seed 2 eq. (3.3): L(0.5 MeV) = 0.994 L(2 GeV) (one-loop QED, electron active, alpha(0.5 MeV) = 1/137.036).</summary>
    [Fact]
    public void QedFactorOfEquation3_3()
    {
        var tables = new BoundTables(Running);
        PrintedPrecision.Assert(tables.ExperimentToReference, 0.994, 0.001, "eq. 3.3");
        // With every charged fermion switched on at its mass the factor would be 0.98: the paper's number is electron-only.
        var alpha2 = QedRunning.AlphaWithThresholds(Running.Inputs, PhysicalConstants.FineStructure, 0.5, 2000);
        Assert.InRange(QedRunning.DipoleFactor(PhysicalConstants.FineStructure, alpha2), 0.975, 0.985);
    }

    /// <summary>Eq. (3.2) is exact: L/e does not run, so the factor is sqrt(alpha_low/alpha_high) whatever b_{0,e}.</summary>
    [Fact]
    public void DipoleRunsLikeTheCharge()
    {
        var a = QedRunning.Alpha(1 / 137.036, 1, 1000, QedRunning.B0(3, 2, 3));
        Assert.Equal(Math.Sqrt(1 / 137.036 / a), QedRunning.DipoleFactor(1 / 137.036, a), 14);
        Assert.Equal(-80.0 / 9.0, QedRunning.B0(3, 2, 3), 12);
        // Eq. (2.4) for the dipole, m_W -> 2 GeV: close to the exact sqrt at this order.
        var exact = QedRunning.DipoleFactor(PhysicalConstants.FineStructure,
            QedRunning.Alpha(PhysicalConstants.FineStructure, 2000, Running.Inputs.MassW, QedRunning.B0(3, 2, 3)));
        Assert.Equal(exact, Running.DipoleEvolution(), 3);
    }

    /// <summary>alpha_s at 4 loops from 0.1180: alpha_s(m_Z) returns the input; alpha_s(2 GeV) ~ 0.30 (PDG QCD review).</summary>
    [Fact]
    public void StrongCouplingWithThresholds()
    {
        var s = Running.AlphaS;
        Assert.Equal(0.1180, s.Alpha(Running.Inputs.MassZ), 12);
        Assert.InRange(s.Alpha(2000), 0.295, 0.305);
        Assert.InRange(s.Alpha(Running.Inputs.MassBottom), 0.222, 0.227);
        Assert.Equal(5, s.ActiveFlavours(10_000));
        Assert.Equal(4, s.ActiveFlavours(2000));
        Assert.Throws<InputException>(() => s.Alpha(500));
        // One loop runs slower below m_Z.
        Assert.True(new StrongCoupling(Running.Inputs, 1).Alpha(2000) < s.Alpha(2000));
    }

    /// <summary>Eq. (2.6): f_JI = 1 for a_J = a_I and for lambda -> 1; the tensor runs down by eta ~ 0.855 (eq. 2.5).</summary>
    [Fact]
    public void SuppressionFunctionAndTensorRunning()
    {
        Assert.Equal(1.0, RunningAndMatching.SuppressionFunction(0.2, 0.2, 0.4), 14);
        Assert.Equal(1.0, RunningAndMatching.SuppressionFunction(0.2, 0.0, 1 - 1e-9), 6);
        Assert.Equal(4.0 / 23.0, RunningAndMatching.TensorExponent(5), 14);
        var eta = Running.TensorEvolution(ChargedFermion.Up);
        Assert.InRange(eta, 0.850, 0.860);
        Assert.True(Running.TensorEvolution(ChargedFermion.Down) > eta); // smaller QED anomalous dimension (2/9 vs 8/9)
        Assert.Equal(1.0 - PhysicalConstants.FineStructure / (4 * Math.PI) * 2 * Math.Log(Running.Inputs.MassW / 2000),
            Running.TensorEvolution(ChargedFermion.Electron), 12);
    }

    /// <summary>
    /// Leading log x_q = 3 m_q ln(m_W/2 GeV)/(pi F_pi) (Table 3); the resummed one-loop solution (running mass and tensor,
    /// eq. 2.6) is ~16 % smaller: the scheme uncertainty of the printed 0.08, 0.18, 3.55.
    /// </summary>
    [Fact]
    public void LeadingLogAndResummedShifts()
    {
        var ll = Running.PerturbativeShift(ChargedFermion.Strange);
        Assert.Equal(3 * 93.0 * Math.Log(80.379 / 2) / (Math.PI * 92.3), ll, 12);
        var resummed = new RunningAndMatching(scheme: MixingScheme.Resummed).PerturbativeShift(ChargedFermion.Strange);
        Assert.InRange(resummed / ll, 0.78, 0.90);
    }

    /// <summary>
    /// Eqs. (2.17)-(2.20): delta L = e c_T F_pi^2/Lambda_chi [(2/3) L_dd + (2/3) L_ss - (4/3) L_uu]; the dipole at 2 GeV from
    /// a tensor at m_W is eta (c_T - x) times the nonperturbative coefficient.
    /// </summary>
    [Fact]
    public void MatchingAndDipoleAtReference()
    {
        var inputs = Running.Inputs;
        var e = Math.Sqrt(4 * Math.PI / 137.035999);
        var f2OverLambda = 92.3 * 92.3 / (4 * Math.PI * 92.3);
        Assert.Equal(-3.2 * f2OverLambda, NonperturbativeMatching.Lambda1(inputs, -3.2), 12);
        Assert.Equal(e * -3.2 * f2OverLambda * (-4.0 / 3.0), NonperturbativeMatching.DipolePerTensor(inputs, ChargedFermion.Up, -3.2), 12);
        Assert.Equal(e * f2OverLambda * (2.0 / 3.0), NonperturbativeMatching.DipolePerTensor(inputs, ChargedFermion.Strange, 1.0), 12);
        Assert.Equal(0.0, NonperturbativeMatching.DipolePerTensor(inputs, ChargedFermion.Electron, 1.0));

        var atW = LnEftCoefficients.FromPaperUnits(NeutrinoBilinear.NuN, 80.379, strangePerGeV2: 1e-6);
        var dipole = Running.DipoleAtReference(atW, -3.2);
        var expected = Running.TensorEvolution(ChargedFermion.Strange) * (-3.2 - Running.PerturbativeShift(ChargedFermion.Strange))
            * NonperturbativeMatching.DipolePerTensor(inputs, ChargedFermion.Strange, 1.0) * atW.TensorStrange;
        Assert.Equal(expected, dipole, Math.Abs(expected) * 1e-12);
        var run = Running.RunToReference(atW);
        Assert.Equal(2000, run.Scale);
        Assert.Equal(Running.MixingPerTensor(ChargedFermion.Strange) * run.TensorStrange, run.Dipole, 1e-25);
    }

    /// <summary>Eq. (3.10) and eqs. (3.13)-(3.14): the map from coefficients to the couplings the cross sections use.</summary>
    [Fact]
    public void CoefficientsToCouplings()
    {
        var lnc = LnEftCoefficients.FromPaperUnits(NeutrinoBilinear.NuN, 2, dipolePerGeV: 4.2e-9, upPerGeV2: 3e-6);
        var c = lnc.ToCouplings();
        Assert.Equal(2 * 4.2e-9 / (PhysicalConstants.BohrMagneton * 1e3), c.MuEff, 1e-20);
        Assert.Equal(Couplings.FromGeV(3e-6), c.TensorU, 1e-22);
        var lnv = lnc with { Bilinear = NeutrinoBilinear.Nu };
        Assert.Equal(2 * c.MuEff, lnv.ToCouplings().MuEff, 1e-20);
        Assert.Equal(2 * c.TensorU, lnv.ToCouplings().TensorU, 1e-22);
        Assert.Equal(14, LnEftOperators.All.Count);
    }

    [Fact]
    public void ChiralConstantParsing()
    {
        Assert.Equal(ChiralTensorConstant.Model, ChiralTensorConstant.Parse("model"));
        Assert.Equal(ChiralTensorConstant.Lattice, ChiralTensorConstant.Parse("LATTICE"));
        Assert.Equal(new ChiralTensorConstant(-2.5, 0.1), ChiralTensorConstant.Parse("-2.5", 0.1));
        var ex = Assert.Throws<InputException>(() => ChiralTensorConstant.Parse("abc"));
        Assert.Contains("--ct", ex.Message);
        Assert.Equal(1.2, ChiralTensorConstant.Lattice.ConservativeInverse(), 12);
    }
}
