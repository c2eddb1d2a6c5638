using NuMMGen.Physics.CrossSections;

namespace NuMMGen.Detectors.Quenching;

/// <summary>No quenching: E_ee = T for every recoil (electron recoils, or a bolometric measurement).</summary>
public sealed class NoQuenching : IQuenching
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly NoQuenching Instance = new();

    /// <inheritdoc />
    public string Description => "none";

    /// <inheritdoc />
    public double ElectronEquivalent(double recoil, RecoilKind kind) => Math.Max(recoil, 0);
}
