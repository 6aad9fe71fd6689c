using System.Collections.Generic;
using System.Linq;

using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Quotes;

public readonly record struct TokenAt(int Paragraph, int Token);

/// <summary>
/// Text between a pair of quotation marks. <see cref="Close"/> is null for a mark that never closes (the span then
/// runs to the end of its sentence); a span may run over paragraph breaks (<see cref="Close"/> in a later paragraph).
/// </summary>
public sealed class MarkedSpan
{
    public MarkedSpan(TokenAt open, TokenAt? close) { Open = open; Close = close; }

    public TokenAt Open { get; }
    public TokenAt? Close { get; }

    /// <summary>Paragraphs a span runs over whose opening mark repeats at their start (English style), skipped as text.</summary>
    public List<TokenAt> Reopened { get; } = new();

    /// <summary>For a span never closed: the mark of its family that opened again while it was open, if any (its text ends there).</summary>
    public TokenAt? GivenUpAt { get; set; }

    public bool IsClosed => Close is not null;
    public bool SpansParagraphs => Close is { } close && close.Paragraph != Open.Paragraph;
}

/// <summary>
/// Pairs quotation marks. Marks pair only within their family (« » with each other, “ ” „ with each other, " with "),
/// so a quote can hold a quote of another family. Within a family a mark with text after it and space before it opens,
/// one with text before it closes; when a mark can only open while another is open, the open one was never closed
/// (an unbalanced mark) and is given up. At a paragraph's end a quote still open continues into the next paragraph
/// when that one opens with the same mark (English style) or closes one before it opens one; otherwise it stays
/// unclosed.
/// </summary>
public static class QuoteMarks
{
    public static List<MarkedSpan> Pair(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var spans = new List<MarkedSpan>();
        var open = new Dictionary<MarkFamily, MarkedSpan>();
        var reopenedAt = new HashSet<TokenAt>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p].Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.Kind != ProseTokenKind.Mark || reopenedAt.Contains(new TokenAt(p, t))) continue;
                var family = token.Family;
                var isOpen = open.TryGetValue(family, out var current);
                if (isOpen && ClosesHere(token))
                {
                    open.Remove(family);
                    spans.Add(With(current!, new TokenAt(p, t)));
                }
                else if (OpensHere(token, isOpen))
                {
                    if (isOpen)
                    {
                        current!.GivenUpAt = new TokenAt(p, t); // given up: never closed
                        spans.Add(current);
                    }
                    open[family] = new MarkedSpan(new TokenAt(p, t), null);
                }
            }

            // Quotes still open at the paragraph's end: continue, or give up.
            foreach (var family in open.Keys.ToList())
            {
                var span = open[family];
                if (p + 1 < paragraphs.Count && Continues(paragraphs[p + 1].Tokens, family, out var reopenIndex))
                {
                    if (reopenIndex >= 0)
                    {
                        reopenedAt.Add(new TokenAt(p + 1, reopenIndex));
                        span.Reopened.Add(new TokenAt(p + 1, reopenIndex));
                    }
                    continue;
                }
                spans.Add(span);
                open.Remove(family);
            }
        }
        return spans.OrderBy(s => s.Open.Paragraph).ThenBy(s => s.Open.Token).ToList();
    }

    private static MarkedSpan With(MarkedSpan span, TokenAt close)
    {
        var closed = new MarkedSpan(span.Open, close);
        closed.Reopened.AddRange(span.Reopened);
        return closed;
    }

    /// <summary>Guillemets have a direction; marks of the other families close where text stands before them.</summary>
    private static bool ClosesHere(ProseToken mark) => mark.Text[0] switch
    {
        '«' or '‹' => mark.CanClose && !mark.CanOpen, // turned round: «text«
        '»' or '›' => true,
        _ => mark.CanClose,
    };

    private static bool OpensHere(ProseToken mark, bool anotherIsOpen) => mark.Text[0] switch
    {
        '«' or '‹' => true,
        '»' or '›' => !anotherIsOpen && mark.CanOpen && !mark.CanClose, // turned round: »text»
        _ => mark.CanOpen,
    };

    /// <summary>Whether a paragraph opens with a quote of <paramref name="family"/> that closes and is followed by a speech verb.</summary>
    private static bool AttributedQuoteAtStart(List<ProseToken> tokens, MarkFamily family)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != ProseTokenKind.Mark || tokens[i].Family != family || !ClosesHere(tokens[i])) continue;
            var after = i + 1;
            if (after < tokens.Count && tokens[after].Kind == ProseTokenKind.Comma) after++;
            // the attribution may put the subject first: “…,” the minister said.
            for (var j = after; j < tokens.Count && j < after + 4 && tokens[j].IsWord; j++)
            {
                if (QuoteLexicon.SpeechVerb(tokens[j].Folded) is not null) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a quote open at the end of a paragraph runs into the next one: it does when the next paragraph opens with
    /// a mark of the family (<paramref name="reopenIndex"/>), or closes one of the family before opening one.
    /// </summary>
    private static bool Continues(List<ProseToken> next, MarkFamily family, out int reopenIndex)
    {
        reopenIndex = -1;
        if (next.Count > 0 && next[0].Kind == ProseTokenKind.Mark && next[0].Family == family && next[0].CanOpen && next[0].Text[0] != '»' && next[0].Text[0] != '›')
        {
            // English reopens a quote that goes on at each paragraph's start. A paragraph whose opening quote closes and is
            // then attributed («…»، قال الرئيس; “…,” she said) is a quote of its own: the open one was never closed.
            if (AttributedQuoteAtStart(next, family)) return false;
            reopenIndex = 0;
            return true;
        }
        foreach (var token in next)
        {
            if (token.Kind != ProseTokenKind.Mark || token.Family != family) continue;
            return ClosesHere(token) && !(token.CanOpen && !token.CanClose);
        }
        return false;
    }
}
