using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The timeline: each day the corpus dates something, with the articles published that day (written in the article or
/// inferred from the other sources) and the events its date facts place on it; undated articles last.
/// </summary>
public static class TimelineSection
{
    public const string Id = "report-timeline";

    private sealed record Entry(string Date, int Order, string Key, string Html);

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        var entries = new List<Entry>();
        foreach (var article in context.Corpus.Articles)
        {
            if (article.Published is not { } published) continue;
            entries.Add(new Entry(published.Value, 0, article.Id,
                "<span class=\"kind\">" + HtmlText.Encode(labels.Published) + "</span> " + ReportContext.ArticleLink(article.Id) + " " +
                ReportHtml.Text(ReportContext.SourceOf(article.Article)) + " — " + ReportHtml.Text(article.Article.Title) +
                " <span class=\"how\">" + ReportHtml.Value(published.Value) + ", " + HtmlText.Encode(labels.HowPublished(published)) + "</span>"));
        }
        foreach (var fact in context.Corpus.Facts.Where(f => f.Kind == FactKind.Date))
        {
            // A disputed date is on the timeline once per value a source gives, with the sources that give it.
            foreach (var byValue in fact.Sources.Where(s => s.Value is not null).GroupBy(s => s.Value!, StringComparer.Ordinal))
            {
                var sources = string.Join(" ", byValue.Select(s => context.LineLink(s.Article, s.Line)));
                entries.Add(new Entry(byValue.Key, 1, fact.Id,
                    "<span class=\"kind\">" + HtmlText.Encode(labels.Fact) + "</span> " + ReportHtml.Text(fact.Subject) + " " +
                    FactsSection.StatusBadge(fact.Status, labels) + " <span class=\"how\">" +
                    ReportHtml.Number(byValue.Count()) + " " + HtmlText.Encode(labels.Sources) + ":</span> " + sources));
            }
        }

        ReportHtml.OpenSection(html, Id, labels.Timeline);
        var days = entries
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Order).ThenBy(e => e.Key, StringComparer.Ordinal)
            .GroupBy(e => e.Date.Length > 10 ? e.Date.Substring(0, 10) : e.Date, StringComparer.Ordinal)
            .ToList();
        var undated = context.Corpus.Articles.Where(a => a.Published is null).ToList();
        if (days.Count == 0 && undated.Count == 0) ReportHtml.Nothing(html, labels);
        html.Append("<ol class=\"timeline\">\n");
        foreach (var day in days)
        {
            html.Append("<li><time datetime=\"").Append(HtmlText.Encode(day.Key)).Append("\" dir=\"ltr\">").Append(HtmlText.Encode(day.Key)).Append("</time><ul>\n");
            foreach (var entry in day) html.Append("<li>").Append(entry.Html).Append("</li>\n");
            html.Append("</ul></li>\n");
        }
        if (undated.Count > 0)
        {
            html.Append("<li><span class=\"undated\">").Append(HtmlText.Encode(labels.Undated)).Append("</span><ul>\n");
            foreach (var article in undated)
            {
                html.Append("<li>").Append(ReportContext.ArticleLink(article.Id)).Append(' ')
                    .Append(ReportHtml.Text(ReportContext.SourceOf(article.Article))).Append(" — ")
                    .Append(ReportHtml.Text(article.Article.Title)).Append("</li>\n");
            }
            html.Append("</ul></li>\n");
        }
        html.Append("</ol></section>\n");
    }
}
