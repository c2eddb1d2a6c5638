using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.Tests.DiracTraces;

/// <summary>
/// Re-derives the nu-e cross sections of docs physics.md 2.1-2.3 and the pointlike-target CEvNS scalar and
/// tensor forms from explicit numerical Dirac traces (<see cref="SpinSummedAmplitude"/>).
/// </summary>
public class DiracTraceTests
{
    private const double Me = PhysicalConstants.ElectronMass;
    private const double Gf = PhysicalConstants.FermiConstant;
    private const double S2w = PhysicalConstants.DefaultSin2ThetaW;

    // (E, T/T_max) points spanning reactor, solar and pi-DAR energies.
    public static TheoryData<double, double> Points => new()
    {
        { 0.05, 0.01 }, { 0.3843, 0.5 }, { 0.8618, 0.999 }, { 3.0, 0.2 }, { 29.79, 0.73 }, { 52.8, 1e-4 },
    };

    private static double TMax(double m, double enu) => 2 * enu * enu / (m + 2 * enu);

    private static double Relative(double a, double b) => Math.Abs(a - b) / Math.Abs(b);

    /// <summary>Vogel and Engel PRD 39, 3378 (1989): amplitude (G_F/sqrt2)[nubar g^mu(1-g5) nu][ebar g_mu(2gL PL + 2gR PR) e].</summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void StandardModelFromTracesMatchesVogelEngelForNueAndNuebar(double enu, double fraction)
    {
        var t = fraction * TMax(Me, enu);
        var gl = 0.5 + S2w;
        var gr = S2w;
        var vertices = SpinSummedAmplitude.VectorCurrents(
            Dirac.Identity - Dirac.Gamma5, 2 * gl * Dirac.ProjectorLeft + 2 * gr * Dirac.ProjectorRight);
        var coefficient2 = Gf * Gf / 2;

        var nu = coefficient2 * SpinSummedAmplitude.DsigmaDt(vertices, Me, enu, t, antineutrino: false);
        var nubar = coefficient2 * SpinSummedAmplitude.DsigmaDt(vertices, Me, enu, t, antineutrino: true);

        double VogelEngel(double l, double r) =>
            2 * Gf * Gf * Me / Math.PI * (l * l + r * r * Math.Pow(1 - t / enu, 2) - l * r * Me * t / (enu * enu));
        Assert.True(Relative(nu, VogelEngel(gl, gr)) < 1e-10, $"nu_e: trace {nu} vs formula {VogelEngel(gl, gr)}");
        Assert.True(Relative(nubar, VogelEngel(gr, gl)) < 1e-10, $"nubar_e: trace {nubar} vs formula {VogelEngel(gr, gl)}");

        var xs = ElectronTargets.Free(new ElectronScatteringOptions());
        var code = xs.Differential(Flavor.NuE, enu, t, Couplings.StandardModel).Sm / PhysicalConstants.HbarC2;
        var codeBar = xs.Differential(Flavor.NuEBar, enu, t, Couplings.StandardModel).Sm / PhysicalConstants.HbarC2;
        Assert.True(Relative(code, nu) < 1e-10);
        Assert.True(Relative(codeBar, nubar) < 1e-10);
    }

    /// <summary>physics.md 2.3 tensor: C_T (nubar sigma^{mu nu} P_L nu)(ebar sigma_{mu nu} P_L e) + h.c.</summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void TensorFromTracesMatchesClosedFormForNuAndNubar(double enu, double fraction)
    {
        var t = fraction * TMax(Me, enu);
        var c = 3e-11; // MeV^-2
        var nu = c * c * SpinSummedAmplitude.DsigmaDt(
            SpinSummedAmplitude.TensorCurrents(Dirac.ProjectorLeft, Dirac.ProjectorLeft), Me, enu, t, antineutrino: false);
        // The antineutrino scatters through the hermitian-conjugate operator (P_R on both lines).
        var nubar = c * c * SpinSummedAmplitude.DsigmaDt(
            SpinSummedAmplitude.TensorCurrents(Dirac.ProjectorRight, Dirac.ProjectorRight), Me, enu, t, antineutrino: true);

        var closed = c * c * Me / Math.PI * (Math.Pow(2 - t / enu, 2) - Me * t / (enu * enu));
        Assert.True(Relative(nu, closed) < 1e-10, $"tensor nu: trace {nu} vs closed form {closed}");
        Assert.True(Relative(nubar, closed) < 1e-10, $"tensor nubar: trace {nubar} vs closed form {closed}");

        var code = ElectronTargets.Free(new ElectronScatteringOptions())
            .Differential(Flavor.NuMuBar, enu, t, new Couplings(TensorE: c)).Tensor / PhysicalConstants.HbarC2;
        Assert.True(Relative(code, closed) < 1e-10);
    }

