using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NuMMGen.Cli.Tests.Plotting;

namespace NuMMGen.Cli.Tests;

/// <summary>
/// <c>nummgen report</c>: one self-contained HTML page (no scripts, links or external resources; inline SVG that parses;
/// escaped text) with the config, counts, plots, fit or sensitivity and provenance, and a headless Chromium (Debian package
/// chromium) screenshot of it shows the plots (coloured pixels) rather than a blank page.
/// </summary>
public partial class ReportCommandTests
{
    [Fact]
    public void SensitivityPageIsSelfContainedAndEscaped()
    {
        var path = PlotTestData.Temp(".html");
        try
        {
            // A config name with HTML metacharacters must come out escaped everywhere (title, headings, SVG text).
            var r = CliRunner.Run("report", "--config", GenerateCommandTests.Config("texono.json"), "--set", "name=tex<b>&\"o\"", "--seed", "7",
                "--out", path);
            Assert.True(r.ExitCode == 0, r.Error);
            string html = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);   // no toys: no empty band columns
            Assert.Contains("tex&lt;b&gt;&amp;&quot;o&quot;", html, StringComparison.Ordinal);
            foreach (var banned in new[] { "<script", "<link", "src=", "<iframe", "@import", "url(http" })
                Assert.DoesNotContain(banned, html, StringComparison.OrdinalIgnoreCase);
            // The only URLs are the SVG namespace.
            Assert.All(UrlPattern().Matches(html), m => Assert.Equal("http://www.w3.org/2000/svg", m.Value));
            var svgs = SvgPattern().Matches(html).Select(m => XDocument.Parse(m.Value)).ToList();
            Assert.Equal(2, svgs.Count);   // rates and sensitivity
            var clipIds = svgs.SelectMany(d => d.Descendants(PlotAssert.Svg + "clipPath")).Select(c => c.Attribute("id")!.Value).ToList();
            Assert.Equal(clipIds.Count, clipIds.Distinct().Count());
            foreach (var section in new[] { "Expected counts", "Expected sensitivity", "Resolved config", "Provenance" })
                Assert.Contains(section, html, StringComparison.Ordinal);
            // Provenance: the config hash the config layer computes, and the seed.
            var resolved = Generator.Config.GeneratorConfig.Load(GenerateCommandTests.Config("texono.json"), ["name=tex<b>&\"o\""]).Resolve();
            Assert.Contains(resolved.Sha256, html, StringComparison.Ordinal);
            Assert.Contains("<dt>seed</dt><dd>7</dd>", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FitPageShowsTheFitAndChromiumRendersItsPlots()
    {
        var html = PlotTestData.Temp(".html");
        var shot = PlotTestData.Temp(".png");
        var blankHtml = PlotTestData.Temp(".html");
        var blankShot = PlotTestData.Temp(".png");
        try
        {
            var r = CliRunner.Run("report", "--config", GenerateCommandTests.Config("texono.json"), "--data", PlotTestData.TexonoData, "--out", html);
            Assert.True(r.ExitCode == 0, r.Error);
            string text = File.ReadAllText(html);
            Assert.Contains("Fit of the data", text, StringComparison.Ordinal);
            Assert.Contains("90 % CL upper limit mu", text, StringComparison.Ordinal);
            Assert.Equal(2, SvgPattern().Matches(text).Count);   // rates and fit

            Screenshot(html, shot, 1280, 2000);
            var page = PngPixels.Read(shot);
            Assert.Equal((1280, 2000), (page.Width, page.Height));
            File.WriteAllText(blankHtml, "<!DOCTYPE html><html><body></body></html>");
            Screenshot(blankHtml, blankShot, 1280, 2000);
            var blank = PngPixels.Read(blankShot);
            Assert.Equal(0, Count(blank, NotWhite));
            // Text and tables alone are grey; the plots add saturated colour (Okabe-Ito lines and fills, grey stacks aside).
            int ink = Count(page, NotWhite), colour = Count(page, Saturated);
            Assert.True(ink > 0.03 * page.Width * page.Height, $"only {ink} non-white pixels: the page looks blank");
            Assert.True(colour > 5000, $"only {colour} coloured pixels: the plots are not shown");
        }
        finally
        {
            foreach (var f in new[] { html, shot, blankHtml, blankShot })
                File.Delete(f);
        }
    }

    [Fact]
    public void BadInputsAreInputErrors()
    {
        var noDetector = CliRunner.Run("report", "--config", GenerateCommandTests.Config("coherent-csi.json"), "--data", PlotTestData.TexonoData,
            "--out", PlotTestData.Temp(".html"));
        Assert.Equal(2, noDetector.ExitCode);
        Assert.Contains("--data", noDetector.Error, StringComparison.Ordinal);
        var noFolder = CliRunner.Run("report", "--config", GenerateCommandTests.Config("texono.json"), "--out",
            Path.Combine(Path.GetTempPath(), $"nummgen-missing-{Guid.NewGuid():N}", "r.html"));
        Assert.Equal(2, noFolder.ExitCode);
        Assert.Contains("--out", noFolder.Error, StringComparison.Ordinal);
    }

    private static bool NotWhite((byte R, byte G, byte B) p) => p.R < 245 || p.G < 245 || p.B < 245;

    private static bool Saturated((byte R, byte G, byte B) p) => Math.Max(p.R, Math.Max(p.G, p.B)) - Math.Min(p.R, Math.Min(p.G, p.B)) > 60;

    private static int Count(PngPixels png, Func<(byte R, byte G, byte B), bool> test)
    {
        int n = 0;
        for (int y = 0; y < png.Height; y++)
            for (int x = 0; x < png.Width; x++)
                if (test(png.At(x, y)))
                    n++;
        return n;
    }

    /// <summary>Headless Chromium screenshot; fails (never skips) when Chromium is missing: tests/run-tests.sh installs it.</summary>
    private static void Screenshot(string html, string png, int width, int height)
    {
        string? chromium = new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Where(d => d.Length > 0).Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
        Assert.True(chromium is not null, "Chromium is not on PATH: install the Debian package chromium (apt-get install chromium); tests/run-tests.sh installs it.");
        string profile = Path.Combine(Path.GetTempPath(), $"nummgen-chromium-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     $"--user-data-dir={profile}",
                     $"--screenshot={png}", $"--window-size={width},{height}", new Uri(html).AbsoluteUri })
            start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "chromium did not finish within 2 minutes");
            Assert.True(File.Exists(png), $"chromium wrote no screenshot (exit {process.ExitCode}): {stderr.Result}");
        }
        finally
        {
            if (Directory.Exists(profile))
                Directory.Delete(profile, recursive: true);
        }
    }

    [GeneratedRegex("https?://[^\"'\\s)<>]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgPattern();
}
