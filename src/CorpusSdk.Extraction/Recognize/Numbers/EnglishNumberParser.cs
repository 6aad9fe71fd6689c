using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>
/// The grammar of English number phrases: groups of [unit|teen] hundred [and] [tens[-unit] | teen | unit], each
/// multiplied by a decreasing scale (three million two hundred and five thousand and six); digits before a scale
/// (1.5 million); an ordinal word ends the phrase (twenty-first, one hundredth).
/// </summary>
internal sealed class EnglishNumberParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;

    public EnglishNumberParser(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    private enum Link { First, Space, Hyphen, And }
    private enum Last { None, Zero, Unit, Teen, Tens, Hundred, Scale, Digits }

    private struct State
    {
        public decimal Total, Cur, MinScale;
        public Last Last;
        public bool HasUnit, HasTens, HasTeen, HasHundred, Closed, Ordinal, PlainDigits;
        public int EndTok, Atoms;
    }

    public bool TryParse(int tok, out NumberMatch match) => TryParse(tok, allowNegative: true, out match);

    private bool TryParse(int tok, bool allowNegative, out NumberMatch match)
    {
        match = default;
        var token = _tokens[tok];
        WordEntry? firstEntry = null;
        var s = new State { MinScale = decimal.MaxValue };
        var negative = false;
        if (token.Kind == TokenKind.Number)
        {
            if (token.Is(NumberShape.Component | NumberShape.Ordinal | NumberShape.Notation)) return false;
            s.Cur = token.Value < 0 ? -token.Value : token.Value;
            negative = token.Value < 0;
            s.Last = Last.Digits;
            s.PlainDigits = token.Is(NumberShape.Plain);
            s.EndTok = tok;
            s.Atoms = 1;
        }
        else
        {
            if (!Entry(tok, out firstEntry)) return false;
            if (firstEntry.Kind == WordKind.Negative)
            {
                if (!allowNegative || !Next(tok, out var j, out var l) || l != Link.Space) return false;
                if (_tokens[j].Kind == TokenKind.Number && !_tokens[j].Is(NumberShape.Component | NumberShape.Ordinal | NumberShape.Negative)
                    && !TryParse(j, false, out _))
                {
                    match = new NumberMatch(tok, j, -_tokens[j].Value, false);
                    return true;
                }
                if (!TryParse(j, false, out var inner) || inner.Ordinal || inner.Value <= 0) return false;
                match = new NumberMatch(tok, inner.EndTok, -inner.Value, false);
                return true;
            }
            if (!Add(ref s, firstEntry, tok, Link.First)) return false;
        }

        var committed = s;
        while (!s.Closed && Next(s.EndTok, out var j, out var link))
        {
            var t = s;
            if (_tokens[j].Kind == TokenKind.Number)
            {
                break; // digits do not continue a word phrase
            }
            if (!Entry(j, out var e) || !Add(ref t, e, j, link)) break;
            s = t;
            committed = s;
        }
        var value = committed.Total + committed.Cur;
        if (committed.Atoms == 1 && firstEntry is { Kind: WordKind.Unit, Value: 1 } && !firstEntry.Has(WordFlags.Ordinal) && IsPronounOne(tok)) return false;
        if (committed.Atoms == 1 && token.Kind == TokenKind.Number) return false; // nothing beyond the digits
        match = new NumberMatch(tok, committed.EndTok, negative ? -value : value, committed.Ordinal);
        return true;
    }

    private bool Entry(int tok, out WordEntry entry)
    {
        entry = null!;
        var token = _tokens[tok];
        if (token.Kind != TokenKind.Word || !token.Latin || !NumberWords.English.TryGetValue(token.Folded, out var entries)) return false;
        entry = entries[0];
        return true;
    }

    /// <summary>The next token and how it is joined: a hyphen with no spaces (twenty-one), "and" (hundred and five), a space.</summary>
    private bool Next(int tok, out int next, out Link link)
    {
        next = tok + 1;
        link = Link.Space;
        if (next + 1 < _tokens.Count && _tokens[next].Kind == TokenKind.Symbol && _text[_tokens[next].Start] == '-' && _tokens[next + 1].Kind == TokenKind.Word)
        {
            next++;
            link = Link.Hyphen;
            return true;
        }
        var spaced = false;
        while (next < _tokens.Count && _tokens[next].Kind == TokenKind.Space) { next++; spaced = true; }
        if (!spaced || next >= _tokens.Count) return false;
        if (_tokens[next].Kind == TokenKind.Word && _tokens[next].Latin && _tokens[next].Folded == "and")
        {
            next++;
            spaced = false;
            while (next < _tokens.Count && _tokens[next].Kind == TokenKind.Space) { next++; spaced = true; }
            if (!spaced || next >= _tokens.Count) return false;
            link = Link.And;
        }
        return true;
    }

    private static bool Add(ref State s, WordEntry e, int tok, Link link)
    {
        var afterBig = s.Last == Last.Hundred || s.Last == Last.Scale;
        var free = !s.HasUnit && !s.HasTens && !s.HasTeen;
        if (link == Link.And && !(afterBig && (e.Kind == WordKind.Unit || e.Kind == WordKind.Teen || e.Kind == WordKind.Tens))) return false;
        if (s.Last == Last.Zero) return false;
        switch (e.Kind)
        {
            case WordKind.Zero:
                if (link != Link.First) return false;
                s.Last = Last.Zero;
                break;
            case WordKind.Unit:
                var afterTens = s.Last == Last.Tens && !s.HasUnit && (link == Link.Space || link == Link.Hyphen);
                if (link != Link.First && !afterTens && !(free && afterBig && link != Link.Hyphen)) return false;
                s.Cur += e.Value;
                s.HasUnit = true;
                s.Last = Last.Unit;
                break;
            case WordKind.Teen:
            case WordKind.Tens:
                if (link != Link.First && !(free && afterBig && link != Link.Hyphen)) return false;
                s.Cur += e.Value;
                if (e.Kind == WordKind.Teen) s.HasTeen = true; else s.HasTens = true;
                s.Last = e.Kind == WordKind.Teen ? Last.Teen : Last.Tens;
                break;
            case WordKind.Hundred:
                if (link == Link.First) s.Cur = 100;
                else if (link == Link.Space && !s.HasHundred && !s.HasTens && s.Cur >= 1 && s.Cur <= 19
                         && (s.Last == Last.Unit || s.Last == Last.Teen || (s.Last == Last.Digits && s.PlainDigits)))
                    s.Cur *= 100;
                else return false;
                s.HasHundred = true;
                s.HasUnit = s.HasTeen = false;
                s.Last = Last.Hundred;
                break;
            case WordKind.Scale:
                if (e.Value >= s.MinScale) return false;
                decimal add;
                if (link == Link.First) add = e.Value;
                else if (link == Link.Space && s.Cur > 0 && s.Last != Last.Scale)
                {
                    if (!Arithmetic.TryMultiply(s.Cur, e.Value, out add)) return false;
                }
                else return false;
                if (!Arithmetic.TryAdd(s.Total, add, out s.Total)) return false;
                s.Cur = 0;
                s.HasUnit = s.HasTens = s.HasTeen = s.HasHundred = false;
                s.MinScale = e.Value;
                s.Last = Last.Scale;
                break;
            default:
                return false;
        }
        if (e.Has(WordFlags.Ordinal))
        {
            s.Ordinal = true;
            s.Closed = true; // an ordinal word is the last word of the number
        }
        s.EndTok = tok;
        s.Atoms++;
        return true;
    }

    /// <summary>"one" as a pronoun: no one, the one, which one; one another.</summary>
    private bool IsPronounOne(int tok)
    {
        var j = tok - 1;
        while (j >= 0 && _tokens[j].Kind == TokenKind.Space) j--;
        if (j >= 0 && _tokens[j].Kind == TokenKind.Word && _tokens[j].Latin && NumberWords.EnglishPronounOneHeadSet.Contains(_tokens[j].Folded)) return true;
        var k = tok + 1;
        while (k < _tokens.Count && _tokens[k].Kind == TokenKind.Space) k++;
        return k < _tokens.Count && _tokens[k].Kind == TokenKind.Word && _tokens[k].Folded == "another";
    }
}
