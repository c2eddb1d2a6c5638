using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// Visible (electron-equivalent) energy of a recoil: the energy an electron would need to give the same
/// signal. Energies in MeV. Nuclear-recoil models (constant, polynomial, Lindhard) leave electron recoils
/// unchanged (E_ee = T by definition of the electron-equivalent scale); electron models (Birks) describe
/// the light of electrons. Implementations are immutable and thread safe; E_ee is non-decreasing in T.
/// </summary>
public interface IQuenching
{
    /// <summary>Short description for logs and provenance (model and parameters).</summary>
    string Description { get; }

    /// <summary>Electron-equivalent energy (MeV, &gt;= 0) of a recoil with kinetic energy <paramref name="recoil"/> (MeV, &gt;= 0).</summary>
    double ElectronEquivalent(double recoil, RecoilKind kind);
}
