using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes <c>Stories</c>: one member per story of the corpus (the articles that report one event), whose hover gives its
/// articles, the names they share and how many facts it has; <c>All</c>; and <c>Of</c>, an article's story.
/// </summary>
internal static class StoryEmitter
{
    private const string StoryType = "global::CorpusSdk.CorpusStory";

    public const string StoriesClass = "Stories";

    public const string HintName = StoriesClass + ".g.cs";

    public static StoryList List(EmitOptions options, CorpusModel corpus) =>
        new(options, corpus.Stories.Select(story => new StoryEmitModel(story,
            corpus.Facts.Where(f => f.Story == story.Id).Select(f => f.Id).ToEquatableArray())).ToEquatableArray());

    public static string Emit(StoryList list)
    {
        var writer = ArticleEmitter.Header(list.Options);
        writer.Line("/// <summary>The stories of the corpus (the articles that report one event), one member each, <see cref=\"All\"/> and <see cref=\"Of\"/>.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusSdk\", null)]");
        writer.Open("public static partial class " + StoriesClass);
        var data = new TextData(list.Options.Utf8Data);
        foreach (var (story, factIds) in list.Stories.Select(s => (s.Story, s.FactIds)))
        {
            writer.Line("/// <summary>" + CSharpText.Doc(story.Title) + " (" + Number(story.Articles.Count) + " article" + (story.Articles.Count == 1 ? string.Empty : "s")
                + ", " + Number(factIds.Count) + " fact" + (factIds.Count == 1 ? string.Empty : "s") + ").</summary>");
            writer.Line("/// <remarks>");
            writer.Line("/// <para>Articles: " + CSharpText.Doc(EntityEmitter.Items(story.Articles)) + ".</para>");
            if (story.Names.Count > 0) writer.Line("/// <para>Names they share: " + CSharpText.Doc(EntityEmitter.Items(story.Names)) + ".</para>");
            writer.Line("/// <para>Id <c>" + CSharpText.Doc(story.Id) + "</c>.</para>");
            writer.Line("/// </remarks>");
            writer.Line("public static " + StoryType + " " + story.Identifier + " { get; } = new " + StoryType + "(");
            writer.Line("    id: " + data.Literal(story.Id) + ",");
            writer.Line("    title: " + data.Literal(story.Title) + ",");
            writer.Line("    articleIds: " + Strings(story.Articles.ToList(), data) + ",");
            writer.Line("    names: " + Strings(story.Names.ToList(), data) + ",");
            writer.Line("    factIds: " + Strings(factIds.ToList(), data) + ");");
            writer.Line();
        }
        writer.Line("/// <summary>Every story, in the order of their first articles.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + StoryType + "> All { get; } = new " + StoryType + "[]");
        writer.Line("{");
        foreach (var story in list.Stories) writer.Line("    " + story.Story.Identifier + ",");
        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>The story an article belongs to, by the article's identifier, or null when no story has it.</summary>");
        writer.Line("public static " + StoryType + (list.Options.NullableAnnotations ? "?" : string.Empty) + " Of(string articleId)");
        writer.Line("{");
        writer.Line("    foreach (var story in All)");
        writer.Line("    {");
        writer.Line("        foreach (var id in story.ArticleIds) if (id == articleId) return story;");
        writer.Line("    }");
        writer.Line("    return null;");
        writer.Line("}");
        data.WriteMembers(writer);
        writer.Close();
        return writer.Close().ToString();
    }

    private static string Strings(System.Collections.Generic.IReadOnlyList<string> values, TextData data) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", values.Select(data.Literal)) + " }";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
