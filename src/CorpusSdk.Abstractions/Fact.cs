using System;
using System.Collections.Generic;
using System.Globalization;

namespace CorpusSdk;

/// <summary>What kind of fact.</summary>
public enum FactKind
{
    /// <summary>When an event happened.</summary>
    Date,

    /// <summary>A quantity and what it counts.</summary>
    Number,
}

/// <summary>How far the sources of a fact agree.</summary>
public enum FactStatus
{
    /// <summary>One article states it.</summary>
    Single,

    /// <summary>Several articles state it, all with the same value.</summary>
    Corroborated,

    /// <summary>Articles give different values: read <see cref="Fact.Sources"/>, not one value.</summary>
    Disputed,
}

/// <summary>How a source bounds the value it states: <c>أكثر من 150</c>, at least 100 and about 900 are ranges, not points.</summary>
public enum FactBound
{
    /// <summary>The value as stated.</summary>
    Exact,

    /// <summary>about, around, نحو, حوالي: a little either side.</summary>
    About,

    /// <summary>nearly, almost, قرابة: up to the value.</summary>
    Nearly,

    /// <summary>at least, على الأقل: the value or more.</summary>
    AtLeast,

    /// <summary>more than, over, أكثر من: above the value.</summary>
    MoreThan,

    /// <summary>up to, as many as, ما يصل إلى: the value or less.</summary>
    AtMost,

    /// <summary>less than, fewer than, أقل من: below the value.</summary>
    LessThan,
}

/// <summary>One source of a fact: the article that states it, where, and the value it gives.</summary>
public sealed class FactSource
{
    /// <summary>Creates a source. Called by generated code.</summary>
    public FactSource(string articleId, string file, int line, int column, string text, string? value, string sentence,
        FactBound bound = FactBound.Exact, string? authority = null, string? asOf = null)
    {
        Bound = bound;
        Authority = authority;
        AsOf = asOf;
        ArticleId = articleId ?? throw new ArgumentNullException(nameof(articleId));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Line = line;
        Column = column;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Value = value;
        Sentence = sentence ?? throw new ArgumentNullException(nameof(sentence));
    }

    /// <summary>The article's identifier.</summary>
    public string ArticleId { get; }

    /// <summary>The corpus file, relative to the corpus folder.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the value.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the value.</summary>
    public int Column { get; }

    /// <summary>The value as written (<c>9/2/2026</c>, <c>العضو التسعين</c>).</summary>
    public string Text { get; }

    /// <summary>The value this source gives (ISO date or invariant number), or <see langword="null"/> when it cannot be resolved.</summary>
    public string? Value { get; }

    /// <summary>The sentence that states it.</summary>
    public string Sentence { get; }

    /// <summary>How the source bounds its value (more than 150 is <see cref="FactBound.MoreThan"/>).</summary>
    public FactBound Bound { get; }

    /// <summary>Who the source attributes the value to (according to the ministry, وفق اللجنة), or <see langword="null"/>.</summary>
    public string? Authority { get; }

    /// <summary>
    /// The time the source says its value holds for, as written (as of Saturday morning, حتى مساء أمس, so far), or
    /// <see langword="null"/>. A count that grows from one such time to a later one is an update, not a dispute.
    /// </summary>
    public string? AsOf { get; }

    /// <inheritdoc/>
    public override string ToString() => ArticleId + ": " + Text;
}

/// <summary>A fact of the corpus: what several sources state about one event or quantity, and whether they agree.</summary>
public sealed class Fact
{
    /// <summary>Creates a fact. Called by generated code, with named arguments.</summary>
    public Fact(string id, FactKind kind, string subject, string value, string? unit, FactStatus status, IReadOnlyList<FactSource> sources,
        string? frame = null, string? entity = null, string? storyId = null)
    {
        Frame = frame;
        Entity = entity;
        StoryId = storyId;
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Kind = kind;
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Unit = unit;
        Status = status;
        Sources = sources ?? throw new ArgumentNullException(nameof(sources));
    }

    /// <summary>The fact's stable id, as the export writes it.</summary>
    public string Id { get; }

    /// <summary>A date or a number.</summary>
    public FactKind Kind { get; }

    /// <summary>What it is about, in words (the event and its place, or what is counted).</summary>
    public string Subject { get; }

    /// <summary>
    /// The value most sources give: an ISO date (<c>2026-02-09</c>) or an invariant number (<c>90</c>). For a
    /// <see cref="FactStatus.Disputed"/> fact it is one of several: read <see cref="Sources"/>.
    /// </summary>
    public string Value { get; }

    /// <summary>For an amount, its currency or unit (<c>USD</c>), else <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Single, corroborated or disputed.</summary>
    public FactStatus Status { get; }

    /// <summary>Every source, in corpus order.</summary>
    public IReadOnlyList<FactSource> Sources { get; }

    /// <summary>
    /// What the fact counts or dates, whatever words its sources use (<c>deaths</c>, <c>injured</c>, <c>distance</c>,
    /// <c>age</c>, <c>statement</c>; docs/extraction.md lists the frames), or <see langword="null"/> for a fact named by the
    /// noun beside its value (a rank, an amount, an event).
    /// </summary>
    public string? Frame { get; }

    /// <summary>The entity a framed value belongs to: the place a distance is measured from, the person of an age; else <see langword="null"/>.</summary>
    public string? Entity { get; }

    /// <summary>The id of the story the fact belongs to (<see cref="CorpusStory.Id"/>), or <see langword="null"/>.</summary>
    public string? StoryId { get; }

    /// <summary>A number fact's value as a number, else <see langword="null"/>.</summary>
    public decimal? Number => Kind == FactKind.Number && decimal.TryParse(Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A date fact's value as a day, else <see langword="null"/>.</summary>
    public DateTime? Day => Kind == FactKind.Date && DateTime.TryParseExact(Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <inheritdoc/>
    public override string ToString() => Subject + " = " + Value + " (" + Status + ")";
}

/// <summary>
/// Marks a generated member whose fact the sources dispute. The CorpusSdk analyzer reads it to report CORPUS301 where
/// code reads the fact's single value (<see cref="Fact.Value"/>, <see cref="Fact.Number"/>, <see cref="Fact.Day"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class DisputedFactAttribute : Attribute
{
    /// <summary>Marks a disputed fact with the values its sources give.</summary>
    /// <param name="values">The values the sources give, as the diagnostic names them (<c>2026-02-09, 2026-02-11</c>).</param>
    public DisputedFactAttribute(string values) => Values = values ?? string.Empty;

    /// <summary>The values the sources give.</summary>
    public string Values { get; }
}
