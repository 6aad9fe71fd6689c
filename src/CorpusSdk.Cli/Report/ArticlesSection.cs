using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Cli.Export;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The articles themselves, one anchored section each (<c>#A002</c>): what the extraction read of the header, then
/// every line it holds text for, numbered as in the file and anchored (<c>#A002-L5</c>) so the other sections can
/// point at them. Dropped lines are shown greyed with the reason; a line with findings links back to them.
/// </summary>
public static class ArticlesSection
{
    public const string Id = "report-articles";

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        var findings = new Dictionary<(string File, int Line), List<int>>();
        for (var i = 0; i < context.Diagnostics.Count; i++)
        {
            var key = (context.Diagnostics[i].File, context.Diagnostics[i].Span.StartLine);
            if (!findings.TryGetValue(key, out var list)) findings.Add(key, list = new List<int>());
            list.Add(i);
        }

        ReportHtml.OpenSection(html, Id, labels.Articles);
        foreach (var article in context.Corpus.Articles)
        {
            var model = article.Article;
            html.Append("<article id=\"").Append(HtmlText.Encode(article.Id)).Append('"');
            if (model.Language is not null) html.Append(" lang=\"").Append(HtmlText.Encode(model.Language)).Append('"');
            html.Append(" dir=\"").Append(ReportContext.Direction(model.Language)).Append("\"><h3><bdi>").Append(HtmlText.Encode(article.Id)).Append("</bdi> ")
                .Append(ReportHtml.Text(model.Title)).Append("</h3>\n<dl class=\"meta\">");
            Field(html, labels.Outlet, model.Outlet);
            Field(html, labels.Author, model.Author);
            if (article.Published is { } published)
            {
                html.Append("<dt>").Append(HtmlText.Encode(labels.Published)).Append("</dt><dd>").Append(ReportHtml.Value(published.Value))
                    .Append(" · ").Append(HtmlText.Encode(labels.HowPublished(published))).Append("</dd>");
            }
            Field(html, labels.File, model.File);
            html.Append("</dl>\n");
            // Findings at lines the page does not show (a whole-file finding at line 1, a dateline) link back from here.
            var lines = context.Lines(article.Id);
            var elsewhere = findings.Where(f => f.Key.File == model.File && !lines.ContainsKey(f.Key.Line)).OrderBy(f => f.Key.Line).SelectMany(f => f.Value).ToList();
            if (elsewhere.Count > 0)
            {
                html.Append("<p class=\"findings\">");
                foreach (var i in elsewhere) FindingLink(html, context, i, withLine: true);
                html.Append("</p>\n");
            }
            html.Append("<div class=\"lines\">\n");
            foreach (var line in lines.Values)
            {
                html.Append("<div class=\"line").Append(line.Dropped ? " dropped" : "").Append(line.Part == ArticleLine.Headline ? " headline" : "")
                    .Append("\" id=\"").Append(HtmlText.Encode(ReportContext.LineAnchor(article.Id, line.Line))).Append("\"><a class=\"ln\" href=\"#")
                    .Append(HtmlText.Encode(ReportContext.LineAnchor(article.Id, line.Line))).Append("\">").Append(ReportHtml.Number(line.Line)).Append("</a>");
                if (line.Part != ArticleLine.Paragraph) html.Append("<span class=\"part\">").Append(HtmlText.Encode(labels.Term(line.Part))).Append("</span>");
                html.Append("<p dir=\"auto\">").Append(HtmlText.Encode(line.Text)).Append("</p>");
                if (findings.TryGetValue((model.File, line.Line), out var here))
                {
                    html.Append("<span class=\"findings\">");
                    foreach (var i in here) FindingLink(html, context, i, withLine: false);
                    html.Append("</span>");
                }
                html.Append("</div>\n");
            }
            html.Append("</div></article>\n");
        }
        html.Append("</section>\n");
    }

    private static void FindingLink(StringBuilder html, ReportContext context, int index, bool withLine)
    {
        var diagnostic = context.Diagnostics[index];
        html.Append("<a href=\"#").Append(DiagnosticsSection.Anchor(index)).Append("\" title=\"").Append(HtmlText.Encode(DiagnosticMessageText.PlainText(diagnostic.Message))).Append("\">")
            .Append(DiagnosticsSection.SeveritySymbol(ExportWriter.SeverityName(context.Loaded.SeverityOf(diagnostic)))).Append(' ')
            .Append(HtmlText.Encode(diagnostic.Id));
        if (withLine) html.Append(" (").Append(HtmlText.Encode(context.Labels.Line)).Append(' ').Append(ReportHtml.Number(diagnostic.Span.StartLine)).Append(')');
        html.Append("</a> ");
    }

    private static void Field(StringBuilder html, string label, string? value)
    {
        if (value is null) return;
        html.Append("<dt>").Append(HtmlText.Encode(label)).Append("</dt><dd>").Append(ReportHtml.Text(value)).Append("</dd>");
    }
}
