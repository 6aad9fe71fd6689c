using System;
namespace CorpusSdk.Extraction.Model;

/// <summary>
/// The kinds of fact. Every place that treats a kind differently switches on it exhaustively and throws on a kind it does
/// not know, so that a kind added here fails the tests where it is not yet handled instead of passing for a number.
/// </summary>
public enum FactKind
{
    /// <summary>When an event happened (the meeting in Riyadh on 9 February 2026).</summary>
    Date,

    /// <summary>A quantity and what it counts (Syria as the coalition's 90th member, 40 killed, $5 million).</summary>
    Number,
}

/// <summary>The names the export, the fact ids and the hovers give the kinds and statuses of facts.</summary>
public static class FactNames
{
    /// <summary>The kind as the export writes it (<c>date</c>, <c>number</c>).</summary>
    public static string Of(FactKind kind) => kind switch
    {
        FactKind.Date => "date",
        FactKind.Number => "number",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A fact kind with no name."),
    };

    /// <summary>The status as the export writes it (<c>single</c>, <c>corroborated</c>, <c>disputed</c>).</summary>
    public static string Of(FactStatus status) => status switch
    {
        FactStatus.Single => "single",
        FactStatus.Corroborated => "corroborated",
        FactStatus.Disputed => "disputed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A fact status with no name."),
    };
}

/// <summary>How a source bounds the value it states (<c>أكثر من 150</c>, at least 100, about 900): a point or a range.</summary>
public enum ValueBound
{
    Exact,

    /// <summary>about, around, some, نحو, حوالي: within BoundLexicon.AboutShare either side.</summary>
    About,

    /// <summary>nearly, almost, close to: up to the value, from BoundLexicon.NearlyShare below it.</summary>
    Nearly,

    /// <summary>at least, على الأقل, لا يقل عن: the value or more.</summary>
    AtLeast,

    /// <summary>more than, over, أكثر من: above the value (taken as the value or more, since outlets round a toll down to write "over").</summary>
    MoreThan,

    /// <summary>up to, as many as, ما يصل إلى: the value or less.</summary>
    AtMost,

    /// <summary>less than, fewer than, under, أقل من: below the value.</summary>
    LessThan,
}

/// <summary>How far the sources of a fact agree.</summary>
public enum FactStatus
{
    /// <summary>One article states it.</summary>
    Single,

    /// <summary>Several articles state it, all with the same value.</summary>
    Corroborated,

    /// <summary>Articles give different values.</summary>
    Disputed,
}

