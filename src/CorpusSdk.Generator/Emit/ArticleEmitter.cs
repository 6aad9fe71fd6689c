using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Recognize.Dates;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes the C# for the typed API: the articles in shards (<see cref="ArticleShards"/>), each shard one file with its
/// articles' members, their hover text, their <c>Quotes.&lt;Id&gt;</c> members and their data; and one file with the
/// <c>Articles</c> class, <c>All</c> and the store that decodes the shards on first use. The data is records read by one
/// runtime reader (<c>CorpusSdk.Generated.ArticleStore</c>), not code: 10,000 articles built by 10,000 static
/// initializers cost the runtime more to compile than to read (docs/performance.md). And a few hundred files, not one
/// per article: Roslyn's driver checks each generated file's name against every other's on every run, so 10,000 files
/// cost every keystroke a third of a second. The data members' names start with <c>__</c>, which no article
/// identifier does.
/// </summary>
internal static class ArticleEmitter
{
    public const string ArticlesClass = "Articles";
    private const string ArticleType = "global::CorpusSdk.Article";
    private const string StoreType = "global::CorpusSdk.Generated.ArticleStore";
    private const string StoreMember = "__Store";
    private const string ShardMember = "__Shard";

    /// <summary>The method that returns a shard's text; its file is named after it.</summary>
    private static string DataMember(int shard) => "__Data" + Number(shard);

    public static string ShardHintName(int shard) => ArticlesClass + "." + DataMember(shard) + ".g.cs";

    public const string IndexHintName = ArticlesClass + ".g.cs";

    /// <summary>An article's member with its hover text, and its <c>Quotes.&lt;Id&gt;</c> member.</summary>
    private static void WriteMember(SourceWriter writer, LinkedArticle linked)
    {
        var id = linked.Id;
        var article = linked.Article;
        var published = linked.Published;
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
        writer.Line("public static " + ArticleType + " " + id + " => " + StoreMember + ".Get(" + CSharpText.Literal(id) + ", 0x"
            + ArticleShards.Hash(id).ToString("X8", CultureInfo.InvariantCulture) + "u);");
        writer.Line();
    }

    /// <summary>
    /// A shard: a method that returns its articles' records (<see cref="ArticleRecordWriter"/>), one literal line per
    /// article. UTF-8 data where the consumer can decode it (see <see cref="TextData"/> for why), else string literals;
    /// a shard with a lone surrogate, which has no UTF-8 form, is string literals too.
    /// </summary>
    public static string EmitShard(ArticleShard shard)
    {
        var records = new List<string> { ArticleRecordWriter.Header(shard.Articles.Count) };
        records.AddRange(shard.Articles.Select(a => ArticleRecordWriter.Record(a, shard.Options.TextInResources)));
        var utf8 = shard.Options.Utf8Data && !records.Any(TextData.HasLoneSurrogate);
        var writer = Header(shard.Options);
        writer.Open("partial class " + ArticlesClass);
        foreach (var article in shard.Articles) WriteMember(writer, article);
        writer.Line("/// <summary>The data of " + string.Join(", ", shard.Articles.Select(a => "<see cref=\"" + a.Id + "\"/>")) + ".</summary>");
        writer.Line("private static string " + DataMember(shard.Index) + "() =>" + (utf8 ? " global::System.Text.Encoding.UTF8.GetString(" : string.Empty));
        for (var i = 0; i < records.Count; i++)
        {
            writer.Line("    " + CSharpText.Literal(records[i]) + (utf8 ? "u8" : string.Empty) + (i < records.Count - 1 ? " +" : utf8 ? ");" : ";"));
        }
        writer.Close();
        foreach (var article in shard.Articles) QuoteEmitter.WriteArticleMember(writer, article.Id, article.Article);
        return Footer(writer);
    }
    internal static string TitleSourceName(string? source) => source switch
    {
        "headline" => "Headline",
        "lead" => "Lead",
        "front-matter" => "FrontMatter",
        _ => "None",
    };

    internal static string DateSourceName(string source) => source switch
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
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + ArticleType + "> All => " + StoreMember + ".All;");
        writer.Line();
        // With the corpus files embedded, records hold slices of them, read from this assembly's resources.
        writer.Line("private static readonly " + StoreType + " " + StoreMember + " = new " + StoreType + "("
            + Number(ArticleShards.Count(index.Ids.Count)) + ", " + ShardMember
            + (index.Options.TextInResources ? ", global::CorpusSdk.Generated.CorpusFileText.In(typeof(" + ArticlesClass + ").Assembly)" : string.Empty) + ");");
        writer.Line();
        var shards = ArticleShards.Used(index.Ids).ToList();
        // A switch statement, not an expression: the generated code compiles as C# 7.3 too.
        writer.Open("private static string " + ShardMember + "(int index)");
        writer.Open("switch (index)");
        foreach (var shard in shards) writer.Line("case " + Number(shard) + ": return " + DataMember(shard) + "();");
        writer.Line("default: return string.Empty;");
        writer.Close();
        writer.Close();
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
