namespace NuMMGen.Physics.Oscillation;

/// <summary>
/// Three-flavour oscillation parameters in the standard parametrisation (PDG review "Neutrino masses,
/// mixing and oscillations", eq. 14.33). Defaults are NuFIT 6.0, normal ordering, without SK-atm
/// (Esteban et al., arXiv:2410.05380; docs physics.md 4.1): sin^2 th12 = 0.307, sin^2 th13 = 0.02195,
/// sin^2 th23 = 0.561, delta_CP = 177 deg, Dm21^2 = 7.49e-5 eV^2, Dm31^2 = 2.534e-3 eV^2. Every value is
/// configurable; <see cref="Validate"/> checks the ranges. Inverted ordering: give a negative
/// <see cref="Dm31SqEV2"/>.
/// </summary>
/// <param name="Sin2Theta12">sin^2 theta_12, in (0, 1).</param>
/// <param name="Sin2Theta13">sin^2 theta_13, in [0, 1).</param>
/// <param name="Sin2Theta23">sin^2 theta_23, in [0, 1].</param>
/// <param name="DeltaCpDeg">Dirac CP phase delta_CP in degrees.</param>
/// <param name="Dm21SqEV2">Dm21^2 = m2^2 - m1^2 in eV^2, &gt; 0.</param>
/// <param name="Dm31SqEV2">Dm31^2 = m3^2 - m1^2 in eV^2, non-zero (negative for inverted ordering).</param>
public sealed record OscillationParameters(
    double Sin2Theta12 = 0.307,
    double Sin2Theta13 = 0.02195,
    double Sin2Theta23 = 0.561,
    double DeltaCpDeg = 177.0,
    double Dm21SqEV2 = 7.49e-5,
    double Dm31SqEV2 = 2.534e-3)
{
    /// <summary>NuFIT 6.0 normal ordering without SK-atm (the defaults).</summary>
    public static OscillationParameters NuFit60 { get; } = new();

    /// <summary>Squared masses relative to m1, (0, Dm21^2, Dm31^2), in MeV^2.</summary>
    public (double M1Sq, double M2Sq, double M3Sq) RelativeMassesSquaredMeV2 =>
        (0.0, Dm21SqEV2 * Units.Units.EV * Units.Units.EV, Dm31SqEV2 * Units.Units.EV * Units.Units.EV);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first parameter outside its range.</summary>
    public OscillationParameters Validate()
    {
        Check(nameof(Sin2Theta12), Sin2Theta12, Sin2Theta12 > 0 && Sin2Theta12 < 1, "in (0, 1)");
        Check(nameof(Sin2Theta13), Sin2Theta13, Sin2Theta13 >= 0 && Sin2Theta13 < 1, "in [0, 1)");
        Check(nameof(Sin2Theta23), Sin2Theta23, Sin2Theta23 >= 0 && Sin2Theta23 <= 1, "in [0, 1]");
        Check(nameof(DeltaCpDeg), DeltaCpDeg, double.IsFinite(DeltaCpDeg), "finite");
        Check(nameof(Dm21SqEV2), Dm21SqEV2, Dm21SqEV2 > 0 && double.IsFinite(Dm21SqEV2), "> 0");
        Check(nameof(Dm31SqEV2), Dm31SqEV2, Dm31SqEV2 != 0 && double.IsFinite(Dm31SqEV2), "non-zero");
        return this;
    }

    private static void Check(string name, double value, bool ok, string expected)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Oscillation parameter {name} = {value} must be {expected}.");
        }
    }
}
