using System.Globalization;
using System.Text;
using NuMMGen.Cli.Hosting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Generator.Config;

namespace NuMMGen.Cli.Tests;

/// <summary>The null Asimov data of a config (SM + backgrounds in its fit bins, from the fitter's own templates) as a binned CSV.</summary>
internal static class AsimovCsv
{
    public static string Write(string config, string directory, params string[] set)
    {
        var resolved = GeneratorConfig.Load(config, set).Resolve();
        var edges = FitBinning.Edges(resolved.Config.Fit.Bins, resolved.Detector!);
        var t = ExperimentTemplates.Build(resolved, edges, ModelFactories.Default);
        var csv = new StringBuilder("bin_low,bin_high,counts\n");
        for (int b = 0; b < edges.Length - 1; b++)
            csv.Append(CultureInfo.InvariantCulture, $"{edges[b]:R},{edges[b + 1]:R},{t.Sm[b] + t.Backgrounds.Sum(g => g.Counts[b]):R}\n");
        string path = Path.Combine(directory, Path.GetFileNameWithoutExtension(config) + ".csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
