using NuMMGen.Cli.Plotting.Svg;

namespace NuMMGen.Cli.Plotting;

/// <summary>
/// The default <see cref="IPlotWriter"/>: renders with an <see cref="IFigureRenderer"/> (SVG) and, for <c>.png</c>,
/// converts with <see cref="RsvgPngConverter"/>. The file appears complete or not at all (written beside it, then moved).
/// </summary>
/// <param name="renderer">The renderer (default: <see cref="SvgFigureRenderer"/>).</param>
/// <param name="png">The PNG converter (default: rsvg-convert on PATH).</param>
public sealed class PlotWriter(IFigureRenderer? renderer = null, RsvgPngConverter? png = null) : IPlotWriter
{
    private readonly IFigureRenderer renderer = renderer ?? new SvgFigureRenderer();
    private readonly RsvgPngConverter png = png ?? new RsvgPngConverter();

    /// <summary>The format a file name asks for, or null when its extension is neither <c>.svg</c> nor <c>.png</c>.</summary>
    public static PlotFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => PlotFormat.Svg,
        ".png" => PlotFormat.Png,
        _ => null,
    };

    /// <inheritdoc/>
    public void Write(Figure figure, string path, PlotSize size)
    {
        var format = FormatOf(path) ?? throw new ArgumentException($"Plot file '{path}' must end in .svg or .png.", nameof(path));
        var svg = renderer.RenderSvg(figure, size);
        var full = Path.GetFullPath(path);
        var tmp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (format == PlotFormat.Svg)
            {
                File.WriteAllText(tmp, svg);
            }
            else
            {
                png.Convert(svg, tmp, size);
            }
            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            File.Delete(tmp);
        }
    }
}
