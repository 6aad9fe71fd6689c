using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>A number phrase found over tokens <see cref="StartTok"/>..<see cref="EndTok"/> (inclusive).</summary>
internal readonly struct NumberMatch
{
    public NumberMatch(int startTok, int endTok, decimal value, bool ordinal)
    {
        StartTok = startTok;
        EndTok = endTok;
        Value = value;
        Ordinal = ordinal;
    }

    public int StartTok { get; }
    public int EndTok { get; }
    public decimal Value { get; }
    public bool Ordinal { get; }
}

/// <summary>How an atom is joined to the one before it.</summary>
internal enum Joint
{
    /// <summary>It is the first atom.</summary>
    First,
    /// <summary>By و, attached (وعشرون) or standing alone (و عشرون).</summary>
    Wa,
    /// <summary>By a space only (ثلاثة آلاف, الحادي عشر, Egyptian متين واحد).</summary>
    Space,
}

/// <summary>
/// The grammar of Arabic number phrases, read left to right over tokens. A phrase is a sum of groups in decreasing
/// scale (ثلاثة ملايين وخمسمائة ألف ومئتان وواحد وعشرون); a group below a thousand is hundreds, then units, then tens
/// (مائة وخمسة وعشرون: Arabic says the unit before the ten); 11–19 are a unit and عشر/عشرة side by side; a count
/// before a scale word multiplies it (ثلاثة آلاف, 3 آلاف, 1.5 مليون). Ordinals use the same grammar with ordinal units
/// (الخامس والعشرون) or with the article on a cardinal from 20 up (العشرون, المئة). After the phrase, fractions and a
/// spoken decimal point may follow (مليون ونصف, ثلاثة أرباع, واحد فاصلة خمسة).
/// </summary>
internal sealed class ArabicNumberParser
{
    private readonly List<Token> _tokens;

    public ArabicNumberParser(List<Token> tokens) => _tokens = tokens;

    /// <summary>One reading of one token: a lexicon entry with the proclitics stripped from it, or a digit number.</summary>
    private readonly struct Atom
    {
        public Atom(int tok, WordEntry? entry, decimal value, bool wa, bool fa, char prep, bool article, bool plainDigits)
        {
            Tok = tok;
            Entry = entry;
            Value = value;
            Wa = wa;
            Fa = fa;
            Prep = prep;
            Article = article;
            PlainDigits = plainDigits;
        }

        public int Tok { get; }
        public WordEntry? Entry { get; }
        public decimal Value { get; }
        public bool Wa { get; }
        public bool Fa { get; }
        public char Prep { get; }
        public bool Article { get; }
        public bool PlainDigits { get; }
        public bool IsDigits => Entry is null;
        public bool Is(WordKind kind) => Entry is not null && Entry.Kind == kind;
        public bool Has(WordFlags flag) => Entry is not null && Entry.Has(flag);
        public bool HasPrefix => Wa || Fa || Prep != '\0' || Article;
    }

    private enum Last { None, Zero, Unit, TeenHead, Teen, Tens, Hundred, Scale, Digits }

    /// <summary>What the last atom still needs from the next one before the phrase may end.</summary>
    private enum Need { None, Ten, TenOrTens, Any, ScaleOrHundred }

    private struct State
    {
        public decimal Total;     // completed groups (each multiplied by its scale)
        public decimal Cur;       // the group being built, below its scale
        public decimal MinScale;  // the smallest scale used so far: the next must be smaller
        public decimal LastUnit;
        public Last Last;
        public bool HasUnit, HasTens, HasTeen, HasHundred, LastDigitsPlain;
        public bool Ordinal, Big, Definite;
        public Need Need;
        public int EndTok;
        public int Atoms;
    }

    // ------------------------------------------------------------------ entry point

    public bool TryParse(int tok, out NumberMatch match) => TryParse(tok, allowNegative: true, allowTails: true, out match);

