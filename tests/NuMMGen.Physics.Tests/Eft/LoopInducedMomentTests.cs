using System.Numerics;
using NuMMGen.Physics.Eft;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Tests.Eft;

/// <summary>Seed 1 (Xu, PRD 99, 075003): eqs. (10), (11), (22), the text of Fig. 3, and eqs. (24)-(26).</summary>
public class LoopInducedMomentTests
{
    private const double GF = PhysicalConstants.FermiConstant;

    /// <summary>Text below Fig. 3: "G_X = 0.1 G_F for tensor interactions ... would imply mu_nu ~ 1e-12 mu_B" (electrons).</summary>
    [Fact]
    public void TensorTenthOfFermiOnElectronsGivesAboutOneInTenToTheTwelve()
    {
        var mu = LoopInducedMoments.MomentInBohrMagnetons(LoopForm.Tensor, 0.1 * GF, ChargedFermion.Electron);
        Assert.InRange(mu, 0.5e-12, 2e-12);
        // By hand, eq. (11): e G m/(2 pi^2) |1 + ln(m^2 G)| / (e/2m).
        const double m = 0.51099895;
        Assert.Equal(0.1 * GF * m / (2 * Math.PI * Math.PI) * Math.Abs(1 + Math.Log(m * m * 0.1 * GF)) * 2 * m, mu, mu * 1e-12);
    }

    /// <summary>
    /// Eq. (22) against eqs. (10)-(11) at G_X = y_c y_s/(8 m_phi^2): the paper says they "agree at the same order of
    /// magnitude". For y_c y_s = 1 and G_X = 0.1-1 G_F (m_phi of a few hundred GeV) the ratios stay within 0.1-10.
    /// </summary>
    [Theory]
    [InlineData(ChargedFermion.Electron, 0.1)]
    [InlineData(ChargedFermion.Electron, 1.0)]
    [InlineData(ChargedFermion.Muon, 0.3)]
    [InlineData(ChargedFermion.Tau, 1.0)]
    public void UvCompletionAgreesInOrderOfMagnitude(ChargedFermion f, double gxOverGf)
    {
        var gx = gxOverGf * GF;
        var mPhi = 1 / Math.Sqrt(8 * gx);
        var uv = LoopInducedMoments.UvCompletion(gx, f, mPhi);
        var tensor = LoopInducedMoments.Tensor(gx, f);
        var scalar = LoopInducedMoments.Scalar(gx, f);
        Assert.InRange(uv / tensor, 0.1, 10);
        Assert.InRange(uv / scalar, 0.1, 100);
        Assert.Equal(uv, LoopInducedMoments.UvCompletion(gx, f), uv * 1e-12); // default m_phi: y_c y_s = 1
        // Eq. (22) from the Yukawas directly: e m y y /(32 pi^2 m_phi^2)(1 + ln(m^2/m_phi^2)).
        var m = StandardModelInputs.Default.Mass(f);
        var direct = PhysicalConstants.ElementaryCharge * m / (32 * Math.PI * Math.PI * mPhi * mPhi) * Math.Abs(1 + Math.Log(m * m / (mPhi * mPhi)));
        Assert.Equal(direct, uv, direct * 1e-12);
    }

    /// <summary>Eq. (10) by hand; quarks carry N_C |Q_q| (2 for u, 1 for d and s).</summary>
    [Fact]
    public void ScalarFormulaAndQuarkFactors()
    {
        var e = PhysicalConstants.ElementaryCharge;
        Assert.Equal(e * GF * 105.6583755 / (8 * Math.PI * Math.PI), LoopInducedMoments.Scalar(GF, ChargedFermion.Muon), 1e-25);
        Assert.Equal(2 * e * GF * 2.16 / (8 * Math.PI * Math.PI), LoopInducedMoments.Scalar(GF, ChargedFermion.Up), 1e-25);
        Assert.Equal(e * GF * 93.0 / (8 * Math.PI * Math.PI), LoopInducedMoments.Scalar(GF, ChargedFermion.Strange), 1e-25);
    }

