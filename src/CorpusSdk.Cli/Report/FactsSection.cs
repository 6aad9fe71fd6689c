using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The facts and what each source says of them: a row per fact (what it is, its value, its status) and in the row the
/// sources that state it, each with a symbol and a word for whether it agrees, the value it gives, the words it gives
/// it in, who it is (outlet, else file), its day and a link to its line.
/// </summary>
/// <remarks>
/// Not a column per article: in a real corpus most facts are stated by one or two of its articles, and a column each
/// made the table mostly empty cells, wider than the page with ten articles. Four columns, whatever the corpus, fit the
/// page and wrap; the articles that do not state a fact are left out of its row, as the fact-checker reads what is said.
/// </remarks>
public static class FactsSection
{
    public const string Id = "report-facts";

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        ReportHtml.OpenSection(html, Id, labels.Facts);
        if (context.Corpus.Facts.Count == 0)
        {
            ReportHtml.Nothing(html, labels);
            html.Append("</section>\n");
            return;
        }
        WriteLegend(html, labels);
        var articles = context.Corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        html.Append("<table class=\"facts\">\n<thead><tr><th scope=\"col\">").Append(HtmlText.Encode(labels.Fact))
            .Append("</th><th scope=\"col\">").Append(HtmlText.Encode(labels.Value))
            .Append("</th><th scope=\"col\">").Append(HtmlText.Encode(labels.Status))
            .Append("</th><th scope=\"col\">").Append(HtmlText.Encode(labels.WhatSourcesSay)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var fact in context.Corpus.Facts)
        {
            html.Append("<tr id=\"fact-").Append(HtmlText.Encode(fact.Id)).Append("\" data-fact=\"").Append(HtmlText.Encode(fact.Id)).Append("\"><th scope=\"row\" dir=\"auto\">")
                .Append(ReportHtml.Text(fact.Subject)).Append("<br><span class=\"how\">").Append(HtmlText.Encode(labels.Term(FactNames.Of(fact.Kind)))).Append("</span></th><td class=\"value\">")
                .Append(ReportHtml.Value(ValueText(fact.Value, fact.Unit))).Append("</td><td>").Append(StatusBadge(fact.Status, labels))
                .Append(" <span class=\"how\">").Append(ReportHtml.Number(fact.Sources.Count)).Append(' ').Append(HtmlText.Encode(labels.Sources)).Append("</span></td>")
                .Append("<td><ul class=\"sources\">");
            foreach (var source in fact.Sources) WriteSource(html, context, articles.TryGetValue(source.Article, out var article) ? article : null, fact, source);
            html.Append("</ul></td></tr>\n");
        }
        html.Append("</tbody></table></section>\n");
    }

    /// <summary>A fact's status as a symbol and a word.</summary>
    public static string StatusBadge(FactStatus status, ReportLabels labels)
    {
        var (symbol, word) = status switch
        {
            FactStatus.Corroborated => ("✓", labels.Corroborated),
            FactStatus.Disputed => ("✗", labels.Disputed),
            FactStatus.Single => ("•", labels.Single),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A fact status the report has no badge for."),
        };
        return "<span class=\"status " + FactNames.Of(status) + "\">" + symbol + " " + HtmlText.Encode(word) + "</span>";
    }

    /// <summary>One source of a fact: agreement, value, the words it is written in, who says it and when, its line.</summary>
    private static void WriteSource(StringBuilder html, ReportContext context, LinkedArticle? article, FactModel fact, FactSource source)
    {
        var labels = context.Labels;
        var agreement = SourceAgreements.Of(fact, source);
        var word = SourceAgreements.Word(agreement, labels);
        html.Append("<li class=\"source ").Append(SourceAgreements.CssClass(agreement)).Append("\" data-article=\"").Append(HtmlText.Encode(source.Article)).Append("\">")
            .Append("<span class=\"mark\" title=\"").Append(HtmlText.Encode(word)).Append("\">").Append(SourceAgreements.Symbol(agreement))
            .Append("</span> <span class=\"word\">").Append(HtmlText.Encode(word)).Append("</span> ")
            .Append("<span class=\"value\">").Append(ReportHtml.Value(ValueText(source.Value, fact.Unit) ?? "?")).Append("</span>");
        if (!source.Certain) html.Append(" <span class=\"how\">(").Append(HtmlText.Encode(labels.Guessed)).Append(")</span>");
        // The sentence as a tooltip is plain text: isolated by U+2068 … U+2069, as no element can isolate in an attribute.
        html.Append(" <span class=\"written\" dir=\"auto\" title=\"").Append(HtmlText.Encode("\u2068" + source.Sentence + "\u2069")).Append("\">«")
            .Append(ReportHtml.Text(source.Text)).Append("»</span> <span class=\"by\">");
        if (article is not null)
        {
            html.Append("<span class=\"outlet\">").Append(ReportHtml.Text(ReportContext.SourceOf(article.Article))).Append("</span>");
            if (article.Published is { } published)
            {
                var day = published.Date.ToDay()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? published.Value;
                html.Append(" <span class=\"how\">").Append(ReportHtml.Value(day)).Append("</span>");
            }
            html.Append(' ');
        }
        html.Append(context.LineLink(source.Article, source.Line)).Append("</span></li>");
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
        html.Append("</p>\n");
    }
}
