using System.CommandLine;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Plotting;

/// <summary>What a command was asked to plot: file, format and size.</summary>
/// <param name="Path">Output file.</param>
/// <param name="Format">From the file's extension.</param>
/// <param name="Size">Image size in px.</param>
public sealed record PlotRequest(string Path, PlotFormat Format, PlotSize Size);

/// <summary>
/// The <c>--plot FILE.svg|FILE.png</c>, <c>--width PX</c> and <c>--height PX</c> options, shared by every command that
/// plots. A command adds them with <see cref="AddTo"/> and reads them with <see cref="Read"/>, then hands its
/// <see cref="Figure"/> to an <see cref="IPlotWriter"/>.
/// </summary>
public sealed class PlotOptions
{
    /// <summary>Creates the options with the command's default image size.</summary>
    public PlotOptions(int defaultWidth = 800, int defaultHeight = 600)
    {
        Plot = new Option<string?>("--plot") { Description = "Also draw the result to FILE.svg or FILE.png (PNG needs rsvg-convert, Debian package librsvg2-bin)." };
        Width = new Option<int>("--width") { Description = $"Plot width in px (default {defaultWidth}).", DefaultValueFactory = _ => defaultWidth };
        Height = new Option<int>("--height") { Description = $"Plot height in px (default {defaultHeight}).", DefaultValueFactory = _ => defaultHeight };
    }

    /// <summary><c>--plot</c>.</summary>
    public Option<string?> Plot { get; }

    /// <summary><c>--width</c>.</summary>
    public Option<int> Width { get; }

    /// <summary><c>--height</c>.</summary>
    public Option<int> Height { get; }

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Plot);
        command.Options.Add(Width);
        command.Options.Add(Height);
    }

    /// <summary>The request, or null without <c>--plot</c>.</summary>
    /// <exception cref="InputException">Bad extension, missing directory or size out of range (names the option).</exception>
    public PlotRequest? Read(ParseResult parse)
    {
        var path = parse.GetValue(Plot);
        if (path is null)
        {
            return null;
        }
        var format = PlotWriter.FormatOf(path)
            ?? throw new InputException($"--plot: the file must end in .svg or .png (got '{path}').");
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new InputException($"--plot: the directory '{dir}' does not exist.");
        }
        return new PlotRequest(path, format, new PlotSize(Pixels(parse, Width, "--width"), Pixels(parse, Height, "--height")));
    }

    private static int Pixels(ParseResult parse, Option<int> option, string name)
    {
        var v = parse.GetValue(option);
        if (v < PlotSize.MinPixels || v > PlotSize.MaxPixels)
        {
            throw new InputException($"{name}: must be {PlotSize.MinPixels} to {PlotSize.MaxPixels} px (got {v}).");
        }
        return v;
    }
}