    /// <summary>The inverse (bound on G_X from a moment limit) returns the coupling whose moment is the limit.</summary>
    [Theory]
    [InlineData(LoopForm.Scalar, ChargedFermion.Electron)]
    [InlineData(LoopForm.Tensor, ChargedFermion.Electron)]
    [InlineData(LoopForm.Tensor, ChargedFermion.Tau)]
    [InlineData(LoopForm.Tensor, ChargedFermion.Strange)]
    [InlineData(LoopForm.UvCompletion, ChargedFermion.Muon)]
    public void CouplingBoundInvertsTheMoment(LoopForm form, ChargedFermion f)
    {
        var g = LoopInducedMoments.CouplingBound(2.8e-11, form, f);
        Assert.NotNull(g);
        Assert.Equal(2.8e-11, LoopInducedMoments.MomentInBohrMagnetons(form, g!.Value, f), 2.8e-11 * 1e-9);
        // Fig. 3's message: mu and tau at G_F-size couplings overshoot the bounds, so their G_X must be far below G_F.
        if (f == ChargedFermion.Tau)
        {
            Assert.True(g.Value < 1e-2 * GF);
        }
        // A limit the formula cannot reach (beyond its validity) gives no bound.
        Assert.Null(LoopInducedMoments.CouplingBound(1e10, LoopForm.Tensor, f));
    }

    /// <summary>
    /// Eqs. (24)-(26) for a flavour-diagonal universal coupling: every effective moment equals the single moment mu
    /// (eq. 24, 25), and the plasmon moment is sqrt(3) mu (eq. 26). An off-diagonal e-mu coupling adds to mu_nue
    /// (eq. 24: sum over beta).
    /// </summary>
    [Fact]
    public void EffectiveMomentsOfEquations24To26()
    {
        var mixing = new PmnsMatrix(OscillationParameters.NuFit60);
        var gx = CouplingMatrix.Universal(0.3 * GF);
        var mu = LoopInducedMoments.MomentInBohrMagnetons(LoopForm.Tensor, 0.3 * GF, ChargedFermion.Electron);
        var moments = EffectiveMoments.MomentMatrix(gx, LoopForm.Tensor, ChargedFermion.Electron);
        Assert.Equal(mu, EffectiveMoments.ShortBaselineNuE(moments, mixing), mu * 1e-12);
        Assert.Equal(mu, EffectiveMoments.Solar(moments, mixing, 0.55, 0.43, 0.02), mu * 1e-12);
        Assert.Equal(Math.Sqrt(3) * mu, EffectiveMoments.Plasmon(moments), mu * 1e-12);

        var a = new Complex[3, 3];
        a[0, 0] = 0.3 * GF;
        a[0, 1] = a[1, 0] = 0.2 * GF;
        var offDiagonal = EffectiveMoments.MomentMatrix(new CouplingMatrix(a, MatrixBasis.Flavor), LoopForm.Scalar, ChargedFermion.Electron);
        var m00 = LoopInducedMoments.MomentInBohrMagnetons(LoopForm.Scalar, 0.3 * GF, ChargedFermion.Electron);
        var m01 = LoopInducedMoments.MomentInBohrMagnetons(LoopForm.Scalar, 0.2 * GF, ChargedFermion.Electron);
        Assert.Equal(Math.Sqrt(m00 * m00 + m01 * m01), EffectiveMoments.ShortBaselineNuE(offDiagonal, mixing), m00 * 1e-10);
    }

    /// <summary>Fig. 3 data: 2 forms x 3 fermions x points; monotone in G_X; the bounds carry their sources.</summary>
    [Fact]
    public void FigureThreeData()
    {
        var bands = MomentFigure.Bands(10);
        Assert.Equal(60, bands.Count);
        Assert.Equal(0.1, bands[0].GxOverGf, 12);
        Assert.Equal(1.0, bands[9].GxOverGf, 12);
        Assert.All(MomentFigure.Limits, l => Assert.False(string.IsNullOrEmpty(l.Reference)));
        Assert.Equal(2.9e-11, MomentFigure.Limits.Single(l => l.Name == "GEMMA").Limit);
        Assert.Throws<InputException>(() => MomentFigure.Bands(1));
    }
}
