using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes the C# for the typed API: one file per article (so an edit re-emits that article only) and one file with the
/// <c>Articles</c> class and its <c>All</c> list. Each article's data sits in a private holder class nested in
/// <c>Articles</c> (so completion lists show the articles, not their data), initialized on first use by the runtime
/// (thread-safe and lazy) and never before the articles it lists, whatever order partial files are compiled in.
/// </summary>
internal static class ArticleEmitter
{
    public const string ArticlesClass = "Articles";
    private const string ArticleType = "global::CorpusSdk.Article";
    private const string ParagraphType = "global::CorpusSdk.Paragraph";
    private const string LineType = "global::CorpusSdk.CorpusLine";
    private const string StoryType = "global::CorpusSdk.Story";
    private const string DroppedType = "global::CorpusSdk.DroppedLine";

    /// <summary>
    /// The holder class of an article's data. The prefix keeps it from clashing with its own member (an article named
    /// Value) and from contextual keywords that cannot name a type (file, record, required, scoped).
    /// </summary>
    private static string HolderName(string id) => "Article_" + id;

    public static string HintName(LinkedArticle article) => ArticlesClass + "." + article.Id + ".g.cs";

    public const string IndexHintName = ArticlesClass + ".g.cs";

    public static string EmitArticle(ArticleSource source)
    {
        var id = source.Article.Id;
        var article = source.Article.Article;
        var writer = Header(source.Options);

        writer.Open("partial class " + ArticlesClass);
        var published = source.Article.Published;
        // The summary is what a completion list shows: the title, and who published it when.
        var byline = string.Join(", ", new[] { article.Outlet, article.Author, published is null ? "date unknown" : Readable(published.Date) + (published.Source == "inferred" ? " (inferred)" : string.Empty) }.Where(p => p is not null));
        writer.Line("/// <summary>" + (article.Title is null ? "Article in <c>" + CSharpText.Doc(article.File) + "</c> (no title)" : CSharpText.Doc(article.Title)) + " — " + CSharpText.Doc(byline) + ".</summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// <para>File <c>" + CSharpText.Doc(article.File) + "</c>" + (article.TitleLine > 0 ? ", line " + Number(article.TitleLine) : string.Empty)
            + ". Language: " + CSharpText.Doc(article.Language ?? "unknown") + ". Paragraphs: " + Number(article.Paragraphs.Count)
            + (article.Quotes.Count > 0 ? ". Quotes: " + Number(article.Quotes.Count) : "") + ".</para>");
        foreach (var paragraph in article.Paragraphs.Take(2))
        {
            writer.Line("/// <para>" + CSharpText.Doc(Shorten(paragraph.Text)) + "</para>");
        }
        writer.Line("/// </remarks>");
        writer.Line("public static " + ArticleType + " " + id + " => " + HolderName(id) + ".Value;");
        writer.Line();
        writer.Open("private static class " + HolderName(id));
        var data = new TextData(source.Options.Utf8Data);
        writer.Line("internal static readonly " + ArticleType + " Value = new " + ArticleType + "(");
        writer.Line("    id: " + data.Literal(id) + ",");
        writer.Line("    file: " + data.Literal(article.File) + ",");
        writer.Line("    title: " + data.Literal(article.Title) + ",");
        writer.Line("    titleSource: global::CorpusSdk.TitleSource." + TitleSourceName(article.TitleSource) + ",");
        writer.Line("    titleLine: " + Number(article.TitleLine) + ",");
        writer.Line("    language: " + data.Literal(article.Language) + ",");
        writer.Line("    outlet: " + data.Literal(article.Outlet) + ",");
        writer.Line("    author: " + data.Literal(article.Author) + ",");
        writer.Line("    published: " + Date(published?.Date) + ",");
        writer.Line("    publishedSource: " + (published is null ? "null" : "global::CorpusSdk.DateSource." + DateSourceName(published.Source)) + ",");
        writer.Line("    section: " + data.Literal(article.Section) + ",");
        writer.Line("    url: " + data.Literal(article.Url) + ",");
        List(writer, "tags", "string", article.Tags.Select(data.Literal));
        List(writer, "captions", LineType, article.Captions.Select(c => "new " + LineType + "(" + Number(c.Line) + ", " + data.Literal(c.Text) + ")"));
        List(writer, "subheadings", LineType, article.Subheadings.Select(c => "new " + LineType + "(" + Number(c.Line) + ", " + data.Literal(c.Text) + ")"));
        List(writer, "paragraphs", ParagraphType, article.Paragraphs.Select(p => "new " + ParagraphType + "(" + Number(p.Line) + ", " + data.Literal(p.Text) + ")"));
        List(writer, "stories", StoryType, article.Stories.Select(st => "new " + StoryType + "(" + Number(st.FirstLine) + ", " + Number(st.LastLine) + ", " + data.Literal(st.Title) + ")"));
        List(writer, "dropped", DroppedType, article.Dropped.Select(d => "new " + DroppedType + "(" + Number(d.Line) + ", " + data.Literal(d.Text) + ", " + data.Literal(d.Reason) + ")"));
        List(writer, "quotes", QuoteEmitter.QuoteType, article.Quotes.Select((q, i) => QuoteEmitter.New(source.Article, i, data)), last: true);
        writer.Line("    );");
        data.WriteMembers(writer);
        writer.Close();
        writer.Close();
        QuoteEmitter.WriteArticleMember(writer, id, article);
        return Footer(writer);
    }

