using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes <c>Facts</c>: one member per fact whose hover gives its frame, value, status and each source's sentence with
/// its bound and authority, and <c>All</c>. Facts are emitted in parts (<see cref="ArticleShards"/>), as entities are.
/// </summary>
internal static class FactEmitter
{
    private const string FactType = "global::CorpusSdk.Fact";

    public const string FactsClass = "Facts";

    public const string FactsHintName = FactsClass + ".g.cs";

    public static string FactPartHintName(int part) => FactsClass + "." + EntityEmitter.DataClass(part) + ".g.cs";

    /// <summary>How much of a source's sentence a hover shows.</summary>
    private const int SentenceInDocs = 160;

    public static IEnumerable<FactPart> Parts(EmitOptions options, IReadOnlyList<FactModel> facts) =>
        ArticleShards.Group(facts, f => f.Identifier).Select(part => new FactPart(options, part.Index, part.Items));

    /// <summary><c>Facts.g.cs</c>: the class and <c>All</c>.</summary>
    public static string EmitFactList(FactList list)
    {
        var writer = ArticleEmitter.Header(list.Options);
        writer.Line("/// <summary>The facts the corpus states, one member each, and <see cref=\"All\"/>.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusSdk\", null)]");
        writer.Open("public static partial class " + FactsClass);
        writer.Line("/// <summary>Every fact, in the order of their first statements.</summary>");
        EntityEmitter.WriteAll(writer, FactType, list.Identifiers);
        writer.Close();
        return writer.Close().ToString();
    }

    /// <summary>One part of <c>Facts</c>: its members with their hover text (and <c>[DisputedFact]</c>), and their data.</summary>
    public static string EmitFactPart(FactPart part)
    {
        var dataClass = EntityEmitter.DataClass(part.Part);
        var writer = ArticleEmitter.Header(part.Options);
        writer.Open("partial class " + FactsClass);
        foreach (var fact in part.Facts)
        {
            WriteFactDocs(writer, fact);
            if (fact.Status == FactStatus.Disputed) writer.Line("[global::CorpusSdk.DisputedFact(" + CSharpText.Literal(DisputedValues(fact)) + ")]");
            writer.Line("public static " + FactType + " " + fact.Identifier + " => " + dataClass + "." + fact.Identifier + ";");
            writer.Line();
        }
        writer.Open("private static class " + dataClass);
        var data = new TextData(part.Options.Utf8Data);
        foreach (var fact in part.Facts)
        {
            writer.Line("internal static readonly " + FactType + " " + fact.Identifier + " = new " + FactType + "(");
            writer.Line("    id: " + data.Literal(fact.Id) + ",");
            writer.Line("    kind: global::CorpusSdk.FactKind." + KindName(fact.Kind) + ",");
            writer.Line("    subject: " + data.Literal(fact.Subject) + ",");
            writer.Line("    value: " + data.Literal(fact.Value ?? string.Empty) + ",");
            writer.Line("    unit: " + data.Literal(fact.Unit) + ",");
            writer.Line("    status: global::CorpusSdk.FactStatus." + StatusName(fact.Status) + ",");
            writer.Line("    sources: new global::CorpusSdk.FactSource[]");
            writer.Line("    {");
            foreach (var source in fact.Sources)
            {
                writer.Line("        new global::CorpusSdk.FactSource(" + data.Literal(source.Article) + ", " + data.Literal(source.File) + ", "
                    + Number(source.Line) + ", " + Number(source.Column) + ", " + data.Literal(source.Text) + ", " + data.Literal(source.Value) + ", "
                    + data.Literal(source.Sentence) + ", global::CorpusSdk.FactBound." + BoundName(source.Bound) + ", " + data.Literal(source.Authority) + ", "
                    + data.Literal(source.AsOf) + "),");
            }
            writer.Line("    },");
            writer.Line("    frame: " + data.Literal(fact.Frame) + ",");
            writer.Line("    entity: " + data.Literal(fact.Entity) + ",");
            writer.Line("    storyId: " + data.Literal(fact.Story) + ");");
        }
        data.WriteMembers(writer);
        writer.Close();
        writer.Close();
        return writer.Close().ToString();
    }

    private static void WriteFactDocs(SourceWriter writer, FactModel fact)
    {
        var articles = fact.Sources.Select(s => s.Article).Distinct().Count();
        writer.Line("/// <summary>" + CSharpText.Doc(fact.Subject) + ": " + CSharpText.Doc(fact.Value ?? "?") + (fact.Unit is null ? string.Empty : " " + CSharpText.Doc(fact.Unit))
            + " (" + FactNames.Of(fact.Status) + ", " + Number(articles) + " article" + (articles == 1 ? string.Empty : "s") + ").</summary>");
        writer.Line("/// <remarks>");
        if (fact.Frame is not null)
            writer.Line("/// <para>Frame <c>" + CSharpText.Doc(fact.Frame) + "</c>" + (fact.Entity is null ? string.Empty : " of " + CSharpText.Doc(fact.Entity))
                + (fact.Story is null ? string.Empty : ", in the story of " + CSharpText.Doc(fact.Story)) + ".</para>");
        if (fact.Status == FactStatus.Disputed)
            writer.Line("/// <para>Disputed: the sources give " + CSharpText.Doc(DisputedValues(fact)) + ". Read the sources, not one value: reading <c>Value</c>, <c>Number</c> or <c>Day</c> is CORPUS301.</para>");
        foreach (var source in fact.Sources.Take(EntityEmitter.ItemsInDocs))
        {
            // Each source with its own words: the value as written, what it resolves to, who says it, and its sentence.
            var sentence = source.Sentence.Length > SentenceInDocs ? source.Sentence.Substring(0, SentenceInDocs) + "…" : source.Sentence;
            writer.Line("/// <para>" + CSharpText.Doc(source.Article + " (" + source.File + ":" + Number(source.Line) + "): «" + source.Text + "» → " + (source.Value ?? "?")
                + (source.Authority is null ? string.Empty : ", according to " + source.Authority)
                + (source.AsOf is null ? string.Empty : ", " + source.AsOf) + ". “" + sentence + "”") + "</para>");
        }
        if (fact.Sources.Count > EntityEmitter.ItemsInDocs) writer.Line("/// <para>… and " + Number(fact.Sources.Count - EntityEmitter.ItemsInDocs) + " more.</para>");
        writer.Line("/// </remarks>");
    }

    /// <summary>The distinct values a disputed fact's sources give, in corpus order: what CORPUS301 names.</summary>
    private static string DisputedValues(FactModel fact) =>
        string.Join(", ", fact.Sources.Where(s => s.Certain).Select(s => s.Value).OfType<string>().Distinct(StringComparer.Ordinal));

    /// <summary>The <c>FactKind</c> member of a kind; a kind the API does not have fails the emit rather than passing for a number.</summary>
    internal static string KindName(FactKind kind) => kind switch
    {
        FactKind.Date => "Date",
        FactKind.Number => "Number",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a fact kind the typed API does not have"),
    };

    internal static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Corroborated => "Corroborated",
        FactStatus.Disputed => "Disputed",
        FactStatus.Single => "Single",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a fact status the typed API does not have"),
    };

    private static string BoundName(ValueBound bound) => bound switch
    {
        ValueBound.Exact => "Exact",
        ValueBound.About => "About",
        ValueBound.Nearly => "Nearly",
        ValueBound.AtLeast => "AtLeast",
        ValueBound.MoreThan => "MoreThan",
        ValueBound.AtMost => "AtMost",
        ValueBound.LessThan => "LessThan",
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, "a bound the typed API does not have"),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
