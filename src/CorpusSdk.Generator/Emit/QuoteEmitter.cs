using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes the quotes part of the typed API (each quote is a <c>Quote</c> in its article's record, see
/// <see cref="ArticleRecordWriter"/>): a member
/// <c>Quotes.&lt;Id&gt;</c> per article that has quotes (its hover lists who said what, with lines), and
/// <c>Quotes.All</c>.
/// </summary>
internal static class QuoteEmitter
{
    public const string QuotesClass = "Quotes";
    public const string HintName = QuotesClass + ".g.cs";
    public const string QuoteType = "global::CorpusSdk.Quote";

    /// <summary>A hover shows this many quotes of an article; the rest are counted.</summary>
    private const int QuotesInDocs = 8;

    /// <summary>The member <c>Quotes.&lt;Id&gt;</c> of an article with quotes, in the article's own file.</summary>
    public static void WriteArticleMember(SourceWriter writer, string id, ArticleModel article)
    {
        if (article.Quotes.Count == 0) return;
        writer.Line();
        writer.Open("partial class " + QuotesClass);
        writer.Line("/// <summary>The " + Number(article.Quotes.Count) + " quote" + (article.Quotes.Count == 1 ? "" : "s")
            + " of <see cref=\"" + ArticleEmitter.ArticlesClass + "." + id + "\"/> (<c>" + CSharpText.Doc(article.File) + "</c>).</summary>");
        writer.Line("/// <remarks>");
        foreach (var quote in article.Quotes.Take(QuotesInDocs))
        {
            var who = quote.Speaker is { } speaker ? speaker.Name ?? speaker.Text : "(no speaker)";
            writer.Line("/// <para>Line " + Number(quote.Line) + ", " + CSharpText.Doc(who) + " (" + quote.Kind
                + (quote.Channel is { } channel ? ", " + CSharpText.Doc(channel.Display) : "") + "): "
                + CSharpText.Doc(ArticleEmitter.Shorten(quote.Text)) + "</para>");
        }
        if (article.Quotes.Count > QuotesInDocs) writer.Line("/// <para>… and " + Number(article.Quotes.Count - QuotesInDocs) + " more.</para>");
        writer.Line("/// </remarks>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + QuoteType + "> " + id + " => "
            + ArticleEmitter.ArticlesClass + "." + id + ".Quotes;");
        writer.Close();
    }

    /// <summary><c>Quotes.g.cs</c>: the class and <c>All</c>, gathered from the articles when first read.</summary>
    public static string EmitIndex(ArticleIndex index)
    {
        var writer = ArticleEmitter.Header(index.Options);
        writer.Line("/// <summary>The quotes of the corpus: <see cref=\"All\"/>, and one member per article that has quotes.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusSdk\", null)]");
        writer.Open("public static partial class " + QuotesClass);
        writer.Line("/// <summary>Every quote of the corpus, article by article in the order of <c>Articles.All</c>, each in the order of its file.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + QuoteType + "> All { get; } = "
            + QuoteType + ".Of(" + ArticleEmitter.ArticlesClass + ".All);");
        writer.Close();
        return writer.Close().ToString();
    }

    internal static string KindName(string kind) => kind switch
    {
        QuoteKinds.Direct => "Direct",
        QuoteKinds.Partial => "Partial",
        _ => "Indirect",
    };

    internal static string SpeakerKindName(string kind) => kind switch
    {
        SpeakerKinds.Organization => "Organization",
        SpeakerKinds.Source => "Source",
        _ => "Person",
    };

    internal static string ResolutionName(string resolution) => resolution switch
    {
        SpeakerResolutions.Earlier => "Earlier",
        SpeakerResolutions.Continuation => "Continuation",
        _ => "Written",
    };

    internal static string ChannelKindName(string kind) => kind switch
    {
        ChannelKinds.Statement => "Statement",
        ChannelKinds.Interview => "Interview",
        ChannelKinds.PressConference => "PressConference",
        ChannelKinds.Speech => "Speech",
        ChannelKinds.Call => "Call",
        _ => "Post",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
