using System.Linq;
using System.Text;
using CorpusSdk.Extraction;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// Builds the corpus report: one self-contained HTML page (style inline, no script, nothing fetched) with the timeline,
/// the facts by source, the quotes by speaker, the entities, the diagnostics and the articles they point into.
/// </summary>
/// <remarks>
/// The page is a function of the corpus model only: the same corpus gives the same bytes, whatever order its files
/// were read in, on any machine and culture (invariant numbers, ordinal orders, paths relative to the corpus folder,
/// no timestamp).
/// </remarks>
public static class ReportPage
{
    public static string Build(LoadedCorpus corpus)
    {
        var context = new ReportContext(corpus);
        var labels = context.Labels;
        var model = context.Corpus;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Encode(context.PageLanguage ?? labels.Language))
            .Append("\" dir=\"").Append(labels.RightToLeft ? "rtl" : "ltr").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // No script, no fetch: the page is data to read, and must show the same offline, from a file, in a sandbox.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(HtmlText.Encode(labels.Title)).Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header><h1>").Append(HtmlText.Encode(labels.Title)).Append("</h1><p class=\"summary\">")
            .Append(HtmlText.Encode(ReportHtml.Format(labels.Summary, model.Articles.Count, model.Facts.Count, model.Entities.Count,
                model.Articles.Sum(a => a.Article.Quotes.Count), context.Diagnostics.Count)))
            .Append("</p><nav>");
        foreach (var (id, label) in new[]
        {
            (TimelineSection.Id, labels.Timeline), (StoriesSection.Id, labels.Stories), (FactsSection.Id, labels.Facts), (QuotesSection.Id, labels.Quotes),
            (EntitiesSection.Id, labels.Entities), (DiagnosticsSection.Id, labels.Diagnostics), (ArticlesSection.Id, labels.Articles),
        })
        {
            html.Append("<a href=\"#").Append(id).Append("\">").Append(HtmlText.Encode(label)).Append("</a>");
        }
        html.Append("</nav></header>\n<main>\n");

        TimelineSection.Write(html, context);
        StoriesSection.Write(html, context);
        FactsSection.Write(html, context);
        QuotesSection.Write(html, context);
        EntitiesSection.Write(html, context);
        DiagnosticsSection.Write(html, context);
        ArticlesSection.Write(html, context);

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
