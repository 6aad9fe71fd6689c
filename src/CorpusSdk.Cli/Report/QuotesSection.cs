using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>
/// The quotes grouped by speaker: one group per linked entity (so الشيباني and أسعد الشيباني are one speaker), else per
/// name as written; each quote with its outlet, its date (when said, else when published) and a link to its line.
/// </summary>
public static class QuotesSection
{
    public const string Id = "report-quotes";

    private sealed record SpokenQuote(LinkedArticle Article, QuoteModel Quote);

    private sealed record Speaker(string Key, string Name, string Kind, List<SpokenQuote> Quotes);

    public static void Write(StringBuilder html, ReportContext context)
    {
        var labels = context.Labels;
        var entities = context.Corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var speakers = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var article in context.Corpus.Articles)
        {
            for (var i = 0; i < article.Article.Quotes.Count; i++)
            {
                var quote = article.Article.Quotes[i];
                var entityId = article.QuoteEntity(i);
                string key, name;
                if (entityId is not null && entities.TryGetValue(entityId, out var entity)) (key, name) = ("entity:" + entityId, entity.Name);
                else if ((quote.Speaker?.Name ?? quote.Speaker?.Text) is { } written) (key, name) = ("name:" + written, written);
                else (key, name) = ("", labels.NoSpeaker);
                if (!speakers.TryGetValue(key, out var speaker))
                {
                    speaker = new Speaker(key, name, quote.Speaker?.Kind ?? "", new List<SpokenQuote>());
                    speakers.Add(key, speaker);
                }
                speaker.Quotes.Add(new SpokenQuote(article, quote));
            }
        }

        ReportHtml.OpenSection(html, Id, labels.Quotes);
        if (speakers.Count == 0) ReportHtml.Nothing(html, labels);
        // People first, then organisations, then sources; the unattributed last; the most quoted first within each.
        var ordered = speakers.Values
            .OrderBy(s => s.Key.Length == 0 ? 3 : KindOrder(s.Kind))
            .ThenByDescending(s => s.Quotes.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Key, StringComparer.Ordinal);
        foreach (var speaker in ordered)
        {
            var roles = speaker.Quotes.Select(q => q.Quote.Speaker?.Role).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            html.Append("<div class=\"speaker\" data-speaker=\"").Append(HtmlText.Encode(speaker.Name)).Append("\"><h3>").Append(ReportHtml.Text(speaker.Name));
            if (speaker.Kind.Length > 0) html.Append(" <span class=\"how\">").Append(HtmlText.Encode(labels.Term(speaker.Kind))).Append("</span>");
            html.Append("</h3>\n");
            if (roles.Count > 0) html.Append("<p class=\"roles\">").Append(string.Join(" · ", roles.Select(ReportHtml.Text))).Append("</p>\n");
            html.Append("<ul class=\"quotes\">\n");
            foreach (var spoken in speaker.Quotes) WriteQuote(html, context, spoken, speaker.Name);
            html.Append("</ul></div>\n");
        }
        html.Append("</section>\n");
    }

    private static void WriteQuote(StringBuilder html, ReportContext context, SpokenQuote spoken, string name)
    {
        var labels = context.Labels;
        var (article, quote) = (spoken.Article, spoken.Quote);
        var said = article.Resolve(quote.Date, quote.DateRelative)?.ToIso();
        var date = said ?? article.Published?.Value;
        html.Append("<li class=\"").Append(HtmlText.Encode(quote.Kind)).Append("\"><blockquote dir=\"auto\">").Append(HtmlText.Encode(quote.Text)).Append("</blockquote>")
            .Append("<p class=\"meta\">").Append(ReportHtml.Text(ReportContext.SourceOf(article.Article)));
        if (date is not null)
        {
            html.Append(" · <time datetime=\"").Append(HtmlText.Encode(date)).Append("\" dir=\"ltr\">").Append(HtmlText.Encode(date)).Append("</time>");
            if (said is null) html.Append(" <span class=\"how\">(").Append(HtmlText.Encode(labels.Published)).Append(")</span>");
        }
        html.Append(" · <span class=\"how\">").Append(HtmlText.Encode(labels.Term(quote.Kind))).Append("</span>");
        if (quote.Channel is { } channel) html.Append(" · ").Append(ReportHtml.Text(channel.Display));
        // How the speaker is written at the quote, when not as the group's name (عبدي under مظلوم عبدي).
        if (quote.Speaker is { } speaker && !string.Equals(speaker.Text, name, StringComparison.Ordinal))
            html.Append(" · ").Append(ReportHtml.Text(speaker.Text));
        html.Append(" · ").Append(context.LineLink(article.Id, quote.Line)).Append("</p></li>\n");
    }

    private static int KindOrder(string kind) => kind switch
    {
        SpeakerKinds.Person => 0,
        SpeakerKinds.Organization => 1,
        _ => 2,
    };
}
