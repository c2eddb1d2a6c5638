using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NuMMGen.Cli.Hosting;
using NuMMGen.Cli.Plotting;
using NuMMGen.Physics.Eft;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen eft figure</c>: the data of seed 1 (Xu) Fig. 3 as CSV on standard output. Columns:
/// <c>kind</c> (prediction or bound), <c>form</c> (scalar, tensor; empty for bounds), <c>fermion</c> (e, mu, tau; empty for
/// bounds), <c>gx_over_gf</c> (G_X/G_F; empty for bounds), <c>mu_over_muB</c> (moment or limit in Bohr magnetons),
/// <c>name</c> (experiment), <c>applies_to</c> (which effective moment, seed 1 eqs. 24-26), <c>reference</c>, <c>note</c>.
/// With <c>--plot FILE.svg|FILE.png</c> the CSV still goes to standard output and the figure (<see cref="EftFigurePlot"/>)
/// to FILE.
/// </summary>
public static class EftFigureCommand
{
    /// <summary>The CSV header.</summary>
    public const string Header = "kind,form,fermion,gx_over_gf,mu_over_muB,name,applies_to,reference,note";

    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var points = new Option<int>("--points") { Description = "Points per band, log-spaced over G_X = 0.1-1 G_F (default 19).", DefaultValueFactory = _ => 19 };
        var plot = new PlotOptions(EftFigurePlot.DefaultWidth, EftFigurePlot.DefaultHeight);
        var command = new Command("figure", "Seed 1 Fig. 3 data as CSV: mu_nu vs G_X (scalar, tensor; e, mu, tau) and the experimental bounds; --plot draws it.") { points };
        plot.AddTo(command);
        command.SetAction((parse, ct) => context.RunHostedAsync(parse, ct, (services, _) =>
        {
            var request = plot.Read(parse);
            var bands = MomentFigure.Bands(parse.GetValue(points));
            var output = context.Output.Out;
            output.WriteLine(Header);
            foreach (var p in bands)
            {
                output.WriteLine(string.Join(',', "prediction", p.Form == LoopForm.Scalar ? "scalar" : "tensor", p.Fermion.Symbol(),
                    Format(p.GxOverGf), Format(p.MuOverMuB), "", "", Csv(p.Form == LoopForm.Scalar ? "seed 1 eq. 10" : "seed 1 eq. 11"), ""));
            }
            foreach (var l in MomentFigure.Limits)
            {
                output.WriteLine(string.Join(',', "bound", "", "", "", Format(l.Limit), Csv(l.Name), Csv(l.AppliesTo), Csv(l.Reference), Csv(l.Note)));
            }
            if (request is not null)
            {
                new PlotWriter().Write(EftFigurePlot.Build(bands, MomentFigure.Limits), request.Path, request.Size);
                services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen.eft")
                    .LogInformation("Wrote {Format} plot {Path} ({Width}x{Height} px)", request.Format, request.Path, request.Size.Width, request.Size.Height);
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    // RFC 4180: quote a field with a comma or quote, doubling inner quotes.
    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? $"\"{s.Replace("\"", "\"\"")}\"" : s;
}
