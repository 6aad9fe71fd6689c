using System;
using System.Collections.Generic;
using System.Globalization;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Numbers;

namespace CorpusSdk.Extraction.Recognize.Dates;

internal enum TokenKind { Word, Number, Punct }

/// <summary>A token of the folded text: a run of letters of one script, a run of ASCII digits, or one other character.</summary>
/// <param name="Start">Offset in the folded text.</param>
/// <param name="End">End offset (exclusive) in the folded text.</param>
/// <param name="Text">The folded text (Arabic folded, Latin lowercased, digits ASCII).</param>
/// <param name="Raw">The text as written, for the few matches that keep case (English month names).</param>
/// <param name="SpaceBefore">Whitespace separates it from the token before.</param>
/// <param name="BreakBefore">A line break separates it from the token before: expressions never run across one.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, string Raw, bool SpaceBefore, bool BreakBefore);

/// <summary>A number written in words (found by <see cref="NumberRecognizer"/>), placed on the tokens it covers.</summary>
internal readonly record struct WordNumber(int FirstToken, int EndToken, decimal Value, bool IsOrdinal, string Text);

/// <summary>Which prefixes a word may carry and still match a lexicon entry.</summary>
internal enum Clitics
{
    /// <summary>The word as written only.</summary>
    None,

    /// <summary>و/ف ("and") before any entry; ب/ل/ك fused with the article (بالأمس, للثاني) before entries that start with ال.</summary>
    Conjunction,

    /// <summary>Also ب/ل before entries without the article (بأيلول "in September").</summary>
    All,
}

/// <summary>
/// The text the recognizer works on: folded for matching (<see cref="ArabicFolding"/>, plus invisible format
/// characters such as RLM dropped), cut into tokens, with a map back to the original offsets so that every span is
/// reported as written.
/// </summary>
internal sealed class DateText
{
    private readonly int[] foldedToOriginal;
    private readonly Dictionary<int, WordNumber> numbersByToken = new();