    private bool TryParse(int tok, bool allowNegative, bool allowTails, out NumberMatch match)
    {
        match = default;
        var first = FirstAtoms(tok);
        if (first.Count == 0) return false;

        var a0 = first[0];
        if (a0.Is(WordKind.Negative))
        {
            // سالب واحد, ناقص 5: the number after it, negated.
            if (!allowNegative || !NextToken(tok, out var j, out _)) return false;
            if (_tokens[j].Kind == TokenKind.Number && !_tokens[j].Is(NumberShape.Component | NumberShape.Ordinal) && !_tokens[j].Is(NumberShape.Negative)
                && !TryParse(j, allowNegative: false, allowTails: true, out _))
            {
                match = new NumberMatch(tok, j, -_tokens[j].Value, false);
                return true;
            }
            if (!TryParse(j, allowNegative: false, allowTails: true, out var inner) || inner.Ordinal || inner.Value <= 0) return false;
            match = new NumberMatch(tok, inner.EndTok, -inner.Value, false);
            return true;
        }
        if (a0.Is(WordKind.Part))
        {
            // جزء من مئة: one part of a hundred.
            if (a0.Has(WordFlags.Plural) || !TryPartOf(tok, 1, out var v, out var end)) return false;
            match = new NumberMatch(tok, end, v, false);
            return true;
        }
        if (a0.Is(WordKind.Fraction))
            return TryFraction(tok, a0, out match);
        if (a0.Is(WordKind.Point) || a0.Is(WordKind.And)) return false;

        // The phrase itself.
        var negative = false;
        State s = default;
        var started = false;
        foreach (var a in first)
        {
            var atom = a;
            if (a.IsDigits && a.Value < 0)
            {
                negative = true;
                atom = new Atom(a.Tok, null, -a.Value, false, false, '\0', false, a.PlainDigits);
            }
            var t = new State { MinScale = decimal.MaxValue };
            if (Add(ref t, atom, Joint.First))
            {
                s = t;
                a0 = atom;
                started = true;
                break;
            }
        }
        if (!started) return false;
        State? committed = s.Need == Need.None ? s : null;
        while (NextAtoms(s.EndTok, out var joint, out var candidates))
        {
            var progressed = false;
            foreach (var a in candidates)
            {
                var t = s;
                if (!Add(ref t, a, joint)) continue;
                s = t;
                progressed = true;
                break;
            }
            if (!progressed) break;
            if (s.Need == Need.None) committed = s;
        }
        if (committed is not State c) return false;

        var value = c.Total + c.Cur;
        var endTok = c.EndTok;
        var ordinal = c.Ordinal || (a0.Article && c.Big);
        var tailed = false;
        if (allowTails && !ordinal && TryTails(c, value, out var tailValue, out var tailEnd))
        {
            value = tailValue;
            endTok = tailEnd;
            tailed = true;
        }
        if (!tailed && c.Atoms == 1 && IsVetoed(a0)) return false;
        match = new NumberMatch(tok, endTok, negative ? -value : value, ordinal);
        return true;
    }

    // ------------------------------------------------------------------ atoms

    /// <summary>Readings of the token that starts a phrase. For a word spelled like both a cardinal and a fraction
    /// (خمس), the fraction is meant when, itself without the article, it governs a definite noun (خُمس السكان: a
    /// fraction in construct); the cardinal otherwise (خمس سنوات, السنوات العشر الماضية).</summary>
    private List<Atom> FirstAtoms(int tok)
    {
        var token = _tokens[tok];
        var list = new List<Atom>();
        if (token.Kind == TokenKind.Number)
        {
            if (!token.Is(NumberShape.Component | NumberShape.Ordinal | NumberShape.Notation))
                list.Add(new Atom(tok, null, token.Value, false, false, '\0', false, token.Is(NumberShape.Plain)));
            return list;
        }
        Read(tok, list);
        if (list.Exists(a => a.Has(WordFlags.Ambiguous)) && list.Exists(a => !a.Is(WordKind.Fraction)))
        {
            var fraction = NextIsDefiniteNoun(tok);
            list.RemoveAll(a => a.Is(WordKind.Fraction) != (fraction && !a.Article));
        }
        return list;
    }

