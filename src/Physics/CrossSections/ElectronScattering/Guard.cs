namespace NuMMGen.Physics.CrossSections.ElectronScattering;

/// <summary>Argument checks shared by the electron-scattering cross sections.</summary>
internal static class Guard
{
    /// <summary>Throws unless the neutrino energy is positive and finite.</summary>
    public static void NeutrinoEnergy(double enu)
    {
        if (!(enu > 0.0) || double.IsInfinity(enu))
        {
            throw new ArgumentOutOfRangeException(
                nameof(enu), enu, "Neutrino energy must be positive and finite (MeV).");
        }
    }

    /// <summary>Throws when a recoil energy bound is NaN.</summary>
    public static void NotNaN(double value, string name)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Recoil energy must not be NaN (MeV).");
        }
    }
}

/// <summary>Small numerical helpers.</summary>
internal static class NumericMath
{
    /// <summary>ln(1 + x), accurate for small |x| (the u = 1 + x correction trick of Goldberg/Kahan).</summary>
    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
