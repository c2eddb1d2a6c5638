using System.Xml.Linq;
using NuMMGen.Cli.Plotting;

namespace NuMMGen.Cli.Tests.Plotting;

/// <summary>Checks shared by the plotting tests: SVG parses, PNG header, rsvg-convert present.</summary>
internal static class PlotAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses <paramref name="svg"/> as XML and checks the root: svg element, size, viewBox, no NaN.</summary>
    public static XDocument WellFormedSvg(string svg, int width, int height)
    {
        var doc = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Root.Attribute("width")!.Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Root.Attribute("height")!.Value);
        Assert.Equal($"0 0 {width} {height}", doc.Root.Attribute("viewBox")!.Value);
        foreach (var a in doc.Descendants().Attributes())
        {
            Assert.DoesNotContain("NaN", a.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", a.Value, StringComparison.Ordinal);
        }
        return doc;
    }

    /// <summary>Width and height from a PNG's IHDR chunk (after checking the signature).</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        var b = File.ReadAllBytes(path);
        Assert.True(b.Length > 24, "PNG too short");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, b[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(b, 12, 4));
        static int BigEndian(byte[] x, int at) => (x[at] << 24) | (x[at + 1] << 16) | (x[at + 2] << 8) | x[at + 3];
        return (BigEndian(b, 16), BigEndian(b, 20));
    }

    /// <summary>Fails (does not skip) when rsvg-convert is missing: CI installs it (.ci/run), and so must a developer.</summary>
    public static void RequireRsvgConvert()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "rsvg-convert")));
        Assert.True(found, $"rsvg-convert is not on PATH: install the Debian package {RsvgPngConverter.DebianPackage} " +
            $"(apt-get install {RsvgPngConverter.DebianPackage}); .ci/run installs it.");
    }
}
