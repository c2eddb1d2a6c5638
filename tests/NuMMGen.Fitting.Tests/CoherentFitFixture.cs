using NuMMGen.Fitting.Experiments;
using NuMMGen.Generator.Config;
using NuMMGen.Generator.Model;

namespace NuMMGen.Fitting.Tests;

/// <summary>
/// The COHERENT CsI 2017 preset (configs/coherent-csi-2017.json) with its fit section, built once for the tests of
/// <see cref="CoherentFitTests"/>: the full 2D model (PE x time, four response nuisances) and the 1D SM templates.
/// </summary>
public sealed class CoherentFitFixture
{
    public CoherentFitFixture()
    {
        Root = FindRoot();
        Resolved = GeneratorConfig.Load(Path.Combine(Root, "configs", "coherent-csi-2017.json")).Resolve();
        Edges = FitBinning.Edges(Resolved.Config.Fit.Bins, Resolved.Detector!);
        TimeEdgesUs = FitBinning.TimeEdgesUs(Resolved.Config.Fit.TimeBins, Resolved.Detector!)!;
        Model = new ExperimentModel(ExperimentTemplates.Build(Resolved, Edges, Factory, timeEdgesUs: TimeEdgesUs));
        var oneD = Resolved.Config with { Fit = Resolved.Config.Fit with { ResponseNuisances = [], TimeBins = null } };
        OneD = ExperimentTemplates.Build(oneD.Resolve(), Edges, Factory);
    }

    public string Root { get; }

    public ResolvedGeneratorConfig Resolved { get; }

    public double[] Edges { get; }

    public double[] TimeEdgesUs { get; }

    public ExperimentModel Model { get; }

    public ExperimentTemplates OneD { get; }

    public string DataFile(string name) => Path.Combine(Root, "configs", "data", "coherent-csi-2017", name);

    public static IEventModel Factory(EventModelSetup setup) => EventModel.Build(setup);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NuMMGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NuMMGen.sln not found");
    }
}