    /// <summary>An array argument: empty arrays share <c>Array.Empty</c>, others list one element a line.</summary>
    private static void List(SourceWriter writer, string name, string type, IEnumerable<string> items, bool last = false)
    {
        var elements = items.ToList();
        var end = last ? string.Empty : ",";
        if (elements.Count == 0)
        {
            writer.Line("    " + name + ": global::System.Array.Empty<" + type + ">()" + end);
            return;
        }
        writer.Line("    " + name + ": new " + type + "[]");
        writer.Line("    {");
        foreach (var element in elements) writer.Line("        " + element + ",");
        writer.Line("    }" + end);
    }

    /// <summary>A CorpusDate constructor call, or null; the extraction only keeps dates that exist, so this cannot throw at run time.</summary>
    internal static string Date(PartialDate? date)
    {
        if (date?.Year is null) return "null";
        string Part(int? value) => value is int v ? Number(v) : "null";
        return "new global::CorpusSdk.CorpusDate(" + Number(date.Year.Value) + ", " + Part(date.Month) + ", " + Part(date.Day) + ", " + Part(date.Hour) + ", " + Part(date.Minute) + ")";
    }

    private static string TitleSourceName(string? source) => source switch
    {
        "headline" => "Headline",
        "lead" => "Lead",
        "front-matter" => "FrontMatter",
        _ => "None",
    };

    private static string DateSourceName(string source) => source switch
    {
        "front-matter" => "FrontMatter",
        "inferred" => "Inferred",
        _ => "Dateline",
    };

    public static string EmitIndex(ArticleIndex index)
    {
        var writer = Header(index.Options);
        writer.Line("/// <summary>The articles of the corpus: one member per corpus file, and <see cref=\"All\"/>.</summary>");
        writer.Open("public static partial class " + ArticlesClass);
        writer.Line("/// <summary>Every article of the corpus, in the ordinal order of their files.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + ArticleType + "> All { get; } = new " + ArticleType + "[]");
        writer.Line("{");
        foreach (var id in index.Ids)
        {
            writer.Line("    " + id + ",");
        }
        writer.Line("};");
        writer.Close();
        return Footer(writer);
    }

    internal static SourceWriter Header(EmitOptions options)
    {
        var writer = new SourceWriter().Line("// <auto-generated/>");
        if (options.NullableAnnotations) writer.Line("#nullable enable");
        writer.Line();
        writer.Open("namespace " + options.Namespace);
        return writer;
    }

    private static string Footer(SourceWriter writer) => writer.Close().ToString();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] MonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>A date as a person reads it in a hover, at the precision the text gives: 10 Feb 2026, 14:24; Feb 2026; 2026.</summary>
    internal static string Readable(PartialDate date)
    {
        if (date.Year is not int year) return date.ToIso();
        var text = Number(year);
        if (date.Month is int month) text = MonthNames[month - 1] + " " + text;
        if (date.Day is int day) text = Number(day) + " " + text;
        if (date.Hour is int hour) text += ", " + hour.ToString("00", CultureInfo.InvariantCulture) + ":" + (date.Minute ?? 0).ToString("00", CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>The start of a paragraph for a hover: enough words to recognize it.</summary>
    internal static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";
}
