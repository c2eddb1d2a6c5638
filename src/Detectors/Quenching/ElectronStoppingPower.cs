using NuMMGen.Detectors.IO;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// Collision stopping power of electrons in a material from the Bethe formula for electrons
/// (F. Rohrlich and B. C. Carlson, Phys. Rev. 93, 38 (1954); ICRU Report 37 (1984), eq. 2.1 and 2.2):
/// S/rho = 2 pi r_e^2 m c^2 N_A (Z/A) / beta^2 [ ln(tau^2 (tau + 2) / (2 (I/mc^2)^2)) + F(tau) ],
/// F(tau) = 1 - beta^2 + (tau^2/8 - (2 tau + 1) ln 2) / (tau + 1)^2, tau = T / mc^2.
/// The density-effect correction is neglected (below 1 % under 2 MeV in organic liquids). Valid above ~1 keV.
/// </summary>
public sealed class ElectronStoppingPower
{
    /// <summary>2 pi r_e^2 m_e c^2 N_A = 0.153537 MeV cm^2/mol (PDG, "Passage of particles through matter", K/2).</summary>
    private const double HalfK = 0.1535375;

    /// <summary>
    /// Creates the model for a material with electron-to-nucleon ratio <paramref name="zOverA"/> (mol/g),
    /// mean excitation energy <paramref name="meanExcitation"/> (MeV) and density <paramref name="density"/> (g/cm^3).
    /// </summary>
    /// <exception cref="DetectorInputException">A parameter is not positive.</exception>
    public ElectronStoppingPower(double zOverA, double meanExcitation, double density)
    {
        if (!(zOverA > 0 && meanExcitation > 0 && density > 0))
            throw new DetectorInputException($"stopping power: Z/A = {zOverA}, I = {meanExcitation} MeV and density = {density} g/cm^3 must be positive");
        ZOverA = zOverA;
        MeanExcitation = meanExcitation;
        Density = density;
    }

    /// <summary>
    /// Pseudocumene (1,2,4-trimethylbenzene, C9H12): Z/A = 66/120.19, density 0.876 g/cm^3, I = 61.8 eV
    /// (the ICRU 37 value for xylene, C8H10; the closest tabulated aromatic).
    /// </summary>
    public static ElectronStoppingPower Pseudocumene() => new(66.0 / 120.19, 61.8 * Units.EV, 0.876);

    /// <summary>Liquid water (ICRU 37: Z/A = 0.55508, I = 75 eV, density 1 g/cm^3); used to check against NIST ESTAR.</summary>
    public static ElectronStoppingPower Water() => new(0.55508, 75.0 * Units.EV, 1.0);

    /// <summary>Electrons per nucleon mass, Z/A (mol/g).</summary>
    public double ZOverA { get; }

    /// <summary>Mean excitation energy I (MeV).</summary>
    public double MeanExcitation { get; }

    /// <summary>Density (g/cm^3).</summary>
    public double Density { get; }

    /// <summary>Mass collision stopping power S/rho in MeV cm^2/g at kinetic energy <paramref name="kinetic"/> (MeV, &gt; 0).</summary>
    public double MassStoppingPower(double kinetic)
    {
        var me = PhysicalConstants.ElectronMass;
        var tau = kinetic / me;
        var gamma = tau + 1;
        var beta2 = 1 - 1 / (gamma * gamma);
        var iRel = MeanExcitation / me;
        var f = 1 - beta2 + (tau * tau / 8 - (2 * tau + 1) * Math.Log(2)) / (gamma * gamma);
        var bracket = Math.Log(tau * tau * (tau + 2) / (2 * iRel * iRel)) + f;
        return HalfK * ZOverA / beta2 * Math.Max(bracket, 0);
    }

    /// <summary>Linear collision stopping power dE/dx in MeV/cm.</summary>
    public double LinearStoppingPower(double kinetic) => MassStoppingPower(kinetic) * Density;
}
