using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize.Dates;
using CorpusSdk.Extraction.Recognize.Entities;
using CorpusSdk.Extraction.Recognize.Prose;

namespace CorpusSdk.Extraction.Recognize.Quotes;

/// <summary>
/// Finds the quotes of an article's body and who said them (docs/extraction.md, "Quotes and speakers").
/// <list type="bullet">
/// <item>A speech verb (<see cref="QuoteLexicon"/>) says something only where the sentence gives what: a complementizer
/// (أن/إن, that), a colon, or quotation marks right after the verb or its speaker. What comes between the verb and that
/// is the speaker phrase (<see cref="SpeakerPhrase"/>): the speaker, and adverbials that tell the channel
/// (<see cref="ChannelReader"/>) and the date. English speakers stand before the verb, or after it behind a quote
/// (“…,” said X).</item>
/// <item>Words in quotation marks are the speaker's own: a direct quote after a colon or the verb, a partial quote inside
/// reported speech after a complementizer or "as". Words in marks with no speech cue are a name or a term («إكس»,
/// “داعش”), unless they are too long to be one.</item>
/// <item>Reported words end at the sentence's end, or where the reporter's next clause starts (a comma before a speech
/// verb or participle, or before كما/فيما/while).</item>
/// <item>A verb with no speaker continues the previous speaker (وأضاف أن, he added); a surname or a title alone is the
/// speaker named earlier in the article with that surname or title.</item>
/// </list>
/// </summary>
public static class QuoteRecognizer
{
    /// <summary>At most this many words stand between a speech verb and what was said (speaker, channel, date).</summary>
    private const int MaxSpeakerPhraseWords = 12;

    /// <summary>A participle (مؤكداً أن, adding that) reports only when its complement follows within this many words.</summary>
    private const int MaxParticipleGap = 3;

    /// <summary>Words in marks with no speech cue are a quote, not a name, from this many words.</summary>
    private const int MinUncuedQuoteWords = 7;

    /// <summary>Words in marks inside reported speech are a partial quote, not a name, from this many words (or after a complementizer).</summary>
    private const int MinPartialQuoteWords = 5;

    /// <summary>Marks right after a speech verb hold what was said when they hold this many words, or end the sentence.</summary>
    private const int MinMarkedContentWords = 3;

    /// <summary>English: after "said", at least this many words make a report without "that" (Officials said the toll could rise).</summary>
    private const int MinBareReportWords = 3;

    /// <summary>Reported words run at most this many words: a report is a clause, and a bound keeps nested reports linear.</summary>
    private const int MaxReportWords = 120;

    /// <summary>An adverbial before a verb (وفي مؤتمر صحفي يوم الأحد، قال) is looked for at most this many tokens back.</summary>
    private const int MaxPrefixTokens = 20;

    /// <summary>An "according to" source (…, according to a UN official) has at most this many words.</summary>
    private const int MaxSourceWords = 12;

    /// <summary>A continuation looks back over at most this many speakers for one of its verb's gender.</summary>
    private const int RecentSpeakers = 4;

    /// <summary>Text of a quote shown in a diagnostic message, at most this long.</summary>
    private const int MessageTextLength = 60;

