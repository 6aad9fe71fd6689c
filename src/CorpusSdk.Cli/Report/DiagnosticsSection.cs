using System.Text;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction.Diagnostics;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The diagnostics, as <c>check</c> prints them, each linking to the line of the article it is about (and to the other
/// places it concerns); a finding about a file with no article (unreadable, too large, the lexicon) names the file.
/// The table fits the page (ReportStyle's <c>.diagnostics</c>): fixed columns, every cell wrapping, the other places
/// one per line.
/// </summary>
public static class DiagnosticsSection
{
    public const string Id = "report-diagnostics";

    /// <summary>The anchor of the diagnostic at <paramref name="index"/> in the report's order, which article lines link back to.</summary>
    public static string Anchor(int index) => "diagnostic-" + ReportHtml.Number(index + 1);

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        ReportHtml.OpenSection(html, Id, labels.Diagnostics);
        if (context.Diagnostics.Count == 0)
        {
            ReportHtml.Nothing(html, labels);
            html.Append("</section>\n");
            return;
        }
        ReportHtml.OpenTable(html, "diagnostics", labels.Severity, "ID", labels.Where, labels.Message, labels.Related);
        for (var i = 0; i < context.Diagnostics.Count; i++)
        {
            var diagnostic = context.Diagnostics[i];
            var severity = ExportWriter.SeverityName(context.Loaded.SeverityOf(diagnostic));
            html.Append("<tr id=\"").Append(Anchor(i)).Append("\" class=\"").Append(severity).Append("\"><td><span class=\"mark\">").Append(SeveritySymbol(severity))
                .Append("</span> ").Append(HtmlText.Encode(labels.Term(severity))).Append("</td><td>").Append(HtmlText.Encode(diagnostic.Id)).Append("</td><td>")
                .Append(Location(context, diagnostic.File, diagnostic.Span)).Append("</td><td dir=\"auto\">").Append(DiagnosticMessageText.Html(diagnostic.Message)).Append("</td><td>");
            // The other places one per line: side by side they made the column as wide as all of them (five long
            // paths in a cross-source finding), and the table wider than the page.
            if (diagnostic.Related.Count > 0)
            {
                html.Append("<ul class=\"places\">");
                foreach (var related in diagnostic.Related) html.Append("<li>").Append(Location(context, related.File, related.Span)).Append("</li>");
                html.Append("</ul>");
            }
            html.Append("</td></tr>\n");
        }
        html.Append(ReportHtml.CloseTable).Append("</section>\n");
    }

    /// <summary>
    /// The file and line, linked to the article's line when the file is an article. The path may break after each
    /// <c>/</c> and <c>_</c> (<see cref="ReportHtml.FilePath"/>), so that in a narrow column it wraps at its parts.
    /// </summary>
    private static string Location(ReportContext context, string file, SourceSpan span)
    {
        var where = "<bdi dir=\"ltr\">" + ReportHtml.FilePath(file) + "(" + ReportHtml.Number(span.StartLine) + "," + ReportHtml.Number(span.StartColumn) + ")</bdi>";
        return context.ArticleIdOfFile(file) is { } articleId
            ? context.LineLink(articleId, span.StartLine) + " <span class=\"how\">" + where + "</span>"
            : "<span class=\"how\">" + where + "</span>";
    }

    /// <summary>
    /// The sign of a severity, beside its word: ✗ error, ⚠ warning, ℹ info and hidden (<c>silent</c> in .editorconfig:
    /// a finding the build does not list, and no warning either).
    /// </summary>
    public static string SeveritySymbol(string severity) => severity switch
    {
        "error" => "✗",
        "warning" => "⚠",
        _ => "ℹ",
    };
}
