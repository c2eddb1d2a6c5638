using NuMMGen.Fluxes.IO;
using NuMMGen.Fluxes.States;
using NuMMGen.Physics.CrossSections;
using NuMMGen.Physics.Oscillation;
using NuMMGen.Physics.Units;

namespace NuMMGen.Fluxes.Tabulated;

/// <summary>
/// A user spectrum from a CSV table (energy in MeV, differential flux per MeV, linear between points)
/// with a stated flavour composition (incoherent mixture at production, <see cref="FlavorMixtureStateModel"/>)
/// and an optional normalisation. One continuum component.
/// </summary>
public sealed class TabulatedSource : IFluxSource
{
    /// <summary>Reads the table named in <paramref name="options"/>.</summary>
    public TabulatedSource(TabulatedSourceOptions options, OscillationParameters? oscillation = null)
        : this(options, FluxTables.ReadFile((options ?? throw new FluxConfigException("table: section missing; expected file.")).Validate().File!, 2), oscillation)
    {
    }

    /// <summary>Builds the source from rows already read (energy MeV, flux per MeV).</summary>
    public TabulatedSource(TabulatedSourceOptions options, IReadOnlyList<double[]> rows, OscillationParameters? oscillation = null)
    {
        Options = options.Validate();
        Mixing = new PmnsMatrix(oscillation ?? OscillationParameters.NuFit60);
        TabulatedDistribution shape;
        try
        {
            shape = new TabulatedDistribution(rows.Select(r => r[0] * Units.MeV).ToArray(), rows.Select(r => r[1]).ToArray());
        }
        catch (ArgumentException ex)
        {
            throw new FluxConfigException($"{Options.File}: {ex.Message} Expected rows 'energy [MeV], flux [cm^-2 s^-1 MeV^-1]' with increasing energies and non-negative fluxes.", ex);
        }
        var f = Options.FlavorFractions;
        var anti = Options.Antineutrino;
        var dominant = f.E >= f.Mu && f.E >= f.Tau ? 0 : f.Mu >= f.Tau ? 1 : 2;
        var states = new FlavorMixtureStateModel(Mixing, f.E, f.Mu, f.Tau, anti, Options.BaselineM * Units.M);
        Components = [FluxComponent.Continuum(Options.Name, (Flavor)(dominant + (anti ? 3 : 0)), Options.IntegratedFlux ?? shape.Integral, shape, states)];
    }

    /// <summary>The options used.</summary>
    public TabulatedSourceOptions Options { get; }

    /// <summary>The mixing matrix used.</summary>
    public PmnsMatrix Mixing { get; }

    /// <inheritdoc />
    public string Name => "table";

    /// <inheritdoc />
    public string Description => $"tabulated spectrum from {Options.File}";

    /// <inheritdoc />
    public FluxNormalization Normalization => FluxNormalization.PerSecond;

    /// <inheritdoc />
    public IReadOnlyList<FluxComponent> Components { get; }
}
