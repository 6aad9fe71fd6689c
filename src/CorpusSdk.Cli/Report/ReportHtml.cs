using System.Globalization;
using System.Text;

namespace CorpusSdk.Cli.Report;

/// <summary>The pieces of markup every section writes the same way: isolated corpus text, invariant values, headings, tables.</summary>
public static class ReportHtml
{
    /// <summary>Corpus text as an isolated run (<c>bdi</c>): its direction is its own, and cannot leak into the page.</summary>
    public static string Text(string? text) => "<bdi>" + HtmlText.Encode(text) + "</bdi>";

    /// <summary>
    /// A value the extraction writes in invariant form (an ISO date, a number): left to right, isolated, so that an
    /// Arabic page does not reorder 2026-02-09T14:24 into 09T14:24-02-2026.
    /// </summary>
    public static string Value(string? value) => "<bdi dir=\"ltr\">" + HtmlText.Encode(value) + "</bdi>";

    /// <summary>
    /// A file path, escaped, with a line-break opportunity (<c>&lt;wbr&gt;</c>) after each <c>/</c> and <c>_</c>: a long
    /// name such as <c>ar_hamdaniya_probe/05_qstreetjournal.txt</c> then wraps at its parts in a narrow column, not
    /// past the column's edge, and shows whole (the characters are unchanged; copying it gives the path).
    /// </summary>
    public static string FilePath(string path)
    {
        var html = new StringBuilder(path.Length + 16);
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != '/' && path[i] != '_') continue;
            html.Append(HtmlText.Encode(path.Substring(start, i + 1 - start))).Append("<wbr>");
            start = i + 1;
        }
        return html.Append(HtmlText.Encode(path.Substring(start))).ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The summary label's {0}, {1}, … filled with invariant numbers.</summary>
    public static string Format(string label, params int[] values)
    {
        var result = new StringBuilder(label);
        for (var i = 0; i < values.Length; i++) result.Replace("{" + Number(i) + "}", Number(values[i]));
        return result.ToString();
    }

    /// <summary>Opens a section of the page with its anchor and heading.</summary>
    public static void OpenSection(StringBuilder html, string id, string heading) =>
        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(HtmlText.Encode(heading)).Append("</h2>\n");

    /// <summary>What a section shows when the corpus has nothing for it.</summary>
    public static void Nothing(StringBuilder html, ReportLabels labels) =>
        html.Append("<p class=\"nothing\">").Append(HtmlText.Encode(labels.Nothing)).Append("</p>\n");

    /// <summary>Opens a table that scrolls sideways when wider than the page, with its column headings, up to its body.</summary>
    public static void OpenTable(StringBuilder html, string cssClass, params string[] columns)
    {
        html.Append("<div class=\"scroll\"><table class=\"").Append(cssClass).Append("\"><thead><tr>");
        foreach (var column in columns) html.Append("<th scope=\"col\">").Append(HtmlText.Encode(column)).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
    }

    public const string CloseTable = "</tbody></table></div>\n";
}