    /// <summary>Looks a word up with its proclitics stripped: first as written, then without و/ف, ب/ل/ك, ال and their
    /// combinations (وبالألف, للعشرين), shortest stripping first.</summary>
    private void Read(int tok, List<Atom> into)
    {
        var token = _tokens[tok];
        if (token.Kind != TokenKind.Word || token.Latin) return;
        var w = token.Folded;
        for (var conj = 0; conj < 2; conj++)
        {
            if (conj == 1 && (w.Length < 3 || System.Array.IndexOf(NumberWords.ArabicConjunctions, w[0]) < 0)) continue;
            var afterConj = conj == 1 ? w.Substring(1) : w;
            foreach (var order in StripOrders)
            {
                var (prep, article) = order;
                var stem = afterConj;
                var prepChar = '\0';
                if (prep)
                {
                    if (stem.Length < 3 || System.Array.IndexOf(NumberWords.ArabicPrepositions, stem[0]) < 0) continue;
                    prepChar = stem[0];
                    stem = stem.Substring(1);
                }
                if (article)
                {
                    if (prepChar == 'ل' && stem.StartsWith("ل", System.StringComparison.Ordinal)) stem = stem.Substring(1); // لل = ل + ال
                    else if (stem.StartsWith("ال", System.StringComparison.Ordinal)) stem = stem.Substring(2);
                    else continue;
                }
                if (stem.Length < 2 || !NumberWords.Arabic.TryGetValue(stem, out var entries)) continue;
                var found = false;
                foreach (var e in entries)
                {
                    // A two-letter stem (ست) takes only و and ب: لست is "I am not", الست "the lady".
                    if (e.Has(WordFlags.ShortStem) && (article || (prepChar != '\0' && prepChar != 'ب') || (conj == 1 && w[0] != 'و'))) continue;
                    into.Add(new Atom(tok, e, e.Value, conj == 1 && w[0] == 'و', conj == 1 && w[0] != 'و', prepChar, article, false));
                    found = true;
                }
                if (found) return;
            }
        }
    }

    private static readonly (bool Prep, bool Article)[] StripOrders = { (false, false), (true, false), (false, true), (true, true) };

    /// <summary>The next token after spaces, if there were spaces.</summary>
    private bool NextToken(int tok, out int next, out bool spaced)
    {
        next = tok + 1;
        spaced = false;
        while (next < _tokens.Count && _tokens[next].Kind == TokenKind.Space)
        {
            next++;
            spaced = true;
        }
        return next < _tokens.Count;
    }

    /// <summary>The readings of the next atom and how it is joined: by a free-standing و (و عشرون, و500), by an
    /// attached و (وعشرون), or by a space. Anything else (punctuation, a line break, ف, a preposition) ends the phrase.</summary>
    private bool NextAtoms(int tok, out Joint joint, out List<Atom> atoms)
    {
        joint = Joint.Space;
        atoms = new List<Atom>();
        if (!NextToken(tok, out var j, out var spaced)) return false;
        var token = _tokens[j];
        if (token.Kind == TokenKind.Word && !token.Latin && token.Folded == "و")
        {
            if (!NextToken(j, out j, out _)) return false;
            joint = Joint.Wa;
            AtomsAt(j, atoms);
            atoms.RemoveAll(a => a.Wa || a.Fa);
            return atoms.Count > 0;
        }
        if (!spaced) return false;
        AtomsAt(j, atoms);
        if (atoms.Count == 0 || atoms[0].Fa) return false;
        joint = atoms[0].Wa ? Joint.Wa : Joint.Space;
        return true;
    }

    private void AtomsAt(int j, List<Atom> atoms)
    {
        var token = _tokens[j];
        if (token.Kind == TokenKind.Number)
        {
            if (!token.Is(NumberShape.Component | NumberShape.Ordinal | NumberShape.Notation | NumberShape.Negative))
                atoms.Add(new Atom(j, null, token.Value, false, false, '\0', false, token.Is(NumberShape.Plain)));
        }
        else Read(j, atoms);
    }

    /// <summary>The next word is definite (starts with ال) and is not itself a number word.</summary>
    private bool NextIsDefiniteNoun(int tok)
    {
        if (!NextToken(tok, out var j, out var spaced) || !spaced) return false;
        var token = _tokens[j];
        if (token.Kind != TokenKind.Word || token.Latin || token.Folded.Length < 4 || !token.Folded.StartsWith("ال", System.StringComparison.Ordinal)) return false;
        var readings = new List<Atom>();
        Read(j, readings);
        return readings.Count == 0;
    }

    // ------------------------------------------------------------------ the grammar

    private static bool Satisfies(Need need, Atom a, Joint joint) => need switch
    {
        Need.None or Need.Any => true,
        Need.Ten => a.Is(WordKind.Ten) && joint == Joint.Space,
        Need.TenOrTens => (a.Is(WordKind.Ten) && joint == Joint.Space) || (a.Is(WordKind.Tens) && joint == Joint.Wa),
        Need.ScaleOrHundred => joint == Joint.Space && ((a.Is(WordKind.Scale) && !a.Has(WordFlags.Dual)) || (a.Is(WordKind.Hundred) && a.Value == 100)),
        _ => false,
    };