    /// <summary>The mixed-chirality tensor (sigma P_L) x (sigma P_R) vanishes identically (physics.md 2.3).</summary>
    [Fact]
    public void MixedChiralityTensorVanishes()
    {
        var mixed = SpinSummedAmplitude.DsigmaDt(
            SpinSummedAmplitude.TensorCurrents(Dirac.ProjectorLeft, Dirac.ProjectorRight), Me, 2.0, 0.7, antineutrino: false);
        var same = SpinSummedAmplitude.DsigmaDt(
            SpinSummedAmplitude.TensorCurrents(Dirac.ProjectorLeft, Dirac.ProjectorLeft), Me, 2.0, 0.7, antineutrino: false);
        Assert.True(Math.Abs(mixed) < 1e-12 * same, $"mixed {mixed} vs {same}");
    }

    /// <summary>physics.md 2.3 scalar: C_S (nubar P_L nu)(ebar P_L e) + h.c.</summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void ScalarFromTracesMatchesClosedFormForNuAndNubar(double enu, double fraction)
    {
        var t = fraction * TMax(Me, enu);
        var c = 2e-11;
        var scalar = new[] { new ContractedVertex(Dirac.ProjectorLeft, Dirac.ProjectorLeft, 1.0) };
        var scalarBar = new[] { new ContractedVertex(Dirac.ProjectorRight, Dirac.ProjectorRight, 1.0) };
        var nu = c * c * SpinSummedAmplitude.DsigmaDt(scalar, Me, enu, t, antineutrino: false);
        var nubar = c * c * SpinSummedAmplitude.DsigmaDt(scalarBar, Me, enu, t, antineutrino: true);

        var closed = c * c * Me * t * (t + Me) / (16 * Math.PI * enu * enu);
        Assert.True(Relative(nu, closed) < 1e-10, $"scalar nu: trace {nu} vs closed form {closed}");
        Assert.True(Relative(nubar, closed) < 1e-10, $"scalar nubar: trace {nubar} vs closed form {closed}");

        var code = ElectronTargets.Free(new ElectronScatteringOptions())
            .Differential(Flavor.NuE, enu, t, new Couplings(ScalarE: c)).Scalar / PhysicalConstants.HbarC2;
        Assert.True(Relative(code, closed) < 1e-10);
    }

    // Pointlike spin-1/2 nucleus of mass M = 72.63 amu (natural Ge), pi-DAR energies.
    private static readonly double NucleusMass = 72.63 * PhysicalConstants.AtomicMassUnit;

    /// <summary>Pointlike CEvNS scalar (nubar_N P_L nu)(Nbar N): exactly |C|^2 M T (2M + T)/(8 pi E^2).</summary>
    [Theory]
    [InlineData(10.0, 0.3)]
    [InlineData(29.79, 0.9)]
    [InlineData(50.0, 1e-3)]
    public void PointlikeNucleusScalarIsExact(double enu, double fraction)
    {
        var m = NucleusMass;
        var t = fraction * TMax(m, enu);
        var vertices = new[] { new ContractedVertex(Dirac.ProjectorLeft, Dirac.Identity, 1.0) };
        var trace = SpinSummedAmplitude.DsigmaDt(vertices, m, enu, t, antineutrino: false);
        var closed = m * t * (2 * m + t) / (8 * Math.PI * enu * enu);
        Assert.True(Relative(trace, closed) < 1e-9, $"trace {trace} vs {closed}");
    }

    /// <summary>
    /// Pointlike CEvNS tensor (nubar_N sigma^{mu nu} P_L nu)(Nbar sigma_{mu nu} N) (seed 2 eqs. 3.11-3.14 structure):
    /// (4M/pi)|C|^2 (1 - T/(2 T_max)) at leading order in E/M. The exact trace result is (|C|^2 M/pi)[(2 - T/E)^2 - M T/E^2]
    /// (the electron formula with m_e -> M, because the mixed-chirality piece vanishes), so the leading-order form
    /// differs by O(T/E) &lt;= 2E/M; tolerance 2 T_max/E + 1e-9.
    /// </summary>
    [Theory]
    [InlineData(10.0, 1e-3)]
    [InlineData(10.0, 0.4)]
    [InlineData(29.79, 0.05)]
    [InlineData(50.0, 0.999)]
    public void PointlikeNucleusTensorReducesToLeadingOrder(double enu, double fraction)
    {
        var m = NucleusMass;
        var tMax = TMax(m, enu);
        var t = fraction * tMax;
        var trace = SpinSummedAmplitude.DsigmaDt(
            SpinSummedAmplitude.TensorCurrents(Dirac.ProjectorLeft, Dirac.Identity), m, enu, t, antineutrino: false);

        var exact = m / Math.PI * (Math.Pow(2 - t / enu, 2) - m * t / (enu * enu));
        Assert.True(Relative(trace, exact) < 1e-9, $"trace {trace} vs exact {exact}");

        var leading = 4 * m / Math.PI * (1 - t / (2 * tMax));
        Assert.True(Relative(trace, leading) < 2 * tMax / enu + 1e-9, $"trace {trace} vs leading order {leading}");
    }
}
