using System.CommandLine;
using System.Text.Json;
using NuMMGen.Cli.Hosting;
using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Commands;

/// <summary>The options shared by <c>fit</c>, <c>sensitivity</c> and <c>coverage</c>, and the experiment they load.</summary>
public sealed class FitOptions
{
    /// <summary>JSON output options (camel case, indented; a value not computed (NaN) or infinite is written as null).</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new FiniteOrNullConverter() },
    };

    /// <summary>The config options.</summary>
    public ConfigOptions Config { get; } = new();

    /// <summary><c>--method</c>: asymptotic (CLs+b), cls or fc.</summary>
    public Option<string> Method { get; } = new("--method")
    {
        Description = "Limit method: asymptotic (q~ with its asymptotic p-value, CLs+b), cls (asymptotic CLs), cls-toys (CLs with q~ distributions from toys; fit only) or fc (Feldman-Cousins with toys).",
        DefaultValueFactory = _ => "asymptotic",
    };

    /// <summary><c>--seed</c>: master seed of the toys.</summary>
    public Option<ulong> Seed { get; } = new("--seed") { Description = "Master seed of the toys.", DefaultValueFactory = _ => 1UL };

    /// <summary><c>--belt-toys</c>: toys per grid point of the toy constructions.</summary>
    public Option<int> BeltToys { get; } = new("--belt-toys") { Description = "fc and cls-toys: toys per grid point (16 points up to 4x the Asimov limit; cls-toys also this many background-only toys).", DefaultValueFactory = _ => 500 };

    /// <summary>Whether the command accepts <c>--method cls-toys</c> (a per-dataset construction: <c>fit</c> only).</summary>
    public bool AllowToyCls { get; init; }

    /// <summary><c>--json</c>.</summary>
    public Option<bool> JsonOutput { get; } = new("--json") { Description = "Print one JSON object instead of a table." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Method.AcceptOnlyFromAmong("asymptotic", "cls", "cls-toys", "fc");
        Config.AddTo(command);
        command.Options.Add(Method);
        command.Options.Add(Seed);
        command.Options.Add(BeltToys);
        command.Options.Add(JsonOutput);
    }

    /// <summary>The limit method chosen on the command line.</summary>
    public static LimitMethod ParseMethod(string? text) => text switch
    {
        "cls" => LimitMethod.AsymptoticCls,
        "cls-toys" => LimitMethod.ToyCls,
        "fc" => LimitMethod.FeldmanCousins,
        _ => LimitMethod.AsymptoticClsb,
    };

    /// <summary>The method's name on the command line and in JSON.</summary>
    public static string MethodName(LimitMethod method) => method switch
    {
        LimitMethod.AsymptoticCls => "cls",
        LimitMethod.ToyCls => "cls-toys",
        LimitMethod.FeldmanCousins => "fc",
        _ => "asymptotic",
    };

    /// <summary>The limit settings from the command line.</summary>
    public LimitOptions Limits(ParseResult parse)
    {
        int beltToys = parse.GetValue(BeltToys);
        if (beltToys < 10)
            throw new InputException($"--belt-toys = {beltToys}: expected at least 10.");
        var method = ParseMethod(parse.GetValue(Method));
        if (method == LimitMethod.ToyCls && !AllowToyCls)
            throw new InputException("--method cls-toys: available in 'fit' only; use cls (asymptotic CLs) or fc here.");
        return new LimitOptions(method, BeltToys: beltToys, Seed: parse.GetValue(Seed));
    }

    /// <summary>
    /// Loads the config and builds the experiment's model in <paramref name="edges"/> (null: the config's <c>fit.bins</c>) and
    /// time bins <paramref name="timeEdgesUs"/> (null: the config's <c>fit.timeBins</c> unless <paramref name="edges"/> come from
    /// binned data, which are then fitted in 1D).
    /// </summary>
    public ExperimentModel LoadModel(ParseResult parse, CliContext context, double[]? edges = null, double[]? timeEdgesUs = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LoadModel(Config.Resolve(parse), parse.GetValue(Config.Config)!.Name, context, edges, timeEdgesUs);
    }

    /// <summary>Builds the model of the resolved config <paramref name="resolved"/> (file <paramref name="fileName"/>, named in errors); bins as in the overload above.</summary>
    public static ExperimentModel LoadModel(NuMMGen.Generator.Config.ResolvedGeneratorConfig resolved, string fileName, CliContext context,
        double[]? edges = null, double[]? timeEdgesUs = null)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(context);
        var detector = resolved.Detector ?? throw new InputException(
            $"{fileName}: fits need a \"detector\" section (observed values, analysis region, backgrounds).");
        bool binnedData = edges is not null;
        edges ??= FitBinning.Edges(resolved.Config.Fit.Bins, detector);
        return new ExperimentModel(ExperimentTemplates.Build(resolved, edges, context.ModelFactory, timeEdgesUs: timeEdgesUs, useConfigTimeBins: !binnedData));
    }
}

/// <summary>Progress of a toy run on standard error, about every 10 % (thread safe).</summary>
/// <param name="error">Standard error.</param>
/// <param name="label">What is counted, e.g. "coverage toys".</param>
/// <param name="total">Total number of toys.</param>
public sealed class StderrProgress(TextWriter error, string label, int total) : IProgress<int>
{
    private readonly Lock _gate = new();
    private int _lastDecile = -1;

    /// <inheritdoc />
    public void Report(int value)
    {
        int decile = total <= 0 ? 10 : (int)(10L * value / total);
        lock (_gate)
        {
            if (decile <= _lastDecile)
                return;
            _lastDecile = decile;
            error.WriteLine($"{label}: {value}/{total}");
        }
    }
}