    private static bool Add(ref State s, Atom a, Joint joint)
    {
        if (s.Last == Last.Zero) return false;
        if (joint == Joint.First) s.Definite = a.Article;
        else
        {
            // Inside a phrase only و and the article attach (والعشرون); a preposition or ف starts something else.
            if (a.Prep != '\0' || a.Fa || (a.Article && joint != Joint.Wa)) return false;
            // The parts of a number agree in definiteness, and an ordinal part makes an ordinal: الخامس والعشرون and
            // حادٍ وعشرون are one number, but in مليون والحادي عشر the definite ordinal starts a new one.
            if (a.Article && !s.Definite) return false;
            if (a.Has(WordFlags.Ordinal) && !s.Definite && !s.Ordinal) return false;
        }
        if (!Satisfies(s.Need, a, joint)) return false;
        var t = s;
        t.Need = Need.None;
        var ok = a.IsDigits ? AddDigits(ref t, a, joint) : a.Entry!.Kind switch
        {
            WordKind.Zero => joint == Joint.First && Set(ref t, Last.Zero),
            WordKind.Unit or WordKind.TeenHead => AddUnit(ref t, a, joint),
            WordKind.Ten => AddTen(ref t, a, joint),
            WordKind.Teen => AddUnit(ref t, a, joint),
            WordKind.Tens => AddTens(ref t, a, joint),
            WordKind.Hundred => AddHundred(ref t, a, joint),
            WordKind.Scale => AddScale(ref t, a, joint),
            _ => false,
        };
        if (!ok) return false;
        if (a.Has(WordFlags.Ordinal)) t.Ordinal = true;
        t.Atoms++;
        t.EndTok = a.Tok;
        s = t;
        return true;
    }

    private static bool Set(ref State s, Last last)
    {
        s.Last = last;
        return true;
    }

    private static bool AfterBig(in State s) => s.Last == Last.Hundred || s.Last == Last.Scale;

    /// <summary>A unit (1–10, cardinal or ordinal), a teen head (أحد, اثنا) or a one-word teen. It fills the units place
    /// of the group: first, after و (مائة وخمسة), or after hundreds or a scale with a space (spoken متين واحد).</summary>
    private static bool AddUnit(ref State s, Atom a, Joint joint)
    {
        var free = !s.HasUnit && !s.HasTens && !s.HasTeen;
        if (joint != Joint.First && !(free && (joint == Joint.Wa || (joint == Joint.Space && AfterBig(s))))) return false;
        if (!Arithmetic.TryAdd(s.Cur, a.Value, out s.Cur)) return false;
        s.HasUnit = true;
        s.LastUnit = a.Value;
        var kind = a.Entry!.Kind;
        if (kind == WordKind.Teen)
        {
            s.HasTeen = true;
            s.Last = Last.Teen;
            return true;
        }
        s.Last = kind == WordKind.TeenHead ? Last.TeenHead : Last.Unit;
        if (kind == WordKind.TeenHead) s.Need = Need.Ten;
        else if (a.Has(WordFlags.NeedsCompanion) || (a.Has(WordFlags.NoIndefiniteAlone) && !a.Article)) s.Need = Need.TenOrTens;
        else if (a.Has(WordFlags.NoArticleAlone) && a.Article) s.Need = Need.Any;
        return true;
    }

    /// <summary>عشر/عشرة right after a unit 1–9 makes 11–19 (ثلاثة عشر, الحادي عشر); anywhere else it is 10.</summary>
    private static bool AddTen(ref State s, Atom a, Joint joint)
    {
        if (joint == Joint.Space && (s.Last == Last.Unit || s.Last == Last.TeenHead) && s.LastUnit >= 1 && s.LastUnit <= 9 && !s.HasTeen && !s.HasTens)
        {
            s.Cur += 10;
            s.HasTeen = true;
            s.Last = Last.Teen;
            return true;
        }
        return AddUnit(ref s, a, joint);
    }

