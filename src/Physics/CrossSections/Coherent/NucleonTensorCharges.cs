namespace NuMMGen.Physics.CrossSections.Coherent;

/// <summary>
/// Nucleon tensor charges delta_q^N (seed 2, Chen, Zheng, Zhang, eq. 3.15): the matrix elements of the quark
/// tensor currents in the proton and neutron, used to sum quark-level tensor couplings coherently over a nucleus.
/// The neutron values follow from the proton ones by isospin (u and d exchanged).
/// </summary>
public static class NucleonTensorCharges
{
    /// <summary>delta_u^p = 0.84.</summary>
    public const double UpP = 0.84;
    /// <summary>delta_d^p = -0.23.</summary>
    public const double DownP = -0.23;
    /// <summary>delta_s^p = -0.046.</summary>
    public const double StrangeP = -0.046;
    /// <summary>delta_u^n = -0.23.</summary>
    public const double UpN = -0.23;
    /// <summary>delta_d^n = 0.84.</summary>
    public const double DownN = 0.84;
    /// <summary>delta_s^n = -0.046.</summary>
    public const double StrangeN = -0.046;

    /// <summary>
    /// The coherent nuclear tensor coupling sum_{q=u,d,s} C_q (Z delta_q^p + N delta_q^n) in the unit of the
    /// couplings (MeV^-2), for Z protons and N neutrons (N may be an abundance-weighted mean, as in seed 2's
    /// N_Cs = 77.9). This is the quantity inside |...|^2 in seed 2 eq. 3.13 (i = nu N) without the sqrt(2)/G_F.
    /// </summary>
    public static double NuclearCoupling(double z, double n, in Couplings couplings) =>
        couplings.TensorU * (z * UpP + n * UpN)
        + couplings.TensorD * (z * DownP + n * DownN)
        + couplings.TensorS * (z * StrangeP + n * StrangeN);
}