    /// <param name="original">The text as written.</param>
    /// <param name="numbers">What <see cref="NumberRecognizer"/> finds in <paramref name="original"/>.</param>
    public DateText(string original, IReadOnlyList<RecognizedNumber> numbers)
    {
        Original = original;
        var folded = new System.Text.StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            // RLM, LRM, ALM, ZWJ, ZWNJ, BOM: web text scatters them inside dates ("9‏/2‏/2026"); they are not spaces.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            var f = ArabicFolding.FoldChar(c);
            if (f == '\0') continue;
            folded.Append(f);
            map.Add(i);
        }
        map.Add(original.Length);
        Folded = folded.ToString();
        foldedToOriginal = map.ToArray();
        Tokens = Tokenize();
        PlaceWordNumbers(numbers);
    }

    public string Original { get; }

    public string Folded { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    /// <summary>The original span of tokens [from, to), leaving out <paramref name="skip"/> folded characters of the first.</summary>
    public (int Start, int Length) OriginalSpan(int from, int to, int skip)
    {
        var start = foldedToOriginal[Tokens[from].Start + skip];
        var end = foldedToOriginal[Tokens[to - 1].End - 1] + 1;
        // The marks on the last letter belong to the word: "غداً", "الأَحَدِ".
        while (end < Original.Length && ArabicFolding.IsIgnored(Original[end])) end++;
        return (start, end - start);
    }

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Number;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punct && Tokens[i].Text[0] == c;

    public bool IsPunct(int i, string any) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punct && any.IndexOf(Tokens[i].Text[0]) >= 0;

    /// <summary>Token <paramref name="i"/> touches the one before it (no space between).</summary>
    public bool Glued(int i) => i > 0 && i < Tokens.Count && !Tokens[i].SpaceBefore && !Tokens[i].BreakBefore;

    /// <summary>Token <paramref name="i"/> exists and no line break comes before it.</summary>
    public bool SameLine(int i) => i >= 0 && i < Tokens.Count && !Tokens[i].BreakBefore;

    /// <summary>The number written in words that starts at token <paramref name="i"/>, if any.</summary>
    public WordNumber? WordNumberAt(int i) => numbersByToken.TryGetValue(i, out var n) ? n : null;

    /// <summary>The value of a token of digits, when it has at most <paramref name="maxDigits"/> digits.</summary>
    public int? DigitsAt(int i, int maxDigits = 9)
    {
        if (!IsNumber(i)) return null;
        var text = Tokens[i].Text;
        if (text.Length > maxDigits) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>
    /// The longest entry of <paramref name="table"/> that the tokens from <paramref name="i"/> spell. Returns the
    /// end token (exclusive), or -1. <paramref name="skip"/> is the length of a leading conjunction or preposition
    /// (و, ب) to leave out of the span.
    /// </summary>
    public int Match<T>(PhraseTable<T> table, int i, Clitics clitics, out T value, out int skip)
    {
        value = default!;
        skip = 0;
        if (i < 0 || i >= Tokens.Count || Tokens[i].Kind == TokenKind.Punct) return -1;
        var best = -1;
        var word = Tokens[i].Text;
        MatchStem(table, i, word, 0, false, ref best, ref value, ref skip);
        if (clitics != Clitics.None && HasPrefixLetter(word))
        {
            var stems = StemsOf(i, clitics);
            for (var s = 1; s < stems.Length; s++) MatchStem(table, i, stems[s].Stem, stems[s].Skip, stems[s].Prefixed, ref best, ref value, ref skip);
        }
        return best;
    }

    /// <summary>Tries the entries of <paramref name="table"/> that start with one reading of token <paramref name="i"/>, keeping the longest.</summary>
    private void MatchStem<T>(PhraseTable<T> table, int i, string stem, int stemSkip, bool prefixed, ref int best, ref T value, ref int skip)
    {
        var candidates = table.Candidates(stem);
        for (var c = 0; c < candidates.Count; c++)
        {
            var (words, entryValue, caseSensitive) = candidates[c];
            int end;
            if (stemSkip == 0 && !prefixed)
            {
                end = MatchWord(words[0], i, caseSensitive);
            }
            else
            {
                // A prefixed word is one token: "بالأمس", "والخميس".
                if (caseSensitive || stem != words[0]) continue;
                end = i + 1;
            }
            if (end < 0) continue;
            for (var w = 1; w < words.Length && end >= 0; w++)
            {
                if (IsPunct(end, '-') && !Tokens[end].BreakBefore) end++;   // "منتصف-الليل"
                end = SameLine(end) ? MatchWord(words[w], end, caseSensitive) : -1;
            }
            if (end > best)
            {
                best = end;
                value = entryValue;
                skip = stemSkip;
            }
        }
    }

    /// <summary>True when an entry of <paramref name="table"/> starts at <paramref name="i"/>.</summary>
    public bool Starts<T>(PhraseTable<T> table, int i, Clitics clitics = Clitics.Conjunction) => Match(table, i, clitics, out _, out _) > 0;

    /// <summary>
    /// Matches one lexicon word against the tokens from <paramref name="i"/>: one token, or several written together
    /// ("a.m.", "o'clock", "هـ").
    /// </summary>
    private int MatchWord(string word, int i, bool caseSensitive)
    {
        if (i >= Tokens.Count) return -1;
        var text = caseSensitive ? Tokens[i].Raw : Tokens[i].Text;
        var k = i;
        while (text.Length < word.Length && word.StartsWith(text, StringComparison.Ordinal) && Glued(k + 1))
        {
            k++;
            text += caseSensitive ? Tokens[k].Raw : Tokens[k].Text;
        }
        return text == word ? k + 1 : -1;
    }

    /// <summary>
    /// The readings of token <paramref name="i"/> under <paramref name="clitics"/> (not <see cref="Clitics.None"/>, whose
    /// only reading is the word), worked out once per token: the grammar tries a dozen tables at each token, and building
    /// the readings again for each was most of what dates allocated.
    /// </summary>
    private (string Stem, int Skip, bool Prefixed)[] StemsOf(int i, Clitics clitics)
    {
        var cache = clitics == Clitics.Conjunction ? conjunctionStems : allStems;
        if (cache is null)
        {
            cache = new (string, int, bool)[]?[Tokens.Count];
            if (clitics == Clitics.Conjunction) conjunctionStems = cache;
            else allStems = cache;
        }
        return cache[i] ??= Stems(Tokens[i].Text, clitics);
    }

    private (string, int, bool)[]?[]? conjunctionStems;
    private (string, int, bool)[]?[]? allStems;

    /// <summary>
    /// The ways to read a word as a prefix plus a lexicon word, the word as written first. ب/ل/ك fuse with the article:
    /// ب+الأمس = بالأمس, ل+الثاني = للثاني (where the alef drops, so the whole word is kept in the span).
    /// </summary>
    private static (string Stem, int Skip, bool Prefixed)[] Stems(string word, Clitics clitics)
    {
        if (clitics == Clitics.None || !HasPrefixLetter(word)) return new[] { (word, 0, false) };
        var stems = new List<(string, int, bool)>(2) { (word, 0, false) };
        Prepositions(word, 0, clitics, stems);
        if ((word[0] == 'و' || word[0] == 'ف') && word.Length > 2)
        {
            var rest = word.Substring(1);
            stems.Add((rest, 1, true));
            Prepositions(rest, 1, clitics, stems);
        }
        return stems.ToArray();
    }

    /// <summary>Only a word that starts with a letter that can be a prefix (و ف ب ك ل) has readings other than itself.</summary>
    private static bool HasPrefixLetter(string word) => word.Length > 0 && "وفبكل".IndexOf(word[0]) >= 0;

    private static void Prepositions(string word, int skip, Clitics clitics, List<(string, int, bool)> stems)
    {
        if (word.Length > 4 && (word.StartsWith("بال", StringComparison.Ordinal) || word.StartsWith("كال", StringComparison.Ordinal)))
            stems.Add(("ال" + word.Substring(3), skip + 1, true));
        if (word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal))
            stems.Add(("ال" + word.Substring(2), skip, true));
        if (clitics == Clitics.All && word.Length > 2 && (word[0] == 'ب' || word[0] == 'ل'))
            stems.Add((word.Substring(1), skip + 1, true));
    }

    private List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        var text = Folded;
        var i = 0;
        var space = false;
        var lineBreak = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') lineBreak = true;
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (c >= '0' && c <= '9')
            {
                kind = TokenKind.Number;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                var latin = c < 0x0250;
                while (i < text.Length && char.IsLetter(text[i]) && (text[i] < 0x0250) == latin) i++;
            }
            else
            {
                kind = TokenKind.Punct;
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i])) i++;
            }
            var origStart = foldedToOriginal[start];
            var origEnd = foldedToOriginal[i - 1] + 1;
            var folded = text.Substring(start, i - start);
            // Most tokens are written as they fold (lower case, no marks): the raw text is then the same string.
            var raw = origEnd - origStart == folded.Length && string.CompareOrdinal(Original, origStart, folded, 0, folded.Length) == 0
                ? folded : Original.Substring(origStart, origEnd - origStart);
            tokens.Add(new Token(kind, start, i, folded, raw, space || tokens.Count == 0, lineBreak));
            space = false;
            lineBreak = false;
        }
        return tokens;
    }

    /// <summary>Keeps the numbers the text writes in words (digits are read here), keyed by their first token.</summary>
    private void PlaceWordNumbers(IReadOnlyList<RecognizedNumber> numbers)
    {
        if (Tokens.Count == 0) return;
        originalToFolded = new int[Original.Length + 1];
        for (int f = 0, o = 0; o <= Original.Length; o++)
        {
            while (f < foldedToOriginal.Length - 1 && foldedToOriginal[f] < o) f++;
            originalToFolded[o] = f;
        }
        tokenOf = new int[Folded.Length + 1];
        for (var k = 0; k < tokenOf.Length; k++) tokenOf[k] = -1;
        for (var t = 0; t < Tokens.Count; t++)
            for (var k = Tokens[t].Start; k < Tokens[t].End; k++) tokenOf[k] = t;

        foreach (var number in WordNumbers(numbers, 0))
        {
            if (!numbersByToken.TryGetValue(number.FirstToken, out var existing) || existing.EndToken < number.EndToken)
                numbersByToken[number.FirstToken] = number;
        }
    }

    private int[] originalToFolded = Array.Empty<int>();
    private int[] tokenOf = Array.Empty<int>();

    /// <summary>
    /// The numbers in words within tokens [from, to), read on their own: where the recognizer joined an hour and its
    /// minutes into one number (السابعة وثلاثين = 37), the parts are read apart.
    /// </summary>
    public IReadOnlyList<WordNumber> NumbersIn(int from, int to)
    {
        if (from < 0 || to > Tokens.Count || from >= to) return Array.Empty<WordNumber>();
        var (start, length) = OriginalSpan(from, to, 0);
        return WordNumbers(NumberRecognizer.Recognize(Original.Substring(start, length)), start);
    }

    private List<WordNumber> WordNumbers(IReadOnlyList<RecognizedNumber> numbers, int offset)
    {
        var placed = new List<WordNumber>();
        foreach (var n in numbers)
        {
            // A relative ordinal (الأخير, التالي) is a position, not a count or a day: "الأحد التالي" is next Sunday.
            if (n.RelativeTo is not null) continue;
            var start = n.Start + offset;
            // A relative ordinal (الأخير, التالي) is a position, not a count of days or a day of the month.
            if (n.RelativeTo is not null) continue;
            if (n.Start < 0 || n.Length <= 0 || start + n.Length > Original.Length) continue;
            var hasLetter = false;
            foreach (var ch in n.Text) if (char.IsLetter(ch)) { hasLetter = true; break; }
            if (!hasLetter) continue;
            var fs = originalToFolded[start];
            var fe = originalToFolded[start + n.Length];
            if (fs >= Folded.Length || fe <= fs) continue;
            var first = tokenOf[fs];
            var last = tokenOf[Math.Max(fs, fe - 1)];
            if (first < 0 || last < 0) continue;
            placed.Add(new WordNumber(first, last + 1, n.Value, n.IsOrdinal, n.Text));
        }
        return placed;
    }
}
