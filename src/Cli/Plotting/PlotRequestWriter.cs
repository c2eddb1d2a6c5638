using Microsoft.Extensions.Logging;

namespace NuMMGen.Cli.Plotting;

/// <summary>Writes a command's figure to the file its <see cref="PlotRequest"/> names and logs it (shared by every <c>--plot</c>).</summary>
public static class PlotRequestWriter
{
    /// <summary>Renders <paramref name="figure"/> to <paramref name="request"/>'s file and size, then logs a line on <paramref name="logger"/>.</summary>
    public static void Write(this PlotRequest request, Figure figure, ILogger logger, IPlotWriter? writer = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(logger);
        (writer ?? new PlotWriter()).Write(figure, request.Path, request.Size);
        logger.LogInformation("Wrote {Format} plot {Path} ({Width}x{Height} px)", request.Format, request.Path, request.Size.Width, request.Size.Height);
    }
}
