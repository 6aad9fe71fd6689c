using System.Collections.Generic;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Cli.Report;

/// <summary>A line of an article as the page shows it: what part of the article it is, and its text.</summary>
/// <param name="Part">headline, paragraph, caption, subheading, or the reason a dropped line was kept out of the body.</param>
public sealed record ArticleLine(int Line, string Part, string Text, bool Dropped)
{
    public const string Headline = "headline";
    public const string Paragraph = "paragraph";
    public const string Caption = "caption";
    public const string Subheading = "subheading";

    /// <summary>Every line of the article the model holds text for; a line holds one part (the body wins over the headline a lead gives).</summary>
    public static SortedDictionary<int, ArticleLine> Of(ArticleModel article)
    {
        var lines = new SortedDictionary<int, ArticleLine>();
        void Add(int line, string part, string text, bool dropped = false)
        {
            if (line > 0 && !lines.ContainsKey(line)) lines.Add(line, new ArticleLine(line, part, text, dropped));
        }
        foreach (var paragraph in article.Paragraphs) Add(paragraph.Line, Paragraph, paragraph.Text);
        foreach (var subheading in article.Subheadings) Add(subheading.Line, Subheading, subheading.Text);
        foreach (var caption in article.Captions) Add(caption.Line, Caption, caption.Text);
        if (article.Title is not null) Add(article.TitleLine, Headline, article.Title);
        foreach (var dropped in article.Dropped) Add(dropped.Line, dropped.Reason, dropped.Text, dropped: true);
        return lines;
    }
}
