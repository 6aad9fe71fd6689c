using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// The labels the name tagger gives each token: outside a name, or the begin or inside of a name of one of four types
/// (BIO, as the CoNLL-2003 and NewsFANE data are annotated). MISC (nationalities, events, works, products) is learned so
/// that such words are not forced into one of the other three, and is never output as a mention.
/// </summary>
internal static class NameLabels
{
    public const int Count = 9;

    public const int Outside = 0;

    /// <summary>The four types, in label order: B of type t is 1 + 2t, I is 2 + 2t.</summary>
    public static readonly IReadOnlyList<string> Types = new[] { "PER", "ORG", "LOC", "MISC" };

    public const int Person = 0;
    public const int Organization = 1;
    public const int Place = 2;
    public const int Misc = 3;

    public static int Begin(int type) => 1 + 2 * type;

    public static int Inside(int type) => 2 + 2 * type;

    /// <summary>The type of a label, or -1 for <see cref="Outside"/>.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static bool IsInside(int label) => label != Outside && (label - 1) % 2 == 1;

    /// <summary>The mention kind (<see cref="Model.EntityKinds"/>) of a type, or null for MISC, which is no mention.</summary>
    public static string? KindOf(int type) => type switch
    {
        Person => Model.EntityKinds.Person,
        Organization => Model.EntityKinds.Organization,
        Place => Model.EntityKinds.Place,
        _ => null,
    };

    public static string Name(int label) => label == Outside ? "O" : (IsInside(label) ? "I-" : "B-") + Types[TypeOf(label)];

    /// <summary>The type index of "PER", "ORG", "LOC" or "MISC", or -1.</summary>
    public static int TypeIndex(string type)
    {
        for (var t = 0; t < Types.Count; t++) if (Types[t] == type) return t;
        return -1;
    }
}
