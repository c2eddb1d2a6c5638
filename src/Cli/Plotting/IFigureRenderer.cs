namespace NuMMGen.Cli.Plotting;

/// <summary>
/// Turns a <see cref="Figure"/> into an image document. The project's implementation is <see cref="Svg.SvgFigureRenderer"/>;
/// a real plotting library (ScottPlot) would implement this interface and nothing else would change.
/// </summary>
public interface IFigureRenderer
{
    /// <summary>Renders <paramref name="figure"/> at <paramref name="size"/> as SVG text.</summary>
    string RenderSvg(Figure figure, PlotSize size);
}

/// <summary>Writes a figure to a file in the format its extension names (<c>.svg</c> or <c>.png</c>).</summary>
public interface IPlotWriter
{
    /// <summary>Writes <paramref name="figure"/> to <paramref name="path"/> at <paramref name="size"/>.</summary>
    void Write(Figure figure, string path, PlotSize size);
}

/// <summary>Image size in px (the SVG's width and height, and the PNG's pixels).</summary>
/// <param name="Width">Width in px.</param>
/// <param name="Height">Height in px.</param>
public readonly record struct PlotSize(int Width, int Height)
{
    /// <summary>Smallest size accepted.</summary>
    public const int MinPixels = 100;

    /// <summary>Largest size accepted.</summary>
    public const int MaxPixels = 10000;
}

/// <summary>File formats a plot can be written in.</summary>
public enum PlotFormat
{
    /// <summary>Scalable vector graphics (written directly).</summary>
    Svg,

    /// <summary>PNG, converted from the SVG by rsvg-convert (Debian package librsvg2-bin).</summary>
    Png,
}