    public static List<QuoteModel> Recognize(
        IReadOnlyList<ProseParagraph> paragraphs,
        IReadOnlyList<IReadOnlyList<RecognizedDate>> dates,
        CorpusText text)
    {
        var state = new ArticleState(paragraphs, dates, text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var sentence in state.Sentences(p)) ReadSentence(state, p, sentence);
        }
        return state.Quotes.OrderBy(q => q.Span.Start).ThenBy(q => q.Span.Length).ToList();
    }

    /// <summary>CORPUS105 for each quote with no speaker.</summary>
    public static IEnumerable<DiagnosticInfo> Diagnostics(string file, IEnumerable<QuoteModel> quotes) =>
        quotes.Where(q => q.Speaker is null).Select(q => DiagnosticInfo.Create(
            CorpusSdk.Extraction.Diagnostics.DiagnosticCatalog.UnknownSpeaker.Id, file, q.Span,
            q.Text.Length <= MessageTextLength ? q.Text : q.Text.Substring(0, MessageTextLength) + "…"));

    /// <summary>What a speech verb's clause gives the participles that hang on it: its speaker, channel and date.</summary>
    private sealed record Clause(SpeakerModel? Speaker, QuoteChannel? Channel, SaidDate Date);

    private static void ReadSentence(ArticleState state, int p, TokenRange sentence)
    {
        var tokens = state.Paragraphs[p].Tokens;
        var cues = new List<(int Index, SpeechVerbForm Form)>();
        for (var k = sentence.From; k < sentence.To; k++)
        {
            if (tokens[k].IsWord && !state.InsideMarks(p, k) && QuoteLexicon.SpeechVerb(tokens[k].Folded) is { } form && IsCue(tokens, sentence, k, form))
                cues.Add((k, form));
        }

        Clause? subject = null;
        for (var c = 0; c < cues.Count; c++)
        {
            var (k, form) = cues[c];
            var limit = c + 1 < cues.Count ? cues[c + 1].Index : sentence.To;
            var clause = form.Form == VerbForm.Participle
                ? ReadParticiple(state, p, sentence, k, limit, subject)
                : EntityLexicon.IsLatin(tokens[k].Folded) ? ReadEnglish(state, p, sentence, k, limit) : ReadArabic(state, p, sentence, k, limit, form);
            if (clause?.Speaker is not null) subject = clause;
        }
        ReadAttribution(state, p, sentence);
        ReadUncuedMarks(state, p, sentence, subject?.Speaker);
    }

    /// <summary>
    /// Whether a speech-verb spelling is used as a verb here. English: not after a determiner (the claims, his promise)
    /// and not capitalized inside a sentence (the Washington Post). Arabic participles: after a comma or with و, and
    /// without the article (الحكومة المعلنة is an adjective, كاتبة المقال a noun).
    /// </summary>
    private static bool IsCue(List<ProseToken> tokens, TokenRange sentence, int k, SpeechVerbForm form)
    {
        var token = tokens[k];
        if (EntityLexicon.IsLatin(token.Folded))
        {
            if (k > sentence.From && char.IsUpper(token.Text[0])) return false;
            return k == sentence.From || !(tokens[k - 1].IsWord && QuoteLexicon.Determiners.Contains(tokens[k - 1].Folded));
        }
        if (form.Form != VerbForm.Participle) return true;
        if (Entities.PersonNames.IsDefinite(token.Folded)) return false;
        return token.Folded[0] == 'و' || (k > sentence.From && tokens[k - 1].Kind == ProseTokenKind.Comma);
    }

    /// <summary>An Arabic speech verb: VSO, what was said after the speaker phrase; or «…»، قال X after a quote.</summary>
    private static Clause? ReadArabic(ArticleState state, int p, TokenRange sentence, int k, int limit, SpeechVerbForm form)
    {
        var paragraph = state.Paragraphs[p];
        var tokens = paragraph.Tokens;
        var closeOf = state.CloseOf(p);
        if (state.QuoteEndingBefore(p, k, sentence) is { } before)
        {
            var after = new TokenRange(k + 1, ClauseEnd(tokens, k + 1, sentence.To));
            var (name, adverbials) = SpeakerPhrase.Read(paragraph, after, closeOf);
            var speaker = state.Resolve(name);
            var clause = new Clause(speaker, Channel(state, p, adverbials), state.DateIn(p, adverbials));
            state.AddMarked(before, QuoteKinds.Direct, speaker, clause.Channel, clause.Date);
            return clause;
        }

        var content = FindContent(state, p, k + 1, limit, MaxSpeakerPhraseWords);
        if (content is null)
        {
            return new Clause(state.Resolve(SpeakerPhrase.Subject(paragraph, new TokenRange(k + 1, limit), closeOf), register: false), null, default);
        }
        // أشار إلى أن, شدد على أن: the verb's preposition is neither speaker nor speech.
        var end = content.Value.Index;
        while (end > k + 1 && tokens[end - 1].IsWord && EntityLexicon.IsIn(QuoteLexicon.ComplementPrepositions, tokens[end - 1])) end--;
        var region = new TokenRange(k + 1, end);
        var extra = new List<TokenRange>();
        if (form.ObjectFollows) (region, extra) = WithoutObject(tokens, region, closeOf);
        var (spoken, around) = SpeakerPhrase.Read(paragraph, region, closeOf);
        around.AddRange(extra);
        var resolved = spoken is null ? state.Continuation(form.Feminine) : state.Resolve(spoken);
        around.Add(PrefixAdverbial(tokens, sentence, k));
        var result = new Clause(resolved, Channel(state, p, around), state.DateIn(p, around));
        ReadContent(state, p, sentence, content.Value, result);
        return result;
    }

    /// <summary>
    /// The speaker phrase of a verb that takes an object before what was said (وصف زعيم المعارضة القرار بأنه): the
    /// object is the definite word or demonstrative ending the speaker's part, and is left out of it.
    /// </summary>
    private static (TokenRange Region, List<TokenRange> After) WithoutObject(List<ProseToken> tokens, TokenRange region, Func<int, int?> closeOf)
    {
        var partEnd = region.From;
        while (partEnd < region.To && tokens[partEnd].Kind != ProseTokenKind.Comma)
        {
            partEnd = tokens[partEnd].Kind == ProseTokenKind.Mark && closeOf(partEnd) is int close && close < region.To ? close + 1 : partEnd + 1;
        }
        var last = partEnd - 1;
        if (last <= region.From || !tokens[last].IsWord || CountWords(tokens, region.From, partEnd) < 2) return (region, new List<TokenRange>());
        var folded = tokens[last].Folded;
        if (!Entities.PersonNames.IsDefinite(folded) && !QuoteLexicon.NounPhraseStops.Contains(folded)) return (region, new List<TokenRange>());
        return (new TokenRange(region.From, last), new List<TokenRange> { new(partEnd, region.To) });
    }

    /// <summary>
    /// The adverbial just before a verb's clause (وفي مؤتمر صحفي يوم الأحد، قال …; In a statement, the ministry said …):
    /// the comma part before the verb, when it opens with a preposition or a time word, at most a few words back.
    /// </summary>
    private static TokenRange PrefixAdverbial(List<ProseToken> tokens, TokenRange sentence, int k)
    {
        var end = k;
        if (end > sentence.From && tokens[end - 1].Kind == ProseTokenKind.Comma) end--;
        var start = end;
        while (start > sentence.From && end - start < MaxPrefixTokens && tokens[start - 1].Kind != ProseTokenKind.Comma) start--;
        while (start < end && !tokens[start].IsWord) start++;
        return start < end && EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, tokens[start]) ? new TokenRange(start, end) : new TokenRange(end, end);
    }

    /// <summary>
    /// An English speech verb: “…,” said X / “…,” X said after a quote; …, said X (no marks); X said (that) … / X said:
    /// “…” before what was said; …, officials said (what was said before the verb).
    /// </summary>
    private static Clause? ReadEnglish(ArticleState state, int p, TokenRange sentence, int k, int limit)
    {
        var paragraph = state.Paragraphs[p];
        var tokens = paragraph.Tokens;
        var closeOf = state.CloseOf(p);

        // “…,” the minister said / “…,” said Jean-Noel Barrot, the French foreign minister / “…,” Dr. Tedros, the WHO
        // director-general, told reporters.
        var subjectFrom = k;
        var quoted = state.QuoteEndingBefore(p, subjectFrom, sentence);
        // The speaker's apposition may hold an acronym in brackets (Daniel Mwangi, head of the National Rescue Service
        // (NRS) told …): the walk back to the quote passes over them.
        while (quoted is null && subjectFrom > sentence.From && (tokens[subjectFrom - 1].IsWord || tokens[subjectFrom - 1].Kind == ProseTokenKind.Comma
            || tokens[subjectFrom - 1].Text is "(" or ")") && k - subjectFrom < MaxSpeakerPhraseWords)
        {
            subjectFrom--;
            if (tokens[subjectFrom].IsWord) quoted = state.QuoteEndingBefore(p, subjectFrom, sentence);
        }
        if (quoted is null) subjectFrom = k;
        if (quoted is { } before)
        {
            var afterVerb = new TokenRange(k + 1, ClauseEnd(tokens, k + 1, sentence.To, keepCommas: true));
            var (name, adverbials) = subjectFrom < k
                ? SpeakerPhrase.Read(paragraph, new TokenRange(subjectFrom, k), closeOf, beforeVerb: true)
                : SpeakerPhrase.Read(paragraph, afterVerb, closeOf);
            var speaker = name is null || name.IsPronoun ? state.Continuation() : state.Resolve(name);
            adverbials.Add(new TokenRange(k + 1, ClauseEnd(tokens, k + 1, sentence.To)));
            var clause = new Clause(speaker, Told(paragraph, k, sentence.To, Channel(state, p, adverbials)), state.DateIn(p, adverbials));
            state.AddMarked(before, QuoteKinds.Direct, speaker, clause.Channel, clause.Date);
            // “…,” she said, “…” — the quote goes on after the attribution.
            var next = state.SpanOpeningAfter(p, afterVerb.To, sentence);
            if (next is not null) state.AddMarked(next, QuoteKinds.Direct, speaker, clause.Channel, clause.Date);
            return clause;
        }

        var content = FindContent(state, p, k + 1, limit, MaxSpeakerPhraseWords);
        // The toll rose to 40, said John Reed, a police spokesman.
        if (content is null && k > sentence.From + 1 && tokens[k - 1].Kind == ProseTokenKind.Comma
            && SpeakerPhrase.Read(paragraph, new TokenRange(k + 1, Trim(tokens, k + 1, sentence.To)), closeOf) is ({ } inverted, var invertedAdverbials)
            && SpeakerPhrase.Names(inverted) && !inverted.IsPronoun)
        {
            var said = new TokenRange(sentence.From, Trim(tokens, sentence.From, k - 1));
            if (CountWords(tokens, said.From, said.To) >= MinBareReportWords)
            {
                var clause = new Clause(state.Resolve(inverted), Channel(state, p, invertedAdverbials), state.DateIn(p, invertedAdverbials));
                if (!state.Covered(p, said)) state.AddRange(p, said, QuoteKinds.Indirect, clause.Speaker, clause.Channel, clause.Date);
                return clause;
            }
        }

        var subjectRange = new TokenRange(SubjectStart(state, p, sentence, k), k);
        var (subject, subjectAdverbials) = SpeakerPhrase.Read(paragraph, subjectRange, closeOf, beforeVerb: true);
        subjectAdverbials.Add(PrefixAdverbial(tokens, sentence, subjectRange.From));
        if (content is null)
        {
            var restWords = CountWords(tokens, k + 1, sentence.To);
            var trailing = restWords == 0 || (tokens[k + 1].IsWord && EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, tokens[k + 1]) && restWords <= 6);
            if (trailing)
            {
                // …, officials said (on Monday): the words before the speaker's comma were said.
                var comma = LastComma(tokens, sentence.From, k);
                if (comma < 0) return null;
                var (name, _) = SpeakerPhrase.Read(paragraph, new TokenRange(comma + 1, k), closeOf, beforeVerb: true);
                var speaker = name is null || name.IsPronoun ? state.Continuation() : state.Resolve(name);
                var said = new TokenRange(sentence.From, comma);
                var after = new List<TokenRange> { new(k + 1, sentence.To) };
                var clause = new Clause(speaker, Channel(state, p, after), state.DateIn(p, after));
                if (CountWords(tokens, said.From, said.To) >= MinBareReportWords && !state.Covered(p, said))
                    state.AddRange(p, said, QuoteKinds.Indirect, speaker, clause.Channel, clause.Date);
                return clause;
            }
            if (QuoteLexicon.BareReportVerbs.Contains(tokens[k].Folded) && restWords >= MinBareReportWords)
            {
                // Officials said the toll could rise; she told Reuters the talks had failed; he said Monday the suspect fled.
                var (from, outlet) = IsTell(tokens[k]) ? ListenerEnd(paragraph, k + 1, sentence.To) : (k + 1, null);
                var dayFrom = from;
                while (from < sentence.To && tokens[from].IsWord && QuoteLexicon.Days.Contains(tokens[from].Folded)) from++;
                if (from >= sentence.To || !tokens[from].IsWord || EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, tokens[from])
                    || QuoteLexicon.Auxiliaries.Contains(tokens[from].Folded) || CountWords(tokens, from, sentence.To) < MinBareReportWords)
                {
                    return new Clause(state.Resolve(subject, register: false), null, default);
                }
                var speaker = subject is null || subject.IsPronoun ? state.Continuation() : state.Resolve(subject);
                subjectAdverbials.Add(new TokenRange(dayFrom, from));
                var channel = outlet is null ? Channel(state, p, subjectAdverbials) : new QuoteChannel(ChannelKinds.Interview, outlet);
                var clause = new Clause(speaker, channel, state.DateIn(p, subjectAdverbials));
                ReadContent(state, p, sentence, new Content(from - 1, ContentStart.Bare), clause);
                return clause;
            }
            return new Clause(state.Resolve(subject, register: false), null, default);
        }

        var resolved = subject is null || subject.IsPronoun ? state.Continuation() : state.Resolve(subject);
        subjectAdverbials.Add(new TokenRange(k + 1, content.Value.Index));
        var found = new Clause(resolved, Told(paragraph, k, content.Value.Index, Channel(state, p, subjectAdverbials)), state.DateIn(p, subjectAdverbials));
        ReadContent(state, p, sentence, content.Value, found);
        return found;
    }

    private static bool IsTell(ProseToken verb) => verb.Folded is "told" or "tells" or "telling" or "tell";

    /// <summary>
    /// told Reuters / told the BBC / told reporters: the channel of an English "tell" is an interview with the outlet
    /// named after it, when it is a name; else what the adverbials say.
    /// </summary>
    private static QuoteChannel? Told(ProseParagraph paragraph, int k, int to, QuoteChannel? channel)
    {
        if (!IsTell(paragraph.Tokens[k])) return channel;
        var (_, outlet) = ListenerEnd(paragraph, k + 1, to);
        return outlet is null ? channel : new QuoteChannel(ChannelKinds.Interview, outlet);
    }

    /// <summary>
    /// Where the listener after "told" ends, and the outlet when the listener is a name: the BBC, Reuters, CNN's State of
    /// the Union; reporters, the court (no outlet).
    /// </summary>
    private static (int End, string? Outlet) ListenerEnd(ProseParagraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        var i = from;
        if (i < to && tokens[i].IsWord && QuoteLexicon.Determiners.Contains(tokens[i].Folded)) i++;
        var start = i;
        while (i < to && tokens[i].IsWord && i - start < 5 && (char.IsUpper(tokens[i].Text[0]) || (i > start && tokens[i].Folded is "of" or "the"))) i++;
        while (i > start && !char.IsUpper(tokens[i - 1].Text[0])) i--;
        if (i > start) return (i, SpeakerPhrase.Text(paragraph, new TokenRange(start, i)));
        if (i < to && tokens[i].IsWord && QuoteLexicon.Listeners.Contains(tokens[i].Folded)) return (i + 1, null);
        return (from, null);
    }

    /// <summary>مؤكداً أن …, adding that …: a second report by the subject of the clause it hangs on, on the same channel.</summary>
    private static Clause? ReadParticiple(ArticleState state, int p, TokenRange sentence, int k, int limit, Clause? subject)
    {
        var content = FindContent(state, p, k + 1, limit, MaxParticipleGap);
        if (content is null || content.Value.Start == ContentStart.Marks && content.Value.Index != k + 1) return null;
        // The participle's subject is its clause's, written in the sentence; else (a verb of doing: كما سلّط مسؤولو
        // الدفاع الضوء …، مشيرين إلى أن) only a speaker of the same paragraph can be meant.
        var clause = subject ?? new Clause(state.Continuation(QuoteLexicon.SpeechVerb(state.Paragraphs[p].Tokens[k].Folded)?.Feminine, withinParagraphs: 0, p), null, default);
        ReadContent(state, p, sentence, content.Value, clause);
        return clause;
    }

    /// <summary>
    /// …، بحسب مصادر محلية. / …, according to officials. — and the same at the sentence's start, before a comma: the
    /// rest of the sentence was said by the source named (بحسب ما أعلنته وزارة الداخلية: the source after the verb).
    /// </summary>
    private static void ReadAttribution(ArticleState state, int p, TokenRange sentence)
    {
        var paragraph = state.Paragraphs[p];
        var tokens = paragraph.Tokens;
        for (var i = sentence.From; i < sentence.To; i++)
        {
            if (!tokens[i].IsWord || state.InsideMarks(p, i)) continue;
            var phraseLength = AttributionLength(tokens, i, sentence.To);
            if (phraseLength == 0) continue;
            var sourceFrom = i + phraseLength;
            // بحسب ما أعلنته الوزارة, وفق ما ذكرت المصادر: the source is the subject of the verb after ما.
            if (sourceFrom + 2 < sentence.To && tokens[sourceFrom].IsWord && tokens[sourceFrom].Folded == "ما")
            {
                sourceFrom += 2;
                // وفق ما أفادت به مصادر طبية: the preposition the verb takes, with its pronoun.
                if (sourceFrom < sentence.To && tokens[sourceFrom].IsWord && QuoteLexicon.PronounPrepositions.Contains(tokens[sourceFrom].Folded)) sourceFrom++;
            }
            var atStart = i == sentence.From || (i == sentence.From + 1 && tokens[sentence.From].IsWord && tokens[sentence.From].Folded == "و");
            if (atStart)
            {
                var comma = FirstComma(tokens, sourceFrom, sentence.To);
                if (comma < 0) return;
                var (name, _) = SpeakerPhrase.Read(paragraph, new TokenRange(sourceFrom, comma), state.CloseOf(p));
                var said = new TokenRange(SkipFaInna(tokens, comma + 1, sentence.To), Trim(tokens, comma + 1, sentence.To));
                if (name is not null && !state.Covered(p, said) && CountWords(tokens, said.From, said.To) >= MinBareReportWords)
                    state.AddRange(p, said, QuoteKinds.Indirect, state.Resolve(name), null, default);
                return;
            }
            if (i == sentence.From || tokens[i - 1].Kind != ProseTokenKind.Comma) continue;
            var sourceEnd = sourceFrom;
            while (sourceEnd < sentence.To && tokens[sourceEnd].Kind != ProseTokenKind.Comma && tokens[sourceEnd].Kind != ProseTokenKind.SentenceEnd
                && !(tokens[sourceEnd].IsWord && QuoteLexicon.RelativePronouns.Contains(tokens[sourceEnd].Folded))) sourceEnd++;
            if (CountWords(tokens, sourceFrom, sourceEnd) is 0 or > MaxSourceWords) continue;
            var (source, _) = SpeakerPhrase.Read(paragraph, new TokenRange(sourceFrom, sourceEnd), state.CloseOf(p));
            var before = new TokenRange(sentence.From, Trim(tokens, sentence.From, i - 1));
            if (source is not null && !state.Covered(p, before) && CountWords(tokens, before.From, before.To) >= MinBareReportWords)
                state.AddRange(p, before, QuoteKinds.Indirect, state.Resolve(source), null, default);
            return;
        }
    }

    /// <summary>Words in marks that no speech cue claimed: a quote when long enough, else a name or a term.</summary>
    private static void ReadUncuedMarks(ArticleState state, int p, TokenRange sentence, SpeakerModel? subject)
    {
        var tokens = state.Paragraphs[p].Tokens;
        foreach (var span in state.SpansOpeningIn(p, sentence))
        {
            if (state.IsTaken(span) || !span.IsClosed) continue;
            var words = state.WordCount(span);
            var before = span.Open.Token - 1;
            var introduced = before >= sentence.From && tokens[before].IsWord && QuoteLexicon.PartialQuoteIntroducers.Contains(tokens[before].Folded);
            if (state.ContentAround(p, span.Open.Token) is { } report)
            {
                if (introduced || words >= MinPartialQuoteWords) state.AddMarked(span, QuoteKinds.Partial, report.Speaker, report.Channel, report.Date);
                continue;
            }
            if (introduced && subject is not null && words >= 2)
            {
                // described the plan as “a disaster for farmers”: the words in marks are the subject's.
                state.AddMarked(span, QuoteKinds.Partial, subject, null, default);
                continue;
            }
            var opensSentence = span.Open.Token == sentence.From;
            // A sentence that is all in marks (“It's over,” she said. “We lost.”) is speech, however short; names in
            // marks never stand alone as a sentence.
            var wholeSentence = opensSentence && state.EndsSentence(span);
            if (words < MinUncuedQuoteWords && !wholeSentence) continue;
            // A quote standing alone: opening its sentence (or after a colon) it goes on from a speaker of this or the
            // previous paragraph; elsewhere nobody is named (CORPUS105).
            var afterColon = before >= 0 && tokens[before].Kind == ProseTokenKind.Colon;
            state.AddMarked(span, QuoteKinds.Direct, opensSentence || afterColon ? state.Continuation(null, withinParagraphs: 1, p) : null, null, default);
        }
    }

    /// <summary>When a quote was said: the resolved value and the words that say it.</summary>
    private readonly record struct SaidDate(PartialDate? Value, string? Text, RelativeDay? Relative);

    private enum ContentStart
    {
        /// <summary>A colon: what follows was said (in marks or not).</summary>
        Colon,

        /// <summary>أن/إن/that: what follows was said, in the reporter's words.</summary>
        Complementizer,

        /// <summary>Quotation marks right after the verb or its speaker.</summary>
        Marks,

        /// <summary>English with no "that": what follows the verb (and its listener) was said.</summary>
        Bare,
    }

    /// <param name="Index">The colon, the complementizer or the opening mark; for <see cref="ContentStart.Bare"/>, the token before the words said.</param>
    private readonly record struct Content(int Index, ContentStart Start);

    /// <summary>
    /// What a speech verb at <paramref name="from"/> − 1 introduces: the first colon or complementizer within
    /// <paramref name="maxWords"/> words (words of adverbial parts, in, خلال …, and numbers not counted), or marks right
    /// after the verb or a comma that hold what was said. Marks followed in the clause by a colon or complementizer are a
    /// name in the speaker phrase (وأعلنت «قوات سوريا الديمقراطية» أنها …), as is a short name in marks (منصة “إكس”).
    /// </summary>
    private static Content? FindContent(ArticleState state, int p, int from, int to, int maxWords)
    {
        var tokens = state.Paragraphs[p].Tokens;
        var words = 0;
        var adverbialPart = from < to && EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, tokens[from]);
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case ProseTokenKind.Colon:
                    return new Content(i, ContentStart.Colon);
                case ProseTokenKind.SentenceEnd:
                    return null;
                case ProseTokenKind.Comma:
                    adverbialPart = i + 1 < to && EntityLexicon.IsIn(QuoteLexicon.AdverbialOpeners, tokens[i + 1]);
                    break;
                case ProseTokenKind.Mark:
                    if (state.SpanOpeningAt(p, i) is { } span)
                    {
                        var afterVerbOrComma = i == from || tokens[i - 1].Kind == ProseTokenKind.Comma;
                        var holdsSpeech = !span.IsClosed || span.SpansParagraphs || state.WordCount(span) >= MinMarkedContentWords || state.EndsSentence(span);
                        if (afterVerbOrComma && holdsSpeech && !ComplementFollows(state, p, span, to)) return new Content(i, ContentStart.Marks);
                        if (span.Close is { } close && close.Paragraph == p) i = close.Token;
                        if (!adverbialPart) words++;
                    }
                    break;
                case ProseTokenKind.Word:
                    if (QuoteLexicon.Complementizers.Contains(token.Folded)) return new Content(i, ContentStart.Complementizer);
                    if (adverbialPart || char.IsDigit(token.Folded[0])) break;
                    if (++words > maxWords) return null;
                    break;
            }
        }
        return null;
    }

    /// <summary>Whether a colon or complementizer follows closed marks in the same clause: then the marks name the speaker.</summary>
    private static bool ComplementFollows(ArticleState state, int p, MarkedSpan span, int to)
    {
        if (span.Close is not { } close || close.Paragraph != p) return false;
        var tokens = state.Paragraphs[p].Tokens;
        var words = 0;
        for (var i = close.Token + 1; i < to && words <= MaxSpeakerPhraseWords; i++)
        {
            if (tokens[i].Kind is ProseTokenKind.SentenceEnd or ProseTokenKind.Mark) return false;
            if (tokens[i].Kind == ProseTokenKind.Colon) return true;
            if (!tokens[i].IsWord) continue;
            if (QuoteLexicon.Complementizers.Contains(tokens[i].Folded)) return true;
            words++;
        }
        return false;
    }

    /// <summary>Adds the quote a content start introduces: the marked words, or the reported words up to the clause's end.</summary>
    private static void ReadContent(ArticleState state, int p, TokenRange sentence, Content content, Clause clause)
    {
        var tokens = state.Paragraphs[p].Tokens;
        var next = content.Index + 1;
        if (content.Start == ContentStart.Marks && state.SpanOpeningAt(p, content.Index) is { } marked)
        {
            state.AddMarked(marked, QuoteKinds.Direct, clause.Speaker, clause.Channel, clause.Date, sentence);
            return;
        }
        if (content.Start == ContentStart.Colon && next < sentence.To)
        {
            if (state.SpanOpeningAt(p, next) is { } afterColon)
            {
                state.AddMarked(afterColon, QuoteKinds.Direct, clause.Speaker, clause.Channel, clause.Date, sentence);
                return;
            }
            if (tokens[next].IsWord && QuoteLexicon.Complementizers.Contains(tokens[next].Folded))
            {
                ReadContent(state, p, sentence, new Content(next, ContentStart.Complementizer), clause);
                return;
            }
        }
        if (content.Start == ContentStart.Complementizer && next < sentence.To && state.SpanOpeningAt(p, next) is { } partial
            && (state.WordCount(partial) >= 2 || (state.WordCount(partial) == 1 && state.EndsSentence(partial))))
        {
            // وصفته بأنه "حاسم للأمن الإقليمي" نظراً …: the words in marks are the speaker's; what follows is the reporter's.
            // One word in marks is a partial quote only when it is all that was said (وصف الاتفاق بأنه "تاريخي").
            state.AddMarked(partial, QuoteKinds.Partial, clause.Speaker, clause.Channel, clause.Date, sentence);
            return;
        }
        var end = ContentEnd(state, p, next, sentence.To);
        var said = new TokenRange(next, end);
        if (CountWords(tokens, said.From, said.To) == 0) return;
        var kind = content.Start == ContentStart.Colon ? QuoteKinds.Direct : QuoteKinds.Indirect;
        state.AddRange(p, said, kind, clause.Speaker, clause.Channel, clause.Date);
    }

    /// <summary>
    /// Where reported words end: the sentence's end, or a comma before the reporter's next clause (a speech verb or
    /// participle, or كما/فيما/while), or an "according to" that attributes them; at most <see cref="MaxReportWords"/> words.
    /// </summary>
    private static int ContentEnd(ArticleState state, int p, int from, int to)
    {
        var tokens = state.Paragraphs[p].Tokens;
        var words = 0;
        for (var i = from + 1; i < to; i++)
        {
            if (tokens[i].IsWord && ++words >= MaxReportWords) return Trim(tokens, from, i);
            if (tokens[i].Kind != ProseTokenKind.Comma || state.InsideMarks(p, i) || i + 1 >= to) continue;
            var next = tokens[i + 1];
            if (!next.IsWord) continue;
            if (QuoteLexicon.SpeechVerb(next.Folded) is not null || QuoteLexicon.ClauseOpeners.Contains(next.Folded)
                || AttributionLength(tokens, i + 1, to) > 0)
            {
                return Trim(tokens, from, i);
            }
        }
        return Trim(tokens, from, to);
    }

    /// <summary>The end of a range without trailing punctuation (the full stop, a comma, a closing bracket left alone).</summary>
    private static int Trim(List<ProseToken> tokens, int from, int to)
    {
        while (to > from && tokens[to - 1].Kind is ProseTokenKind.Comma or ProseTokenKind.SentenceEnd or ProseTokenKind.Colon
            || (to > from && tokens[to - 1].Kind == ProseTokenKind.Other && tokens[to - 1].Text != ")" && tokens[to - 1].Text != "]"))
        {
            to--;
        }
        return to;
    }

    /// <summary>The end of a clause that starts at <paramref name="from"/>: the next comma (unless kept) or the sentence's end.</summary>
    private static int ClauseEnd(List<ProseToken> tokens, int from, int to, bool keepCommas = false)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == ProseTokenKind.SentenceEnd || tokens[i].Kind == ProseTokenKind.Colon) return i;
            if (tokens[i].Kind == ProseTokenKind.Mark && tokens[i].CanOpen) return i;
            if (!keepCommas && tokens[i].Kind == ProseTokenKind.Comma) return i;
        }
        return to;
    }

    /// <summary>English: where the subject of the verb at <paramref name="k"/> starts (the sentence's start, a colon, a quote, while/and).</summary>
    private static int SubjectStart(ArticleState state, int p, TokenRange sentence, int k)
    {
        var tokens = state.Paragraphs[p].Tokens;
        var i = k;
        while (i > sentence.From && k - i < MaxPrefixTokens)
        {
            var token = tokens[i - 1];
            if (token.Kind is ProseTokenKind.Colon or ProseTokenKind.SentenceEnd || token.Kind == ProseTokenKind.Mark) break;
            if (token.IsWord && (QuoteLexicon.ClauseOpeners.Contains(token.Folded) || QuoteLexicon.Conjunctions.Contains(token.Folded))) break;
            i--;
        }
        return i;
    }

    /// <summary>The length in tokens of an "according to" phrase at <paramref name="i"/> (0 when there is none).</summary>
    private static int AttributionLength(List<ProseToken> tokens, int i, int to)
    {
        foreach (var words in QuoteLexicon.AttributionPhraseWords)
        {
            if (i + words.Length > to) continue;
            var matches = true;
            for (var w = 0; w < words.Length && matches; w++)
            {
                var folded = tokens[i + w].Folded;
                matches = tokens[i + w].IsWord && (folded == words[w] || (w == 0 && IsAndThen(folded, words[w])));
            }
            if (matches) return words.Length;
        }
        return 0;
    }

    /// <summary>Whether <paramref name="folded"/> is و joined to <paramref name="word"/> (وبحسب).</summary>
    private static bool IsAndThen(string folded, string word) =>
        folded.Length == word.Length + 1 && folded[0] == 'و' && string.CompareOrdinal(folded, 1, word, 0, word.Length) == 0;

    /// <summary>فإن after "according to X,": the complementizer that introduces the claim.</summary>
    private static int SkipFaInna(List<ProseToken> tokens, int from, int to) =>
        from < to && tokens[from].IsWord && QuoteLexicon.Complementizers.Contains(tokens[from].Folded.TrimStart('ف')) ? from + 1 : from;

    private static int FirstComma(List<ProseToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++) if (tokens[i].Kind == ProseTokenKind.Comma) return i;
        return -1;
    }

    private static int LastComma(List<ProseToken> tokens, int from, int to)
    {
        for (var i = to - 1; i >= from; i--) if (tokens[i].Kind == ProseTokenKind.Comma) return i;
        return -1;
    }

    private static int CountWords(List<ProseToken> tokens, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to && i < tokens.Count; i++) if (tokens[i].IsWord) count++;
        return count;
    }

    private static QuoteChannel? Channel(ArticleState state, int p, IEnumerable<TokenRange> ranges) =>
        ChannelReader.Read(state.Paragraphs[p], ranges, state.CloseOf(p));

    /// <summary>
    /// What the rules know of an article while they read it: its paragraphs and marks, the quotes found so far, and the
    /// speakers named so far (for surnames, titles and continuations).
    /// </summary>
    private sealed class ArticleState
    {
        private readonly IReadOnlyList<IReadOnlyList<RecognizedDate>> _dates;
        private readonly CorpusText _text;
        private readonly List<MarkedSpan> _spans;
        private readonly Dictionary<TokenAt, MarkedSpan> _opening = new();
        private readonly Dictionary<TokenAt, MarkedSpan> _closing = new();
        private readonly List<List<MarkedSpan>> _openingInParagraph = new();
        private readonly HashSet<MarkedSpan> _taken = new();
        private readonly List<int[]> _insideMarks = new();
        private readonly List<List<(TokenRange Range, SpeakerModel? Speaker, QuoteChannel? Channel, SaidDate Date)>> _reports = new();
        private readonly List<SpeakerModel> _named = new();
        private readonly List<(SpeakerModel Speaker, int Paragraph)> _recent = new();

        public ArticleState(IReadOnlyList<ProseParagraph> paragraphs, IReadOnlyList<IReadOnlyList<RecognizedDate>> dates, CorpusText text)
        {
            Paragraphs = paragraphs;
            _dates = dates;
            _text = text;
            _spans = QuoteMarks.Pair(paragraphs);
            foreach (var paragraph in paragraphs)
            {
                _insideMarks.Add(new int[paragraph.Tokens.Count]);
                _openingInParagraph.Add(new List<MarkedSpan>());
                _reports.Add(new List<(TokenRange, SpeakerModel?, QuoteChannel?, SaidDate)>());
            }
            foreach (var span in _spans)
            {
                _opening[span.Open] = span;
                _openingInParagraph[span.Open.Paragraph].Add(span);
                if (span.Close is not { } close) continue;
                _closing[close] = span;
                for (var p = span.Open.Paragraph; p <= close.Paragraph; p++)
                {
                    var from = p == span.Open.Paragraph ? span.Open.Token + 1 : 0;
                    var to = p == close.Paragraph ? close.Token : Paragraphs[p].Tokens.Count;
                    for (var t = from; t < to; t++) _insideMarks[p][t]++;
                }
            }
        }

        public IReadOnlyList<ProseParagraph> Paragraphs { get; }

        public List<QuoteModel> Quotes { get; } = new();

        public bool InsideMarks(int p, int t) => _insideMarks[p][t] > 0;

        public Func<int, int?> CloseOf(int p) => t =>
            _opening.TryGetValue(new TokenAt(p, t), out var span) && span.Close is { } close && close.Paragraph == p ? close.Token : null;

        public MarkedSpan? SpanOpeningAt(int p, int t) => _opening.TryGetValue(new TokenAt(p, t), out var span) ? span : null;

        public bool IsTaken(MarkedSpan span) => _taken.Contains(span);

        /// <summary>Sentences split at . ! ? outside closed marks (a quote of several sentences stays in one).</summary>
        public IEnumerable<TokenRange> Sentences(int p)
        {
            var tokens = Paragraphs[p].Tokens;
            var start = 0;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind != ProseTokenKind.SentenceEnd || InsideMarks(p, t)) continue;
                if (t + 1 - start > 0) yield return new TokenRange(start, t + 1);
                start = t + 1;
            }
            if (start < tokens.Count) yield return new TokenRange(start, tokens.Count);
        }

        public IEnumerable<MarkedSpan> SpansOpeningIn(int p, TokenRange sentence) =>
            _openingInParagraph[p].Where(s => s.Open.Token >= sentence.From && s.Open.Token < sentence.To);

        /// <summary>A closed quote, not yet taken, whose closing mark stands right before <paramref name="k"/> (a comma between allowed).</summary>
        public MarkedSpan? QuoteEndingBefore(int p, int k, TokenRange sentence)
        {
            var tokens = Paragraphs[p].Tokens;
            var i = k - 1;
            if (i >= sentence.From && tokens[i].Kind == ProseTokenKind.Comma) i--;
            if (i < sentence.From || tokens[i].Kind != ProseTokenKind.Mark) return null;
            return _closing.TryGetValue(new TokenAt(p, i), out var span) && !_taken.Contains(span) && WordCount(span) >= 2 ? span : null;
        }

        /// <summary>A quote opening right after <paramref name="t"/> (a comma between allowed), in the sentence.</summary>
        public MarkedSpan? SpanOpeningAfter(int p, int t, TokenRange sentence)
        {
            var tokens = Paragraphs[p].Tokens;
            if (t < sentence.To && tokens[t].Kind == ProseTokenKind.Comma) t++;
            return t < sentence.To && SpanOpeningAt(p, t) is { } span && !_taken.Contains(span) ? span : null;
        }

        public int WordCount(MarkedSpan span) => MarkedParts(span).Sum(part => CountWords(Paragraphs[part.Paragraph].Tokens, part.Range.From, part.Range.To));

        /// <summary>True when the closing mark is followed by the sentence's end (or nothing).</summary>
        public bool EndsSentence(MarkedSpan span)
        {
            if (span.Close is not { } close) return true;
            var tokens = Paragraphs[close.Paragraph].Tokens;
            var next = close.Token + 1;
            if (next < tokens.Count && tokens[next].Kind == ProseTokenKind.Comma) next++;
            return next >= tokens.Count || tokens[next].Kind == ProseTokenKind.SentenceEnd;
        }

        /// <summary>Whether a range is already part of a quote (an "according to" does not repeat a quote found by its verb).</summary>
        public bool Covered(int p, TokenRange range)
        {
            if (range.IsEmpty) return true;
            var start = Paragraphs[p].Offset + Paragraphs[p].Tokens[range.From].Start;
            var end = Paragraphs[p].Offset + Paragraphs[p].Tokens[range.To - 1].End;
            // Quotes are added sentence by sentence: the first one that ends before this sentence ends the search.
            for (var i = Quotes.Count - 1; i >= 0 && Quotes[i].Span.Start + Quotes[i].Span.Length > start; i--)
            {
                if (Quotes[i].Span.Start < end && start < Quotes[i].Span.Start + Quotes[i].Span.Length) return true;
            }
            return false;
        }

        /// <summary>The reported speech a token stands in, if any: its speaker, channel and date.</summary>
        public (SpeakerModel? Speaker, QuoteChannel? Channel, SaidDate Date)? ContentAround(int p, int t)
        {
            foreach (var report in _reports[p])
            {
                if (t >= report.Range.From && t < report.Range.To) return (report.Speaker, report.Channel, report.Date);
            }
            return null;
        }

        /// <summary>
        /// The previous speaker, as a continuation; null when there is none yet, or when it spoke more than
        /// <paramref name="withinParagraphs"/> paragraphs before paragraph <paramref name="p"/>. A feminine verb (وأشارت)
        /// goes on from the latest feminine speaker (a woman, or a feminine or plural noun: الوزارة, المصادر), a masculine
        /// one from the latest other speaker, else from the latest; a feminine verb with no feminine speaker has none.
        /// </summary>
        public SpeakerModel? Continuation(bool? feminine = null, int withinParagraphs = int.MaxValue, int p = 0)
        {
            (SpeakerModel Speaker, int Paragraph)? chosen = null;
            for (var i = _recent.Count - 1; i >= 0 && chosen is null; i--)
            {
                if (feminine is null || IsFeminine(_recent[i].Speaker) == feminine) chosen = _recent[i];
            }
            if (chosen is null && feminine == false && _recent.Count > 0) chosen = _recent[_recent.Count - 1];
            if (chosen is not { } found || (withinParagraphs != int.MaxValue && p - found.Paragraph > withinParagraphs)) return null;
            return found.Speaker with { Resolution = SpeakerResolutions.Continuation, Span = null };
        }

        /// <summary>
        /// Whether a speaker takes a feminine verb: its head (the role's first word, else its own) ends with ة, or it is a
        /// non-person source in a broken plural (المصادر, تقارير): Arabic agrees non-human plurals in the feminine.
        /// </summary>
        private static bool IsFeminine(SpeakerModel speaker)
        {
            var head = EntityLexicon.Head(ArabicWords.Split(ArabicFolding.Fold(speaker.Role ?? speaker.Text)).FirstOrDefault() ?? string.Empty);
            if (head.Length == 0 || EntityLexicon.IsLatin(head)) return false;
            if (head.EndsWith("ه", StringComparison.Ordinal)) return true;
            return speaker.Kind != SpeakerKinds.Person && !head.EndsWith("ون", StringComparison.Ordinal) && !head.EndsWith("ين", StringComparison.Ordinal)
                && QuoteLexicon.SourceHeads.Contains(head) && head.Length >= 5;
        }

        /// <summary>
        /// A speaker as the article names it: a surname alone or a title alone is the latest speaker named in full with
        /// that surname or title. Named speakers are remembered unless <paramref name="register"/> is false.
        /// </summary>
        public SpeakerModel? Resolve(SpeakerName? name, bool register = true)
        {
            if (name is null) return null;
            if (name.IsPronoun) return Continuation();
            SpeakerModel? speaker = null;
            if (name.Kind == SpeakerKinds.Person)
            {
                if (name.Name is { } single && !single.Contains(' ') && Earlier(n => LastWordKey(n.Name) == Key(single)) is { } bySurname)
                    speaker = new SpeakerModel(name.Text, bySurname.Name, name.Role ?? bySurname.Role, SpeakerKinds.Person, SpeakerResolutions.Earlier);
                else if (name.Name is null && name.Role is { } role && Earlier(n => SameTitle(n.Role, role)) is { } byTitle)
                    speaker = new SpeakerModel(name.Text, byTitle.Name, role, SpeakerKinds.Person, SpeakerResolutions.Earlier);
            }
            speaker ??= new SpeakerModel(name.Text, name.Name, name.Role, name.Kind, SpeakerResolutions.Written);
            if (name.NameStart >= 0) speaker = speaker with { Span = _text.Span(name.NameStart, name.NameLength) };
            if (register && speaker.Kind == SpeakerKinds.Person && speaker.Name is { } full && full.Contains(' ')) _named.Add(speaker);
            return speaker;
        }

        private SpeakerModel? Earlier(Func<SpeakerModel, bool> test)
        {
            for (var i = _named.Count - 1; i >= 0; i--) if (test(_named[i])) return _named[i];
            return null;
        }

        private static string Key(string word) => ArabicWords.Key(ArabicFolding.Fold(word));

        private static string? LastWordKey(string? name)
        {
            if (name is null) return null;
            var words = ArabicWords.Split(ArabicFolding.Fold(name)).ToList();
            return words.Count > 1 ? ArabicWords.Key(words[words.Count - 1]) : null;
        }

        /// <summary>
        /// Whether a title alone names a speaker known by a fuller role: every word of it, its qualifiers included, is in
        /// that role (الوزير, الوزير السوري → وزير الخارجية السوري; not وزير الخارجية التركي).
        /// </summary>
        private static bool SameTitle(string? known, string role)
        {
            if (known is null) return false;
            var words = RoleWords(role);
            if (!words.Any(EntityLexicon.Titles.Contains)) return false;
            var knownWords = new HashSet<string>(RoleWords(known), StringComparer.Ordinal);
            return words.All(knownWords.Contains);
        }

        private static List<string> RoleWords(string role) =>
            ArabicWords.Split(ArabicFolding.Fold(role)).Select(EntityLexicon.Head)
                .Where(w => w.Length > 1 && !Segment.SegmentLexicon.FunctionWords.Contains(w)).ToList();

        /// <summary>The date written with the attribution: the first one in <paramref name="ranges"/>.</summary>
        public SaidDate DateIn(int p, IEnumerable<TokenRange> ranges)
        {
            var tokens = Paragraphs[p].Tokens;
            foreach (var range in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.From))
            {
                var start = tokens[range.From].Start;
                var end = tokens[range.To - 1].End;
                foreach (var date in _dates[p])
                {
                    if (date.Start >= start && date.Start + date.Length <= end)
                        return new SaidDate(date.Value, date.Text, date.Value is null && date.IsRelative ? date.RelativeDay : null);
                }
            }
            return default;
        }

        public void AddMarked(MarkedSpan span, string kind, SpeakerModel? speaker, QuoteChannel? channel, SaidDate date, TokenRange? sentence = null)
        {
            if (!_taken.Add(span)) return;
            var parts = MarkedParts(span, sentence).Where(part => !part.Range.IsEmpty).ToList();
            if (parts.Count == 0) return;
            var first = parts[0];
            var last = parts[parts.Count - 1];
            var start = Paragraphs[first.Paragraph].Offset + Paragraphs[first.Paragraph].Tokens[first.Range.From].Start;
            var end = Paragraphs[last.Paragraph].Offset + Paragraphs[last.Paragraph].Tokens[last.Range.To - 1].End;
            var text = string.Join("\n", parts.Select(part => SpeakerPhrase.Text(Paragraphs[part.Paragraph], part.Range)));
            Add(first.Paragraph, new QuoteModel(_text.Span(start, end - start), kind, text, speaker, channel, date.Value, date.Text, date.Relative));
        }

        public void AddRange(int p, TokenRange range, string kind, SpeakerModel? speaker, QuoteChannel? channel, SaidDate date)
        {
            var paragraph = Paragraphs[p];
            var start = paragraph.Offset + paragraph.Tokens[range.From].Start;
            var end = paragraph.Offset + paragraph.Tokens[range.To - 1].End;
            _reports[p].Add((range, speaker, channel, date));
            Add(p, new QuoteModel(_text.Span(start, end - start), kind, SpeakerPhrase.Text(paragraph, range), speaker, channel, date.Value, date.Text, date.Relative));
            // Marks inside reported words are read after it (ReadUncuedMarks): partial quotes or names.
        }

        private void Add(int p, QuoteModel quote)
        {
            Quotes.Add(quote);
            if (quote.Speaker is null) return;
            _recent.Add((quote.Speaker with { Resolution = SpeakerResolutions.Written, Span = null }, p));
            if (_recent.Count > RecentSpeakers) _recent.RemoveAt(0);
        }

        /// <summary>
        /// The text of a span, paragraph by paragraph: from after the opening mark to before the closing one; an
        /// unclosed span runs to the end of its sentence (<paramref name="sentence"/>) or paragraph, or to the mark that
        /// opened again while it was open. Reopening marks are left out.
        /// </summary>
        private IEnumerable<(int Paragraph, TokenRange Range)> MarkedParts(MarkedSpan span, TokenRange? sentence = null)
        {
            var open = span.Open;
            if (span.Close is not { } close)
            {
                var to = sentence is { } s && s.To > open.Token ? s.To : Paragraphs[open.Paragraph].Tokens.Count;
                if (span.GivenUpAt is { } givenUp && givenUp.Paragraph == open.Paragraph && givenUp.Token < to) to = givenUp.Token;
                to = Trim(Paragraphs[open.Paragraph].Tokens, open.Token + 1, to);
                yield return (open.Paragraph, new TokenRange(open.Token + 1, to));
                yield break;
            }
            for (var p = open.Paragraph; p <= close.Paragraph; p++)
            {
                var from = p == open.Paragraph ? open.Token + 1 : span.Reopened.Any(r => r.Paragraph == p) ? 1 : 0;
                var to = p == close.Paragraph ? close.Token : Paragraphs[p].Tokens.Count;
                yield return (p, new TokenRange(from, to));
            }
        }
    }
}
