using System.Globalization;
using System.Net;
using System.Text;
using NuMMGen.Cli.Plotting;
using NuMMGen.Cli.Plotting.Svg;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// A small builder of one self-contained HTML page: inline CSS, figures as inline SVG, no scripts and no external
/// resources. Every text is HTML-escaped (<see cref="WebUtility.HtmlEncode"/>); the SVG comes from
/// <see cref="SvgFigureRenderer"/>, whose text is XML-escaped, with its clip-path ids made unique in the page.
/// </summary>
public sealed class HtmlReport
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1250px; color: #222; background: #fff; padding: 0 1em; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #0072B2; padding-bottom: .3em; }
        h2 { font-size: 1.25em; margin-top: 1.8em; color: #0072B2; }
        table { border-collapse: collapse; margin: .6em 0; font-size: .92em; }
        th, td { border: 1px solid #ccc; padding: .25em .6em; }
        th { background: #f0f4f8; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        pre { background: #f7f7f7; border: 1px solid #ddd; padding: .8em; overflow: auto; max-height: 30em; font-size: .85em; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: .9em; color: #555; margin-top: .3em; }
        p.note { color: #555; font-size: .92em; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
        dt { font-weight: bold; }
        dd { margin: 0; font-family: monospace; }
        """;

    private readonly StringBuilder _body = new();
    private readonly IFigureRenderer _renderer;
    private int _figures;

    /// <summary>Starts a page titled <paramref name="title"/>.</summary>
    public HtmlReport(string title, IFigureRenderer? renderer = null)
    {
        Title = title;
        _renderer = renderer ?? new SvgFigureRenderer();
        _body.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>Number of figures added.</summary>
    public int FigureCount => _figures;

    /// <summary>HTML-escapes <paramref name="text"/>.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Adds a section heading.</summary>
    public HtmlReport Heading(string text)
    {
        _body.Append("<h2>").Append(Encode(text)).Append("</h2>\n");
        return this;
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    public HtmlReport Paragraph(string text, bool note = false)
    {
        _body.Append(note ? "<p class=\"note\">" : "<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>Adds preformatted text (e.g. JSON).</summary>
    public HtmlReport Preformatted(string text)
    {
        _body.Append("<pre>").Append(Encode(text)).Append("</pre>\n");
        return this;
    }

    /// <summary>Adds a table; cells that parse as numbers are right-aligned.</summary>
    public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append("<table>\n<tr>");
        foreach (var h in header)
            _body.Append("<th>").Append(Encode(h)).Append("</th>");
        _body.Append("</tr>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                bool number = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                _body.Append(number ? "<td class=\"num\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }
            _body.Append("</tr>\n");
        }
        _body.Append("</table>\n");
        return this;
    }

    /// <summary>Adds a definition list of (name, value) pairs.</summary>
    public HtmlReport Definitions(IEnumerable<(string Name, string Value)> items)
    {
        _body.Append("<dl>\n");
        foreach (var (name, value) in items)
            _body.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
        _body.Append("</dl>\n");
        return this;
    }

    /// <summary>Adds <paramref name="figure"/> rendered at <paramref name="size"/> as inline SVG, with a caption.</summary>
    public HtmlReport Figure(Figure figure, PlotSize size, string caption)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string svg = _renderer.RenderSvg(figure, size);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..].Replace("nummgen-clip-", $"nummgen-fig{_figures}-clip-", StringComparison.Ordinal);
        _figures++;
        _body.Append("<figure>\n").Append(svg.TrimEnd()).Append("\n<figcaption>").Append(Encode(caption)).Append("</figcaption>\n</figure>\n");
        return this;
    }

    /// <summary>The complete page.</summary>
    public override string ToString() =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Encode(Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n{_body}</body>\n</html>\n";
}
