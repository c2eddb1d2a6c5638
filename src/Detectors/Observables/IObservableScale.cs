namespace NuMMGen.Detectors.Observables;

/// <summary>
/// The quantity a detector records and its mean as a function of electron-equivalent energy: keVee,
/// photoelectrons (PE) or Borexino's N_h. The map is non-decreasing; fluctuations about the mean are the
/// job of the resolution model. Implementations are immutable and thread safe.
/// </summary>
public interface IObservableScale
{
    /// <summary>Unit of the observable as written in outputs (<c>keVee</c>, <c>PE</c>, <c>Nh</c>).</summary>
    string Unit { get; }

    /// <summary>Mean observed value (in <see cref="Unit"/>) for electron-equivalent energy <paramref name="electronEquivalent"/> (MeV, &gt;= 0).</summary>
    double Mean(double electronEquivalent);

    /// <summary>The electron-equivalent energy (MeV) whose mean observed value is <paramref name="observed"/> (inverse of <see cref="Mean"/>).</summary>
    double ElectronEquivalent(double observed);
}
