namespace NuMMGen.Detectors.Response;

/// <summary>What the detector records for one true recoil.</summary>
/// <param name="ElectronEquivalent">Visible (electron-equivalent) energy after quenching, before fluctuations (MeV).</param>
/// <param name="Value">Observed value in the observable's unit (keVee, PE or N_h).</param>
/// <param name="Detected">Whether the event passed the efficiency (a uniform draw below eff(Value)).</param>
public readonly record struct Observation(double ElectronEquivalent, double Value, bool Detected);
