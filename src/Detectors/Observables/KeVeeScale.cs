using NuMMGen.Physics.Units;

namespace NuMMGen.Detectors.Observables;

/// <summary>The electron-equivalent energy itself, in keVee (HPGe, or any calibrated energy scale).</summary>
public sealed class KeVeeScale : IObservableScale
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly KeVeeScale Instance = new();

    /// <inheritdoc />
    public string Unit => "keVee";

    /// <inheritdoc />
    public double Mean(double electronEquivalent) => electronEquivalent / Units.KeV;

    /// <inheritdoc />
    public double ElectronEquivalent(double observed) => observed * Units.KeV;
}