    /// <summary>Tens follow their unit with و (خمسة وعشرون), or fill an empty units-and-tens place.</summary>
    private static bool AddTens(ref State s, Atom a, Joint joint)
    {
        var afterUnit = joint == Joint.Wa && s.Last == Last.Unit && s.HasUnit && !s.HasTens && !s.HasTeen && s.LastUnit >= 1 && s.LastUnit <= 9;
        var empty = !s.HasUnit && !s.HasTens && !s.HasTeen
                    && (joint == Joint.First || joint == Joint.Wa || (joint == Joint.Space && AfterBig(s)));
        if (!afterUnit && !empty) return false;
        s.Cur += a.Value;
        s.HasTens = true;
        s.Last = Last.Tens;
        s.Big = true;
        return true;
    }

    /// <summary>Hundreds open a group (مائة, مئتان, ثلاثمائة), or multiply a unit written before them in a separate
    /// word (ثلاث مائة, ٣ مئة, ثلاث مئات).</summary>
    private static bool AddHundred(ref State s, Atom a, Joint joint)
    {
        var onlyCount = !s.HasHundred && !s.HasTens && !s.HasTeen;
        var unitCount = s.Last == Last.Unit && s.HasUnit && s.LastUnit >= 1 && s.LastUnit <= 9;
        var digitCount = s.Last == Last.Digits && s.LastDigitsPlain && s.Cur >= 1 && s.Cur <= 9 && s.Cur == decimal.Truncate(s.Cur);
        if (a.Has(WordFlags.Plural))
        {
            if (joint != Joint.Space || !onlyCount || !(unitCount || digitCount) || s.Cur < 2) return false;
            s.Cur *= 100;
        }
        else if (a.Value == 100 && joint == Joint.Space && onlyCount && (unitCount || digitCount))
        {
            s.Cur *= 100;
        }
        else if (!s.HasHundred && !s.HasUnit && !s.HasTens && !s.HasTeen && s.Last != Last.Digits
                 && (joint == Joint.First || joint == Joint.Wa || (joint == Joint.Space && s.Last == Last.Scale)))
        {
            s.Cur += a.Value;
            if (a.Has(WordFlags.NeedsCompanion)) s.Need = Need.Any;
        }
        else return false;
        s.HasHundred = true;
        s.HasUnit = false;
        s.Last = Last.Hundred;
        s.Big = true;
        return true;
    }

    /// <summary>A scale closes the group: the count before it multiplies it (ثلاثة آلاف, مائة ألف, 1.5 مليون); alone it
    /// counts one (ألف) or two in the dual (ألفان); after و it adds (مليون وألفان). Plurals need a count: آلاف alone is
    /// "thousands of". Scales must decrease (مليون وألف, not ألف ومليون).</summary>
    private static bool AddScale(ref State s, Atom a, Joint joint)
    {
        var scale = a.Value;
        if (scale >= s.MinScale) return false;
        var hasCount = s.Cur != 0 && (s.Last == Last.Unit || s.Last == Last.Teen || s.Last == Last.Tens || s.Last == Last.Hundred || s.Last == Last.Digits);
        decimal add;
        var flush = false;
        if (a.Has(WordFlags.Plural))
        {
            if (joint != Joint.Space || !hasCount || s.Cur < 2) return false;
            if (!Arithmetic.TryMultiply(s.Cur, scale, out add)) return false;
        }
        else
        {
            var count = a.Has(WordFlags.Dual) ? 2m : 1m;
            if (joint == Joint.Space && hasCount && !a.Has(WordFlags.Dual))
            {
                if (!Arithmetic.TryMultiply(s.Cur, scale, out add)) return false;
            }
            else if (joint == Joint.First || joint == Joint.Wa || (joint == Joint.Space && s.Last == Last.Scale && s.Cur == 0))
            {
                add = count * scale;
                flush = true;
            }
            else return false;
        }
        var total = s.Total;
        if (flush && !Arithmetic.TryAdd(total, s.Cur, out total)) return false;
        if (!Arithmetic.TryAdd(total, add, out total)) return false;
        s.Total = total;
        s.Cur = 0;
        s.HasUnit = s.HasTens = s.HasTeen = s.HasHundred = false;
        s.MinScale = scale;
        s.Last = Last.Scale;
        s.Big = true;
        return true;
    }

