using System.ComponentModel;
using System.Diagnostics;

namespace NuMMGen.Cli.Plotting;

/// <summary>Raised when a plot cannot be produced because an external tool is missing or fails.</summary>
public sealed class PlotToolException(string message) : Exception(message);

/// <summary>
/// SVG to PNG through <c>rsvg-convert -w W -h H -o out.png in.svg</c> (librsvg; Debian package <c>librsvg2-bin</c>).
/// </summary>
/// <param name="executable">The program to run: a name looked up on PATH (default <c>rsvg-convert</c>) or a path.</param>
public sealed class RsvgPngConverter(string executable = "rsvg-convert")
{
    /// <summary>The Debian package that provides rsvg-convert.</summary>
    public const string DebianPackage = "librsvg2-bin";

    /// <summary>Longest a conversion may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The executable this converter runs.</summary>
    public string Executable { get; } = executable;

    /// <summary>Writes <paramref name="svg"/> as a PNG of exactly <paramref name="size"/> pixels to <paramref name="pngPath"/>.</summary>
    /// <exception cref="PlotToolException">rsvg-convert is missing (the message names the Debian package) or fails.</exception>
    public void Convert(string svg, string pngPath, PlotSize size)
    {
        var svgPath = Path.Combine(Path.GetTempPath(), $"nummgen-plot-{Guid.NewGuid():N}.svg");
        File.WriteAllText(svgPath, svg);
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "-w", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "-h", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "png", "-o", pngPath, svgPath })
            {
                start.ArgumentList.Add(a);
            }
            Process process;
            try
            {
                process = Process.Start(start) ?? throw Missing();
            }
            catch (Win32Exception)
            {
                throw Missing();
            }
            using (process)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                _ = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(Timeout))
                {
                    process.Kill(entireProcessTree: true);
                    throw new PlotToolException($"{Executable} did not finish within {Timeout.TotalSeconds} s converting to {pngPath}.");
                }
                if (process.ExitCode != 0)
                {
                    throw new PlotToolException($"{Executable} failed (exit {process.ExitCode}) converting to {pngPath}: {stderr.Result.Trim()}");
                }
            }
        }
        finally
        {
            File.Delete(svgPath);
        }
    }

    private PlotToolException Missing() => new(
        $"cannot write PNG: '{Executable}' was not found. Install the Debian package {DebianPackage} " +
        $"(apt-get install {DebianPackage}), or write the plot as .svg.");
}
