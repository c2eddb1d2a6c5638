using NuMMGen.Physics.CrossSections.Coherent;
using NuMMGen.Physics.CrossSections.ElectronScattering;
using NuMMGen.Physics.Units;

namespace NuMMGen.Physics.CrossSections;

/// <summary>The scattering processes NuMMGen simulates.</summary>
public enum ScatteringProcess
{
    /// <summary>Elastic neutrino-electron scattering (free or atomic electrons).</summary>
    NeutrinoElectron,
    /// <summary>Coherent elastic neutrino-nucleus scattering.</summary>
    Cevns,
}

/// <summary>Model choices shared by all cross sections; defaults follow docs physics.md.</summary>
/// <param name="Sin2ThetaW">Weak mixing angle sin^2 theta_W, in (0, 1); default 0.23857 (seed 2).</param>
/// <param name="RadiativeCorrections">nu-e only: apply Bahcall-Kamionkowski-Sirlin corrections (off by default).</param>
/// <param name="FormFactor">CEvNS only: nuclear form factor model (Helm by default).</param>
public sealed record CrossSectionSettings(
    double Sin2ThetaW = PhysicalConstants.DefaultSin2ThetaW,
    bool RadiativeCorrections = false,
    FormFactorModel FormFactor = FormFactorModel.Helm);

/// <summary>
/// Finds the cross section for a process and a target name, as users write them: <c>e</c> or an element
/// with atomic shell data (<c>Ge</c>, <c>Xe</c>) for nu-e; a nuclide (<c>Cs133</c>) or an element
/// (<c>Cs</c>, abundance-weighted) for CEvNS.
/// </summary>
public static class CrossSectionCatalog
{
    /// <summary>The target name of the free electron.</summary>
    public const string FreeElectron = "e";

    /// <summary>Returns the cross section, or throws <see cref="InputException"/> naming what is allowed.</summary>
    public static IRecoilCrossSection Resolve(ScatteringProcess process, string target, CrossSectionSettings settings)
    {
        if (settings.Sin2ThetaW is <= 0 or >= 1 || double.IsNaN(settings.Sin2ThetaW))
        {
            throw new InputException($"sin^2 theta_W must lie in (0, 1); got {settings.Sin2ThetaW}.");
        }
        return process switch
        {
            ScatteringProcess.NeutrinoElectron => ResolveElectron(target, settings),
            ScatteringProcess.Cevns => ResolveNuclear(target, settings),
            _ => throw new InputException($"unknown process '{process}'."),
        };
    }

    /// <summary>A one-line description of the targets allowed for <paramref name="process"/>.</summary>
    public static string DescribeTargets(ScatteringProcess process) => process switch
    {
        ScatteringProcess.NeutrinoElectron =>
            $"'{FreeElectron}' (free electron) or an element with atomic shell data ({string.Join(", ", ElectronTargets.BoundElements)})",
        _ => $"a nuclide or an element ({string.Join(", ", CevnsTargets.KnownTargets)})",
    };

    private static IRecoilCrossSection ResolveElectron(string target, CrossSectionSettings settings)
    {
        var options = new ElectronScatteringOptions(settings.Sin2ThetaW, settings.RadiativeCorrections);
        if (string.Equals(target, FreeElectron, StringComparison.OrdinalIgnoreCase))
        {
            return ElectronTargets.Free(options);
        }
        if (ElectronTargets.TryBound(target, options, out var bound))
        {
            return bound;
        }
        throw new InputException($"unknown target '{target}' for process nue; allowed: {DescribeTargets(ScatteringProcess.NeutrinoElectron)}.");
    }

    private static IRecoilCrossSection ResolveNuclear(string target, CrossSectionSettings settings)
    {
        if (CevnsTargets.TryCreate(target, new CevnsOptions(settings.Sin2ThetaW, settings.FormFactor), out var nuclear))
        {
            return nuclear;
        }
        throw new InputException($"unknown target '{target}' for process cevns; allowed: {DescribeTargets(ScatteringProcess.Cevns)}.");
    }
}
