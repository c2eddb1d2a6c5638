namespace NuMMGen.Generator.Events;

/// <summary>
/// Names of the columns of an event file, with their units. Dictionary columns hold signed indices into
/// values fixed in the schema (written once per file), 8 bits wide for dictionaries of up to 127 values (every
/// event file so far), 16 or 32 bits for larger ones (<see cref="Arrow.ArrowField.DictionaryIndexTypeFor"/>).
/// </summary>
public static class EventColumns
{
    /// <summary>uint64: global event index, 0 .. events - 1, in file order.</summary>
    public const string EventId = "eventId";

    /// <summary>dictionary(utf8): flux component (e.g. <c>7Be_862</c>, <c>prompt-numu</c>).</summary>
    public const string Component = "component";

    /// <summary>dictionary(utf8): process, <c>nue</c> or <c>cevns</c>.</summary>
    public const string Process = "process";

    /// <summary>dictionary(utf8): flavour at interaction (<c>nue</c>, <c>numu</c>, ..., <c>nutaubar</c>).</summary>
    public const string Flavor = "flavor";

    /// <summary>dictionary(utf8): target species, <c>e</c>, an element (<c>Ge</c>) or a nuclide (<c>Cs133</c>).</summary>
    public const string TargetSpecies = "targetSpecies";

    /// <summary>dictionary(utf8): recoil kind, <c>electron</c> or <c>nuclear</c>.</summary>
    public const string RecoilKind = "recoilKind";

    /// <summary>float64, MeV: neutrino energy.</summary>
    public const string EnuMeV = "enuMeV";

    /// <summary>float64, keV: true recoil kinetic energy.</summary>
    public const string RecoilKeV = "recoilKeV";

    /// <summary>float64, ns: arrival time after the start of the proton pulse; present only for pulsed sources.</summary>
    public const string TimeNs = "timeNs";

    /// <summary>float64, cm^2/keV per target: SM dsigma/dT at the event.</summary>
    public const string DsdtSm = "dsdtSmCm2PerKeV";

    /// <summary>float64, cm^2/keV per target: magnetic dsigma/dT for mu_eff = 1 mu_B.</summary>
    public const string DsdtMagnetic = "dsdtMagneticPerMu2Cm2PerKeV";

    /// <summary>float64, cm^2/keV per target: tensor dsigma/dT for an effective coupling of 1 GeV^-2.</summary>
    public const string DsdtTensor = "dsdtTensorPerC2Cm2PerKeV";

    /// <summary>float64, cm^2/keV per target: scalar dsigma/dT for an effective coupling of 1 GeV^-2.</summary>
    public const string DsdtScalar = "dsdtScalarPerC2Cm2PerKeV";

    /// <summary>float64, unit of the detector's observable (keVee, PE or Nh, in the field metadata): observed value; only with a detector.</summary>
    public const string Observed = "observed";

    /// <summary>bool: passed the efficiency, inside the analysis region and the coincidence window; only with a detector.</summary>
    public const string Detected = "detected";
}