    /// <summary>Digits start a phrase (3 آلاف); later in a phrase only a count for the next scale (2 مليون و500 ألف).</summary>
    private static bool AddDigits(ref State s, Atom a, Joint joint)
    {
        if (joint == Joint.First)
        {
            s.Cur = a.Value;
            s.Last = Last.Digits;
            s.LastDigitsPlain = a.PlainDigits;
            return true;
        }
        if (s.Last != Last.Scale || s.Cur != 0 || a.Value <= 0 || a.Value >= s.MinScale) return false;
        s.Cur = a.Value;
        s.Last = Last.Digits;
        s.LastDigitsPlain = a.PlainDigits;
        s.Need = Need.ScaleOrHundred;
        return true;
    }

    // ------------------------------------------------------------------ fractions, decimal point, vetoes

    /// <summary>What may follow a whole phrase: a plural fraction it counts (ثلاثة أرباع = 3/4), "parts of"
    /// (واحد جزء من مئة), a fraction added with و (واحد ونصف, مليون ونصف = 1 500 000, عشرون وثلاثة أخماس), or a spoken
    /// decimal point (واحد فاصلة خمسة).</summary>
    private bool TryTails(State c, decimal value, out decimal result, out int endTok)
    {
        result = value;
        endTok = c.EndTok;
        if (!NextAtoms(c.EndTok, out var joint, out var next)) return false;
        var a = next[0];
        if (joint == Joint.Space && a.Is(WordKind.Fraction) && a.Has(WordFlags.Plural) && c.Total == 0 && c.Cur > 0)
        {
            if (!Arithmetic.TryDivide(c.Cur, a.Value, out result)) return false;
            endTok = a.Tok;
            return true;
        }
        if (joint == Joint.Space && a.Is(WordKind.Part) && !a.HasPrefix)
            return TryPartOf(a.Tok, value, out result, out endTok);
        if (joint == Joint.Wa && !a.Article)
        {
            // The fraction is of the last scale when the phrase ends on one: مليون ونصف is a million and a half.
            var unit = c.Cur == 0 && c.Total > 0 ? c.MinScale : 1m;
            decimal fraction;
            var fractionEnd = a.Tok;
            var fractionWord = next.Find(x => x.Is(WordKind.Fraction) && !x.Has(WordFlags.Plural));
            if (fractionWord.Entry is not null)
            {
                if (!Arithmetic.TryDivide(fractionWord.Has(WordFlags.Dual) ? 2 : 1, fractionWord.Value, out fraction)) return false;
            }
            else
            {
                // A count and a plural fraction: وثلاثة أخماس.
                var index = next.FindIndex(x => x.IsDigits || x.Is(WordKind.Unit) || x.Is(WordKind.Teen) || x.Is(WordKind.Tens) || x.Is(WordKind.Ten));
                if (index < 0) return false;
                var count = next[index];
                if (count.Has(WordFlags.Ordinal) || !NextAtoms(count.Tok, out var j2, out var after) || j2 != Joint.Space) return false;
                var plural = after.Find(x => x.Is(WordKind.Fraction) && x.Has(WordFlags.Plural));
                if (plural.Entry is null || !Arithmetic.TryDivide(count.Value, plural.Value, out fraction)) return false;
                fractionEnd = plural.Tok;
            }
            if (!Arithmetic.TryMultiply(fraction, unit, out var part) || !Arithmetic.TryAdd(value, part, out result)) return false;
            endTok = fractionEnd;
            // مليون ونصف المليون, ألفان وخمسمائة... : the fraction may name its scale again, with the article.
            if (unit > 1 && NextAtoms(fractionEnd, out var j3, out var named) && j3 == Joint.Space
                && named.Exists(x => x.Is(WordKind.Scale) && x.Article && x.Prep == '\0' && !x.Wa && x.Value == unit && !x.Has(WordFlags.Plural)))
                endTok = named[0].Tok;
            return true;
        }
        if (joint == Joint.Space && a.Is(WordKind.Point) && !a.HasPrefix && value == decimal.Truncate(value) && value >= 0)
        {
            if (!NextToken(a.Tok, out var j, out var spaced) || !spaced) return false;
            string digits;
            int end;
            var token = _tokens[j];
            if (token.Kind == TokenKind.Number)
            {
                if (!token.Is(NumberShape.Plain)) return false;
                digits = DigitsOf(token);
                end = j;
            }
            else
            {
                if (!TryParse(j, allowNegative: false, allowTails: false, out var words) || words.Ordinal || words.Value < 0 || words.Value != decimal.Truncate(words.Value)) return false;
                digits = words.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                end = words.EndTok;
            }
            if (!DigitScanner.TryBuild(value.ToString(System.Globalization.CultureInfo.InvariantCulture), digits, false, out result)) return false;
            endTok = end;
            return true;
        }
        return false;
    }

