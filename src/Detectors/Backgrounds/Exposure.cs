using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Backgrounds;

/// <summary>
/// How much data a background prediction is for: fiducial target mass (kg), live time (s) and, for beam
/// experiments, integrated beam energy on target (GWh). Components use the parts they scale with.
/// </summary>
/// <param name="TargetMass">Fiducial mass (kg; write <c>71.3 * Units.Tonne</c>).</param>
/// <param name="LiveTime">Live time (s; write <c>1291.51 * Units.Day</c>).</param>
/// <param name="BeamEnergyGWh">Integrated beam energy on target (GWh), 0 without a beam.</param>
public readonly record struct Exposure(double TargetMass, double LiveTime, double BeamEnergyGWh = 0)
{
    /// <summary>Mass times live time (kg s).</summary>
    public double MassTime => TargetMass * LiveTime;

    /// <summary>A rate in counts per day per 100 t converted to counts per kg per second.</summary>
    public static double PerDayPer100Tonnes(double countsPerDayPer100Tonnes) => countsPerDayPer100Tonnes / (Units.Day * 100 * Units.Tonne);

    /// <summary>A rate in counts per kg per day converted to counts per kg per second.</summary>
    public static double PerKgDay(double countsPerKgDay) => countsPerKgDay / (Units.Kg * Units.Day);
}
