namespace NuMMGen.Physics.Units;

/// <summary>
/// Unit multipliers in the project's base system (CLHEP style): energy in MeV, length in cm, time in s,
/// mass of material in kg, cross sections in cm^2. Write literals as <c>29.79 * Units.MeV</c> and divide
/// by the unit on output (<c>t / Units.KeV</c>).
/// </summary>
public static class Units
{
    /// <summary>Mega-electronvolt: the base energy unit.</summary>
    public const double MeV = 1.0;
    /// <summary>Electronvolt.</summary>
    public const double EV = 1e-6 * MeV;
    /// <summary>Kilo-electronvolt.</summary>
    public const double KeV = 1e-3 * MeV;
    /// <summary>Giga-electronvolt.</summary>
    public const double GeV = 1e3 * MeV;

    /// <summary>Centimetre: the base length unit.</summary>
    public const double Cm = 1.0;
    /// <summary>Metre.</summary>
    public const double M = 100.0 * Cm;
    /// <summary>Kilometre.</summary>
    public const double Km = 1e3 * M;
    /// <summary>Femtometre.</summary>
    public const double Fm = 1e-13 * Cm;
    /// <summary>Square centimetre: the base area (cross-section) unit.</summary>
    public const double Cm2 = Cm * Cm;
    /// <summary>Barn, 1e-24 cm^2.</summary>
    public const double Barn = 1e-24 * Cm2;

    /// <summary>Second: the base time unit.</summary>
    public const double S = 1.0;
    /// <summary>Nanosecond.</summary>
    public const double Ns = 1e-9 * S;
    /// <summary>Microsecond.</summary>
    public const double Us = 1e-6 * S;
    /// <summary>Day (86 400 s).</summary>
    public const double Day = 86400.0 * S;
    /// <summary>Julian year (365.25 days).</summary>
    public const double Year = 365.25 * Day;

    /// <summary>Kilogram: the base unit of detector mass.</summary>
    public const double Kg = 1.0;
    /// <summary>Gram.</summary>
    public const double G = 1e-3 * Kg;
    /// <summary>Metric tonne.</summary>
    public const double Tonne = 1e3 * Kg;
}
