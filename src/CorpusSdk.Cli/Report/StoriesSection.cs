using System;
using System.Linq;
using System.Text;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The stories of the corpus: a row per story (the articles that report one event), with its articles, linked to them,
/// and its facts, each with its value and status, linked to its row of the facts table. A reader sees which reports
/// were compared with which before reading where they disagree.
/// </summary>
public static class StoriesSection
{
    public const string Id = "report-stories";

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        ReportHtml.OpenSection(html, Id, labels.Stories);
        var stories = context.Corpus.Stories;
        if (stories.Count == 0)
        {
            ReportHtml.Nothing(html, labels);
            html.Append("</section>\n");
            return;
        }
        ReportHtml.OpenTable(html, "stories", labels.Story, labels.Articles, labels.StoryFacts);
        foreach (var story in stories)
        {
            html.Append("<tr id=\"").Append(HtmlText.Encode(story.Id)).Append("\"><th scope=\"row\" dir=\"auto\">").Append(ReportHtml.Text(story.Title)).Append("</th><td>");
            html.Append(string.Join(", ", story.Articles.Select(a => "<a href=\"#" + HtmlText.Encode(a) + "\">" + HtmlText.Encode(a) + "</a>")));
            html.Append("</td><td><ul class=\"sources\">");
            foreach (var fact in context.Corpus.Facts.Where(f => string.Equals(f.Story, story.Id, StringComparison.Ordinal) && f.Sources.Select(s => s.Article).Distinct().Count() > 1))
            {
                html.Append("<li><a href=\"#fact-").Append(HtmlText.Encode(fact.Id)).Append("\">").Append(ReportHtml.Text(fact.Subject)).Append("</a> ")
                    .Append(ReportHtml.Value(fact.Value)).Append(' ').Append(FactsSection.StatusBadge(fact.Status, labels)).Append("</li>");
            }
            html.Append("</ul></td></tr>\n");
        }
        html.Append(ReportHtml.CloseTable).Append("</section>\n");
    }
}
