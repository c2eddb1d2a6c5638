using NuMMGen.Detectors.IO;
using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Quenching;

/// <summary>
/// One quenching-factor measurement: mean nuclear-recoil energy (MeV) with its (lower, upper) errors, and the
/// quenching factor with its (lower, upper) errors. Horizontal and vertical errors are correlated in the
/// source and that correlation is not given.
/// </summary>
/// <param name="Recoil">Mean nuclear-recoil energy (MeV).</param>
/// <param name="RecoilErrorLow">Lower error on the recoil energy (MeV).</param>
/// <param name="RecoilErrorHigh">Upper error on the recoil energy (MeV).</param>
/// <param name="Factor">Quenching factor E_ee / T.</param>
/// <param name="FactorErrorLow">Lower error on the quenching factor.</param>
/// <param name="FactorErrorHigh">Upper error on the quenching factor.</param>
public readonly record struct QuenchingMeasurement(
    double Recoil, double RecoilErrorLow, double RecoilErrorHigh, double Factor, double FactorErrorLow, double FactorErrorHigh)
{
    /// <summary>
    /// The CsI[Na] measurements of the COHERENT 2017 data release (arXiv:1804.09459): <c>chicago</c>
    /// (symmetric errors: T, dT, QF, dQF) or <c>tunl</c> (asymmetric: T, +dT, -dT, QF, +dQF, -dQF); keVnr in the files.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown set name.</exception>
    public static IReadOnlyList<QuenchingMeasurement> CoherentCsI2017(string set)
    {
        switch (set)
        {
            case "chicago":
                return DetectorTables.ReadEmbedded("coherent/qfData_chicago.txt", 4).Rows
                    .Select(r => new QuenchingMeasurement(r[0] * Units.KeV, r[1] * Units.KeV, r[1] * Units.KeV, r[2], r[3], r[3]))
                    .ToArray();
            case "tunl":
                return DetectorTables.ReadEmbedded("coherent/qfData_tunl.txt", 6).Rows
                    .Select(r => new QuenchingMeasurement(r[0] * Units.KeV, r[2] * Units.KeV, r[1] * Units.KeV, r[3], r[5], r[4]))
                    .ToArray();
            default:
                throw new ArgumentException($"unknown COHERENT quenching data set '{set}' (chicago, tunl)", nameof(set));
        }
    }
}
