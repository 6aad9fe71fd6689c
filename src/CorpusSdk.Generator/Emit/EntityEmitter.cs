using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// Writes the entities of the typed API: <c>People</c>, <c>Organizations</c> and <c>Places</c>, one member per entity
/// whose hover lists its spellings with where each is written, its roles and its articles, and <c>All</c>. Facts and
/// stories have emitters of their own (<see cref="FactEmitter"/>, <see cref="StoryEmitter"/>).
/// </summary>
internal static class EntityEmitter
{
    private const string EntityType = "global::CorpusSdk.Entity";

    /// <summary>A hover lists this many spellings, roles or sources; the rest are counted.</summary>
    internal const int ItemsInDocs = 8;

    /// <summary>The kinds of entity, each with the class that lists it.</summary>
    public static readonly IReadOnlyList<(string Kind, string Class, string Enum)> Classes = new[]
    {
        (EntityKinds.Person, "People", "Person"),
        (EntityKinds.Organization, "Organizations", "Organization"),
        (EntityKinds.Place, "Places", "Place"),
    };

    public static string HintName(string kind) => ClassOf(kind) + ".g.cs";

    public static string PartHintName(string kind, int part) => ClassOf(kind) + "." + DataClass(part) + ".g.cs";


    private static string ClassOf(string kind) => Classes.First(c => c.Kind == kind).Class;

    /// <summary>The private class that holds a part's data; no entity or fact identifier starts with <c>__</c>.</summary>
    internal static string DataClass(int part) => "__Data" + Number(part);

    /// <summary>
    /// The entities of each kind in parts (<see cref="ArticleShards"/>: by a hash of the identifier), so that an edit
    /// that changes one entity re-emits, and the compiler re-parses, one part of about 64 entities, not a file of every
    /// entity of the corpus (14 MB of facts at 10,000 articles, over a second to parse).
    /// </summary>
    public static IEnumerable<EntityPart> Parts(EmitOptions options, string kind, IReadOnlyList<EntityModel> entities) =>
        ArticleShards.Group(entities, e => e.Identifier).Select(part => new EntityPart(options, kind, part.Index, part.Items));

    /// <summary><c>People.g.cs</c> and the like: the class and <c>All</c>, which lists every member's data in its part.</summary>
    public static string EmitEntityList(EntityList list)
    {
        var className = ClassOf(list.Kind);
        var writer = ArticleEmitter.Header(list.Options);
        writer.Line("/// <summary>The " + className.ToLowerInvariant() + " the corpus names, one member each, and <see cref=\"All\"/>.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusSdk\", null)]");
        writer.Open("public static partial class " + className);
        writer.Line("/// <summary>Every one of them, in the order of their ids.</summary>");
        WriteAll(writer, EntityType, list.Identifiers);
        writer.Close();
        return writer.Close().ToString();
    }

    /// <summary>One part of an entity class: its members with their hover text, and their data.</summary>
    public static string EmitEntityPart(EntityPart part)
    {
        var (_, className, enumName) = Classes.First(c => c.Kind == part.Kind);
        var dataClass = DataClass(part.Part);
        var writer = ArticleEmitter.Header(part.Options);
        writer.Open("partial class " + className);
        foreach (var entity in part.Entities)
        {
            WriteEntityDocs(writer, entity);
            writer.Line("public static " + EntityType + " " + entity.Identifier + " => " + dataClass + "." + entity.Identifier + ";");
            writer.Line();
        }
        // Private and nested: completion lists show the entities, not the class that holds their data.
        writer.Open("private static class " + dataClass);
        var data = new TextData(part.Options.Utf8Data);
        foreach (var entity in part.Entities)
        {
            writer.Line("internal static readonly " + EntityType + " " + entity.Identifier + " = new " + EntityType + "(");
            writer.Line("    id: " + data.Literal(entity.Id) + ",");
            writer.Line("    kind: global::CorpusSdk.EntityKind." + enumName + ",");
            writer.Line("    name: " + data.Literal(entity.Name) + ",");
            writer.Line("    spellings: new global::CorpusSdk.Spelling[]");
            writer.Line("    {");
            foreach (var spelling in entity.Spellings)
            {
                var occurrences = string.Join(", ", spelling.Occurrences.Select(o => "new global::CorpusSdk.Occurrence(" + data.Literal(o.Article) + ", "
                    + data.Literal(o.File) + ", " + Number(o.Line) + ", " + Number(o.Column) + ")"));
                writer.Line("        new global::CorpusSdk.Spelling(" + data.Literal(spelling.Text) + ", new global::CorpusSdk.Occurrence[] { " + occurrences + " }),");
            }
            writer.Line("    },");
            writer.Line("    roles: " + Strings(entity.Roles, data) + ",");
            writer.Line("    articleIds: " + Strings(entity.Articles, data) + ",");
            writer.Line("    acronym: " + data.Literal(entity.Acronym) + ");");
        }
        data.WriteMembers(writer);
        writer.Close();
        writer.Close();
        return writer.Close().ToString();
    }

    /// <summary><c>All</c>: each member's data in the part its identifier's hash names, in the order given.</summary>
    internal static void WriteAll(SourceWriter writer, string type, IReadOnlyList<string> identifiers)
    {
        var count = ArticleShards.Count(identifiers.Count);
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All { get; } = new " + type + "[]");
        writer.Line("{");
        foreach (var identifier in identifiers) writer.Line("    " + DataClass(ArticleShards.Of(identifier, count)) + "." + identifier + ",");
        writer.Line("};");
    }

    private static void WriteEntityDocs(SourceWriter writer, EntityModel entity)
    {
        // The summary is what a completion list shows: the name, its first role, and how much of the corpus names it.
        writer.Line("/// <summary>" + CSharpText.Doc(entity.Name) + (entity.Acronym is null ? string.Empty : " (" + CSharpText.Doc(entity.Acronym) + ")")
            + (entity.Roles.Count > 0 ? " — " + CSharpText.Doc(entity.Roles[0]) : string.Empty)
            + "; " + Number(entity.Articles.Count) + " article" + (entity.Articles.Count == 1 ? string.Empty : "s") + ".</summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// <para>Spellings: " + CSharpText.Doc(Items(entity.Spellings.Select(s =>
            s.Text + " (" + string.Join(", ", s.Occurrences.Take(3).Select(o => o.File + ":" + Number(o.Line))) + (s.Occurrences.Count > 3 ? ", …" : string.Empty) + ")"))) + ".</para>");
        if (entity.Roles.Count > 0) writer.Line("/// <para>Roles: " + CSharpText.Doc(Items(entity.Roles)) + ".</para>");
        writer.Line("/// <para>In " + Number(entity.Articles.Count) + " article" + (entity.Articles.Count == 1 ? string.Empty : "s") + ": "
            + CSharpText.Doc(Items(entity.Articles)) + ". Id <c>" + CSharpText.Doc(entity.Id) + "</c>.</para>");
        writer.Line("/// </remarks>");
    }

    internal static string Items(IEnumerable<string> items)
    {
        var list = items.ToList();
        return string.Join("; ", list.Take(ItemsInDocs)) + (list.Count > ItemsInDocs ? "; … and " + Number(list.Count - ItemsInDocs) + " more" : string.Empty);
    }

    private static string Strings(IEnumerable<string> values, TextData data)
    {
        var list = values.ToList();
        return list.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", list.Select(data.Literal)) + " }";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