    /// <summary>The digits of a plain number as written, leading zeros kept: فاصلة 05 is .05.</summary>
    private static string DigitsOf(Token token)
    {
        var v = token.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return token.Length > v.Length ? new string('0', token.Length - v.Length) + v : v;
    }

    /// <summary>[count] جزء/أجزاء من N: count/N. <paramref name="partTok"/> is the جزء token.</summary>
    private bool TryPartOf(int partTok, decimal count, out decimal value, out int endTok)
    {
        value = 0;
        endTok = partTok;
        if (!NextToken(partTok, out var of, out var spaced) || !spaced) return false;
        var token = _tokens[of];
        if (token.Kind != TokenKind.Word || token.Folded != NumberWords.ArabicOfFolded) return false;
        if (!NextToken(of, out var j, out spaced) || !spaced) return false;
        decimal denominator;
        if (_tokens[j].Kind == TokenKind.Number && !TryParse(j, allowNegative: false, allowTails: false, out _))
        {
            if (_tokens[j].Is(NumberShape.Component | NumberShape.Ordinal)) return false;
            denominator = _tokens[j].Value;
            endTok = j;
        }
        else
        {
            if (!TryParse(j, allowNegative: false, allowTails: false, out var inner) || inner.Ordinal) return false;
            denominator = inner.Value;
            endTok = inner.EndTok;
        }
        return denominator > 0 && Arithmetic.TryDivide(count, denominator, out value);
    }

    /// <summary>A fraction word opening a phrase: نصف, ثلث, ربع, ثلثان; multiplied by a scale after it (نصف مليون,
    /// ربع مليار, نصف دزينة). A plural (أرباع) needs a count and cannot open a phrase.</summary>
    private bool TryFraction(int tok, Atom a, out NumberMatch match)
    {
        match = default;
        if (a.Has(WordFlags.Plural)) return false;
        if (!Arithmetic.TryDivide(a.Has(WordFlags.Dual) ? 2 : 1, a.Value, out var value)) return false;
        var end = tok;
        if (NextAtoms(tok, out var joint, out var next) && joint == Joint.Space)
        {
            var scale = next.Find(x => x.Is(WordKind.Scale) && !x.Has(WordFlags.Plural) && !x.Has(WordFlags.Dual) && !x.HasPrefix);
            if (scale.Entry is not null && Arithmetic.TryMultiply(value, scale.Value, out var scaled))
            {
                value = scaled;
                end = scale.Tok;
            }
        }
        match = new NumberMatch(tok, end, value, false);
        return true;
    }

    /// <summary>Single words that look like numbers but are not, by the words around them: the pronoun "one" (أي واحد,
    /// كل واحد), the month Safar next to a day or year (10 صفر 1446), and "per cent" (بالمائة, في المئة).</summary>
    private bool IsVetoed(Atom a)
    {
        if (a.IsDigits || a.Entry is null) return false;
        var e = a.Entry;
        if (e.Kind == WordKind.Unit && e.Value == 1 && !e.Has(WordFlags.Ordinal) && !a.HasPrefix
            && PreviousWord(a.Tok) is { } prev && NumberWords.ArabicPronounOneHeadSet.Contains(prev.Folded))
            return true;
        if (e.Kind == WordKind.Zero)
        {
            var p = Previous(a.Tok);
            if ((p is { Kind: TokenKind.Number }) || (NextToken(a.Tok, out var j, out _) && _tokens[j].Kind == TokenKind.Number)) return true;
        }
        if (e.Kind == WordKind.Hundred && e.Value == 100 && !e.Has(WordFlags.Plural) && a.Article
            && (a.Prep == 'ب' || (PreviousWord(a.Tok) is { } w && w.Folded == NumberWords.ArabicInFolded)))
            return true;
        return false;
    }

    private Token? Previous(int tok)
    {
        var j = tok - 1;
        while (j >= 0 && _tokens[j].Kind == TokenKind.Space) j--;
        return j >= 0 ? _tokens[j] : null;
    }

    private Token? PreviousWord(int tok) => Previous(tok) is { Kind: TokenKind.Word } t ? t : null;
}
