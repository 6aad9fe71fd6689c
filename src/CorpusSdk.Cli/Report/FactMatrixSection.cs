using System;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The facts by source: a row per fact, a column per article (its id, outlet and day), and in each cell the value that
/// article gives, as written, with a symbol and a word for whether it agrees with the fact's value.
/// </summary>
public static class FactMatrixSection
{
    public const string Id = "report-facts";

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        var articles = context.Corpus.Articles;
        ReportHtml.OpenSection(html, Id, labels.Facts);
        if (context.Corpus.Facts.Count == 0)
        {
            ReportHtml.Nothing(html, labels);
            html.Append("</section>\n");
            return;
        }
        WriteLegend(html, labels);
        html.Append("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">").Append(HtmlText.Encode(labels.Fact))
            .Append("</th><th scope=\"col\">").Append(HtmlText.Encode(labels.Value))
            .Append("</th><th scope=\"col\">").Append(HtmlText.Encode(labels.Status)).Append("</th>");
        foreach (var article in articles)
        {
            html.Append("<th scope=\"col\" data-article=\"").Append(HtmlText.Encode(article.Id)).Append("\">")
                .Append(ReportContext.ArticleLink(article.Id)).Append("<br><span class=\"outlet\">")
                .Append(ReportHtml.Text(ReportContext.SourceOf(article.Article))).Append("</span>");
            if (article.Published is { } published)
            {
                html.Append("<br><span class=\"how\">").Append(ReportHtml.Value(published.Date.ToDay() is { } day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : published.Value)).Append("</span>");
            }
            html.Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var fact in context.Corpus.Facts)
        {
            html.Append("<tr id=\"fact-").Append(HtmlText.Encode(fact.Id)).Append("\" data-fact=\"").Append(HtmlText.Encode(fact.Id)).Append("\"><th scope=\"row\">")
                .Append(ReportHtml.Text(fact.Subject)).Append("<br><span class=\"how\">").Append(HtmlText.Encode(labels.Term(fact.Kind))).Append("</span></th><td class=\"value\">")
                .Append(ReportHtml.Value(ValueText(fact.Value, fact.Unit))).Append("</td><td>").Append(StatusBadge(fact.Status, labels))
                .Append(" <span class=\"how\">").Append(ReportHtml.Number(fact.Sources.Count)).Append(' ').Append(HtmlText.Encode(labels.Sources)).Append("</span></td>");
            foreach (var article in articles)
            {
                var sources = fact.Sources.Where(s => string.Equals(s.Article, article.Id, StringComparison.Ordinal)).ToList();
                if (sources.Count == 0)
                {
                    html.Append("<td class=\"none\"><span class=\"mark\" title=\"").Append(HtmlText.Encode(labels.NotStated)).Append("\">–</span></td>");
                    continue;
                }
                // One class for the cell: the least agreeing of its sources (an article can state a fact twice).
                var worst = sources.Select(s => SourceAgreements.Of(fact, s)).OrderBy(a => a == SourceAgreement.Differs ? 0 : a == SourceAgreement.Unresolved ? 1 : 2).First();
                html.Append("<td class=\"").Append(SourceAgreements.CssClass(worst)).Append("\" data-article=\"").Append(HtmlText.Encode(article.Id)).Append("\">");
                foreach (var source in sources) WriteSource(html, context, fact, source);
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div></section>\n");
    }

    /// <summary>A fact's status as a symbol and a word.</summary>
    public static string StatusBadge(string status, ReportLabels labels)
    {
        var (symbol, word) = status switch
        {
            FactStatuses.Corroborated => ("✓", labels.Corroborated),
            FactStatuses.Disputed => ("✗", labels.Disputed),
            _ => ("•", labels.Single),
        };
        return "<span class=\"status " + HtmlText.Encode(status) + "\">" + symbol + " " + HtmlText.Encode(word) + "</span>";
    }

    private static void WriteSource(StringBuilder html, ReportContext context, FactModel fact, FactSource source)
    {
        var labels = context.Labels;
        var agreement = SourceAgreements.Of(fact, source);
        var word = SourceAgreements.Word(agreement, labels);
        html.Append("<div class=\"source\"><span class=\"mark\" title=\"").Append(HtmlText.Encode(word)).Append("\">")
            .Append(SourceAgreements.Symbol(agreement)).Append("</span> <span class=\"word\">").Append(HtmlText.Encode(word)).Append("</span> ")
            .Append("<span class=\"value\">").Append(ReportHtml.Value(ValueText(source.Value, fact.Unit) ?? "?")).Append("</span>");
        if (!source.Certain) html.Append(" <span class=\"how\">(").Append(HtmlText.Encode(labels.Guessed)).Append(")</span>");
        html.Append("<br><span class=\"written\" title=\"").Append(HtmlText.Encode(source.Sentence)).Append("\">«").Append(ReportHtml.Text(source.Text))
            .Append("»</span> ").Append(context.LineLink(source.Article, source.Line)).Append("</div>");
    }

    private static string? ValueText(string? value, string? unit) => value is null ? null : unit is null ? value : value + " " + unit;

    private static void WriteLegend(StringBuilder html, ReportLabels labels)
    {
        html.Append("<p class=\"legend\"><strong>").Append(HtmlText.Encode(labels.Legend)).Append(":</strong> ");
        foreach (var agreement in new[] { SourceAgreement.Agrees, SourceAgreement.Differs, SourceAgreement.Unresolved, SourceAgreement.OnlySource })
        {
            html.Append("<span class=\"").Append(SourceAgreements.CssClass(agreement)).Append("\"><span class=\"mark\">").Append(SourceAgreements.Symbol(agreement))
                .Append("</span> ").Append(HtmlText.Encode(SourceAgreements.Word(agreement, labels))).Append("</span> ");
        }
        html.Append("<span class=\"none\"><span class=\"mark\">–</span> ").Append(HtmlText.Encode(labels.NotStated)).Append("</span></p>\n");
    }
}