/// <summary>
/// One article's statement of a fact, as the per-file stage finds it: a date with the event it belongs to, or a number
/// with what it counts, and the words around it that tell the same fact in another article.
/// </summary>
/// <param name="Kind">Date or number.</param>
/// <param name="Subject">The event or counted noun as written (الاجتماع, العضو, قتيلا, meeting).</param>
/// <param name="SubjectKey">The subject folded and without article, proclitic or case ending, for grouping.</param>
/// <param name="Place">The place the sentence names nearest to the subject, or null.</param>
/// <param name="Value">A date as ISO day (2026-02-09) or a number in invariant digits (90); null for a relative date
/// the article cannot resolve (no publication date).</param>
/// <param name="DayOffset">For a relative date with no date written out that is a fixed number of days from the
/// publication date (أمس: −1, اليوم: 0), that number: it lets the corpus infer an undated article's publication date
/// from other sources, and tells two "today"s of articles published on different days apart. Null otherwise.</param>
/// <param name="Unit">What a number is counted in, when a currency says (USD), or null.</param>
/// <param name="Span">The value as written in the file.</param>
/// <param name="Text">The value as written (9/2/2026, رقم 90, التسعين, يوم أمس الإثنين).</param>
/// <param name="Sentence">The sentence that states it, as written.</param>
/// <param name="Context">The keys of the sentence's content words, which two statements of one fact share.</param>
/// <param name="Certain">The value is what the text writes, not a guess (see <see cref="FactSource.Certain"/>).</param>
/// <param name="Places">For a number, the places its sentence names (أعلنت السعودية تقديم 10 ملايين دولار): two counts
/// whose sentences name only different places are of different things.</param>
/// <param name="Update">A number stated as a change (ارتفعت الحصيلة إلى 15, rose to 15): it updates earlier counts rather
/// than disputing them.</param>
/// <param name="Frame">For a number, the frame it is stated in (<c>deaths</c>, <c>distance</c>; Recognize/Facts/FrameLexicon),
/// or null when no frame word stands beside it: then its counted noun is its subject.</param>
/// <param name="Bound">How the source bounds the value (more than 150, about 900).</param>
/// <param name="Entity">The entity a framed value belongs to: the place a distance is measured from, the person of an age.</param>
/// <param name="Authority">Who the sentence attributes the statement to (according to the ministry, وفق اللجنة), or null.</param>
/// <param name="AsOf">The time the sentence says the statement holds for, as written (as of Saturday morning, حتى مساء أمس), or null.</param>
/// <param name="AsOfTime">That time, sortable (<c>2023-06-03T09</c>, or the day alone when no hour is said), or null when unresolved.</param>
/// <param name="OtherYear">A year the sentence states that is not the article's: the statement is background about another
/// event (a toll from 2004), not the story's.</param>
public sealed record FactMention(
    FactKind Kind,
    string Subject,
    string SubjectKey,
    string? Place,
    string? Value,
    int? DayOffset,
    string? Unit,
    SourceSpan Span,
    string Text,
    string Sentence,
    EquatableArray<string> Context,
    bool Certain = true,
    EquatableArray<string> Places = default,
    bool Update = false,
    string? Frame = null,
    ValueBound Bound = ValueBound.Exact,
    string? Entity = null,
    string? Authority = null,
    int? OtherYear = null,
    string? AsOf = null,
    string? AsOfTime = null);

/// <summary>One source of a fact: the article, where, and the value it gives.</summary>
/// <param name="Certain">The value is what the text writes (a date written out, a fixed relative day such as أمس, a
/// number), not a guess (a weekday alone, the latest such day): only certain values can dispute a fact.</param>
/// <param name="Bound">How the source bounds its value (more than 150 is a range, not a point).</param>
/// <param name="Authority">Who the source attributes the value to, or null.</param>
/// <param name="AsOf">The time the source says its value holds for, as written (as of Saturday morning), or null.</param>
public sealed record FactSource(string Article, string File, SourceSpan Span, string Text, string? Value, string Sentence, bool Certain,
    ValueBound Bound = ValueBound.Exact, string? Authority = null, string? AsOf = null)
{
    public int Line => Span.StartLine;

    public int Column => Span.StartColumn;
}

/// <summary>
/// A fact of the corpus: the statements of several articles that are about the same thing, with their values and
/// whether they agree.
/// </summary>
/// <param name="Id">Stable id (<c>date-ajtima-al-riyad</c>), unique.</param>
/// <param name="Identifier">The C# identifier of its member in <c>Facts</c>.</param>
/// <param name="Kind">Date or number.</param>
/// <param name="Subject">What it is about, in words (the event and its place, or what is counted).</param>
/// <param name="Value">The value most sources give (for a disputed fact, one of several).</param>
/// <param name="Unit">For a number, its currency or unit, or null.</param>
/// <param name="Status">Whether its sources agree.</param>
/// <param name="Sources">Every statement, in corpus order.</param>
/// <param name="Frame">For a framed number, its frame (<c>deaths</c>), or null.</param>
/// <param name="Entity">The entity a framed value belongs to (the place of a distance, the person of an age), or null.</param>
/// <param name="Story">The id of the story of the corpus the fact belongs to (<see cref="CorpusStoryModel.Id"/>), or null.</param>
public sealed record FactModel(
    string Id,
    string Identifier,
    FactKind Kind,
    string Subject,
    string? Value,
    string? Unit,
    FactStatus Status,
    EquatableArray<FactSource> Sources,
    string? Frame = null,
    string? Entity = null,
    string? Story = null);
