using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Extraction.Recognize.Prose;
using CorpusSdk.Extraction.Recognize.Quotes;
using CorpusSdk.Extraction.Segment;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>
/// Finds the people, organisations and places an article names (docs/extraction.md, "Entities").
/// <list type="bullet">
/// <item>People: a role and a name (<see cref="PersonNames"/>): وزير الخارجية أسعد الشيباني; a role, a comma and the name
/// (رئيس جهاز الاستخبارات العامة، حسين السلامة); Foreign Minister Jean-Noel Barrot; Jean-Noel Barrot, the French
/// foreign minister. The byline's author. Then every later mention of a person's family name (الشيباني).</item>
/// <item>Organisations: a name with its acronym in brackets or marks (قوات سوريا الديمقراطية (قسد)), whose initials
/// spell the acronym; a name in marks after or headed by an organisation noun (تنظيم “داعش”, «قوات …»); a head noun with
/// its qualifiers (وزارة الخارجية السعودية, الحكومة السورية, the Health Ministry). Then every later mention of a known
/// acronym or name.</item>
/// <item>Places: the gazetteer (<see cref="EntityLexicon.Places"/>) and a place noun's name (مدينة حمص).</item>
/// <item>Everything the rules do not mark: the name tagger (<see cref="NameTagger"/>), which also says where a name after
/// a role ends and whether words before a speech verb are a name at all.</item>
/// </list>
/// Mentions never overlap: a rule's wins over the tagger's, the tagger's over a guess (<see cref="FoundBy"/>), then the
/// longer one (قوات سوريا الديمقراطية is an organisation, not the place سوريا in it).
/// </summary>
public static class MentionRecognizer
{
    /// <summary>Qualifiers an organisation's head noun takes at most (وزارة الخارجية السعودية: two).</summary>
    private const int MaxOrganizationQualifiers = 4;

    /// <summary>Words in marks that name an organisation, at most.</summary>
    private const int MaxMarkedNameWords = 5;

    /// <summary>Function words an acronym's expansion may hold besides the words that give its letters (of, the, في).</summary>
    private const int MaxSkippedInExpansion = 2;

    /// <param name="paragraphs">The headline and body paragraphs.</param>
    /// <param name="text">The file's text, for spans.</param>
    /// <param name="author">The byline's author and the line it is on, or null.</param>
    /// <param name="speakers">The quotes' speakers: a person named at a quote is a mention of that person.</param>
    public static List<MentionModel> Recognize(IReadOnlyList<ProseParagraph> paragraphs, CorpusText text, (string Name, int Line)? author,
        IEnumerable<SpeakerModel>? speakers = null)
    {
        var state = new State(paragraphs);
        Tag(state);
        foreach (var speaker in speakers ?? Enumerable.Empty<SpeakerModel>())
        {
            // الشيباني at a quote is أسعد الشيباني: the speaker's resolved name, at the words that name it.
            if (speaker.Kind != SpeakerKinds.Person || speaker.Name is not { } name || speaker.Span is not { } span) continue;
            // Words before a speech verb that the tagger reads as no name, and that start with no known name, are none
            // (حرب فاشلة, استطاع المحققون).
            if (state.Tagged && state.TaggedPersonAt(span.Start, span.Start + span.Length) is null && !StartsWithKnownName(text.Text, span.Start)) continue;
            var roles = speaker.Role is { } role && speaker.Resolution == SpeakerResolutions.Written ? new List<string> { role } : new List<string>();
            state.Found.Add(new Found(span.Start, span.Start + span.Length, EntityKinds.Person, name, roles, null));
        }
        for (var p = 0; p < paragraphs.Count; p++)
        {
            People(state, p);
            Acronyms(state, p);
            MarkedOrganizations(state, p);
            OrganizationPhrases(state, p);
        }
        AddTagged(state);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // The gazetteer's places and the place nouns' names fill in where the tagger found nothing (مخيم الهول).
            Places(state, p);
            GivenAndFamilyNames(state, p);
            Repeats(state, p);
            LatinAcronyms(state, p);
        }

        var mentions = new List<MentionModel>();
        if (author is { } byline && text.Lines.Count >= byline.Line && byline.Line > 0)
        {
            var line = text.Lines[byline.Line - 1];
            var at = line.Text.IndexOf(byline.Name, StringComparison.Ordinal);
            if (at >= 0) mentions.Add(new MentionModel(text.Span(line.Start + at, byline.Name.Length), EntityKinds.Person, byline.Name, byline.Name, EquatableArray<string>.Empty, null));
        }

        // Where two overlap, a rule's mention wins over the tagger's, and the tagger's over a guess (a lone acronym); then
        // the longer one (تنظيم الدولة الإسلامية في العراق والشام holds no place العراق); then file order.
        var kept = new List<Found>();
        foreach (var found in state.Found.OrderBy(f => f.Tier).ThenByDescending(f => f.End - f.Start).ThenByDescending(f => f.Roles.Count).ThenBy(f => f.Start))
        {
            if (kept.Any(k => k.Start < found.End && found.Start < k.End)) continue;
            kept.Add(found);
        }
        foreach (var found in kept.OrderBy(f => f.Start))
        {
            var written = text.Text.Substring(found.Start, found.End - found.Start);
            mentions.Add(new MentionModel(text.Span(found.Start, found.End - found.Start), found.Kind, written, found.Name ?? written,
                found.Roles.ToEquatableArray(), found.Acronym, found.Tentative));
        }
        return mentions.OrderBy(m => m.Span.Start).ToList();
    }

    /// <summary>
    /// The people, organisations and places of an article given as its paragraphs alone (the <c>entities</c> command):
    /// the numbers, dates and quotes are recognized first, as extraction does, so a speaker counts as in a corpus file.
    /// Each mention is given with its paragraph and its span in that paragraph's text.
    /// </summary>
    public static List<(int Paragraph, int Start, int Length, string Kind)> RecognizeParagraphs(IReadOnlyList<string> paragraphs)
    {
        // One line per paragraph: a line break inside a paragraph's text would shift every line after it.
        var lines = paragraphs.Select(p => new string(p.Select(c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c).ToArray())).ToList();
        var text = new CorpusText(string.Join("\n", lines));
        var prose = new List<ProseParagraph>(lines.Count);
        var dates = new List<IReadOnlyList<Dates.RecognizedDate>>(lines.Count);
        for (var p = 0; p < lines.Count; p++)
        {
            prose.Add(new ProseParagraph(p + 1, text.Lines[p].Start, lines[p]));
            dates.Add(Dates.DateRecognizer.Recognize(lines[p], Numbers.NumberRecognizer.Recognize(lines[p]), null));
        }
        var quotes = QuoteRecognizer.Recognize(prose, dates, text);
        var found = new List<(int, int, int, string)>();
        foreach (var mention in Recognize(prose, text, null, quotes.Select(q => q.Speaker).OfType<SpeakerModel>()))
        {
            // A lone acronym is kept by linking only where some article spells it out; an article alone has none to.
            if (mention.Tentative) continue;
            var p = mention.Span.StartLine - 1;
            found.Add((p, mention.Span.Start - text.Lines[p].Start, mention.Span.Length, mention.Kind));
        }
        return found;
    }

    private static void People(State state, int p)
    {
        var paragraph = state.Paragraphs[p];
        var tokens = paragraph.Tokens;
        var closeOf = state.CloseOf(p);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (state.InsideMarks(p, i)) continue;
            if (PersonNames.IsTitle(tokens[i]))
            {
                var roleEnd = PersonNames.RoleEnd(tokens, i + 1, tokens.Count, closeOf);
                var nameStart = roleEnd;
                var apposition = nameStart < tokens.Count && tokens[nameStart].Kind == ProseTokenKind.Comma;
                if (apposition) nameStart++;
                var nameEnd = PersonNames.NameEnd(tokens, nameStart, tokens.Count);
                // A name in apposition closes with the clause: "…، حسين السلامة، قد وصلا".
                if (apposition && nameEnd < tokens.Count && tokens[nameEnd].IsWord) continue;
                if (!PersonNames.IsName(tokens, nameStart, nameEnd, i)) continue;
                if (state.Tagged)
                {
                    // Where the name after a role ends is the tagger's to say (كوندوليزا رايس, not كوندوليزا رايس الأربعاء),
                    // unless commas close it (…، حسين السلامة، قد وصلا); words it reads as no name are a name only when
                    // they start with a known one (وزير … متشددو is none).
                    var offset = paragraph.Offset;
                    var tagged = state.TaggedPersonAt(offset + tokens[nameStart].Start, offset + tokens[nameEnd - 1].End);
                    if (tagged is { } taggedEnd && !apposition)
                    {
                        while (nameEnd > nameStart + 1 && offset + tokens[nameEnd - 1].Start >= taggedEnd && !StartsWithKnownName(paragraph.Text, tokens[nameEnd - 1].Start)) nameEnd--;
                        while (nameEnd < tokens.Count && tokens[nameEnd].IsWord && offset + tokens[nameEnd].End <= taggedEnd) nameEnd++;
                    }
                    else if (tagged is null && !StartsWithKnownName(paragraph.Text, tokens[nameStart].Start)) continue;
                }
                var roles = PersonNames.SplitRoles(tokens, i, roleEnd, paragraph.Text).ToList();
                state.MarkRole(p, i, roleEnd);
                if (ProcliticBeforeTitle(tokens[i]) || tokens[i].Folded.StartsWith("وال", StringComparison.Ordinal)) roles[0] = roles[0].Substring(1); // ورئيس, والمبعوث → رئيس, المبعوث
                state.Add(p, nameStart, nameEnd, EntityKinds.Person, null, roles.Where(r => r.Length > 0).ToList());
                i = nameEnd - 1;
                continue;
            }
            // English: Jean-Noel Barrot, the French foreign minister, …
            if (tokens[i].IsWord && EntityLexicon.IsLatin(tokens[i].Folded) && char.IsUpper(tokens[i].Text[0]) && (i == 0 || !IsNameWordBefore(tokens, i)))
            {
                var nameEnd = PersonNames.NameEnd(tokens, i, tokens.Count);
                if (nameEnd - i < 2 || nameEnd >= tokens.Count || tokens[nameEnd].Kind != ProseTokenKind.Comma) continue;
                var hasTitle = false;
                var j = nameEnd + 1;
                for (; j < tokens.Count && tokens[j].IsWord && j - nameEnd <= 7; j++)
                {
                    hasTitle |= EntityLexicon.Titles.Contains(tokens[j].Folded) || tokens[j].Folded.Split('-').Any(EntityLexicon.Titles.Contains);
                }
                if (!hasTitle || (j < tokens.Count && tokens[j].IsWord)) continue;
                // The whole apposition is the role: a senior health ministry official.
                var role = paragraph.Text.Substring(tokens[nameEnd + 1].Start, tokens[j - 1].End - tokens[nameEnd + 1].Start);
                state.Add(p, i, nameEnd, EntityKinds.Person, null, new List<string> { role });
                i = nameEnd - 1;
            }
        }
    }

    /// <summary>
    /// An acronym in brackets or marks after the name whose initials spell it: قوات سوريا الديمقراطية (قسد), «قوات سوريا
    /// الديمقراطية» (قسد), Syrian Democratic Forces (SDF), وقوات سوريا الديمقراطية “قسد”.
    /// </summary>
    private static void Acronyms(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            int acronym;
            if (tokens[i].Text == "(" && tokens[i + 1].IsWord && tokens[i + 2].Text == ")") acronym = i + 1;
            else if (tokens[i].Kind == ProseTokenKind.Mark && state.CloseOf(p)(i) == i + 2 && tokens[i + 1].IsWord) acronym = i + 1;
            else continue;
            if (!IsAcronymShape(tokens[acronym])) continue;

            int from, to;
            if (tokens[i - 1].Kind == ProseTokenKind.Mark && state.OpenOf(p, i - 1) is int open && tokens[i].Text == "(")
            {
                (from, to) = (open + 1, i - 1); // «قوات سوريا الديمقراطية» (قسد)
            }
            else if (ExpansionBefore(tokens, i, tokens[acronym].Folded) is int start)
            {
                (from, to) = (start, i);
            }
            else continue;

            var (nameStart, _) = WithoutProclitic(tokens[from]);
            var paragraph = state.Paragraphs[p];
            var expansion = paragraph.Text.Substring(nameStart, tokens[to - 1].End - nameStart);
            state.AddAt(p, nameStart, tokens[to - 1].End, EntityKinds.Organization, expansion, tokens[acronym].Text);
            state.Add(p, acronym, acronym + 1, EntityKinds.Organization, expansion, null, tokens[acronym].Text);
            state.AddKnownOrganization(expansion, tokens[acronym].Text);
            i += 2;
        }
    }

    /// <summary>A name in marks headed by or after an organisation noun: تنظيم “داعش”, حركة «النهضة», «قوات سوريا الديمقراطية».</summary>
    private static void MarkedOrganizations(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != ProseTokenKind.Mark || state.CloseOf(p)(i) is not int close) continue;
            var words = close - i - 1;
            if (words < 1 || words > MaxMarkedNameWords || Enumerable.Range(i + 1, words).Any(t => !tokens[t].IsWord)) { i = close; continue; }
            var afterHead = i > 0 && tokens[i - 1].IsWord && IsOrganizationHead(tokens[i - 1]);
            var headed = IsOrganizationHead(tokens[i + 1]) && words >= 2;
            if (afterHead || headed)
            {
                var name = state.Paragraphs[p].Text.Substring(tokens[i + 1].Start, tokens[close - 1].End - tokens[i + 1].Start);
                state.Add(p, i + 1, close, EntityKinds.Organization, name, null);
                state.AddKnownOrganization(name, null);
            }
            i = close;
        }
    }

    /// <summary>
    /// An organisation head and its qualifiers: definite words, offices, places (وزارة الخارجية السعودية, الحكومة
    /// السورية, قوات سوريا الديمقراطية); English capitalized runs that hold a head (the Health Ministry, Ministry of Health).
    /// </summary>
    private static void OrganizationPhrases(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || state.InsideMarks(p, i)) continue;
            if (EntityLexicon.IsLatin(token.Folded))
            {
                if (!char.IsUpper(token.Text[0])) continue;
                var end = i;
                var hasHead = false;
                while (end < tokens.Count && tokens[end].IsWord
                    && (char.IsUpper(tokens[end].Text[0]) || (end > i && tokens[end].Folded is "of" or "for" or "and" && end + 1 < tokens.Count && tokens[end + 1].IsWord && char.IsUpper(tokens[end + 1].Text[0]))))
                {
                    // Police Commissioner Daniel Mwangi: a title after the head starts a person's role and name.
                    if (hasHead && EntityLexicon.Titles.Contains(tokens[end].Folded)) break;
                    hasHead |= EntityLexicon.OrganizationHeads.Contains(tokens[end].Folded);
                    end++;
                }
                // The Health Ministry and the Health Ministry are one: the article is no part of the name, nor is a
                // title before it (Deputy Police …).
                var from = tokens[i].Folded == "the" ? i + 1 : i;
                while (from < end && EntityLexicon.Titles.Contains(tokens[from].Folded)) from++;
                if (hasHead && end - from >= 2) state.Add(p, from, end, EntityKinds.Organization, null, null);
                i = Math.Max(i, end - 1);
                continue;
            }
            if (!IsOrganizationHead(token) || token.Folded.StartsWith("لل", StringComparison.Ordinal) || state.InRole(p, i)) continue;
            var (start, stripped) = WithoutProclitic(token);
            var head = EntityLexicon.Head(stripped ? token.Folded.Substring(1) : token.Folded); // والقوات: القوات
            var q = i + 1;
            // وزارة الزراعة: a ministry's domain, a definite noun, is the first word of its name.
            if (q < tokens.Count && tokens[q].IsWord && EntityLexicon.DomainOrganizationHeads.Contains(head)
                && PersonNames.IsDefinite(tokens[q].Folded) && !SegmentLexicon.FunctionWords.Contains(tokens[q].Folded) && !state.InsideMarks(p, q)) q++;
            while (q < tokens.Count && q - i <= MaxOrganizationQualifiers && tokens[q].IsWord && !state.InsideMarks(p, q) && IsQualifier(tokens, q))
            {
                q++;
            }
            if (q - i < 2) continue;
            // Forces or a command and common adjectives (القوات الخاصة, القيادة الوطنية) are a description, not a name,
            // unless a qualifier names a place or a nation (القوات الفرنسية) or the tagger reads a name there: the
            // description is tentative, an organisation only where the lexicon or another article names it so.
            var offset = state.Paragraphs[p].Offset;
            var descriptive = state.Tagged && EntityLexicon.DescriptiveOrganizationHeads.Contains(head)
                && !Enumerable.Range(i + 1, q - i - 1).Any(t => NamesPlaceOrNation(tokens, t))
                && !state.TaggedAt(EntityKinds.Organization, offset + start, offset + tokens[q - 1].End);
            state.AddAt(p, start, tokens[q - 1].End, EntityKinds.Organization, null, null, tier: descriptive ? FoundBy.Guess : FoundBy.Rule, tentative: descriptive);
            i = q - 1;
        }
    }

    private static void Places(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        var text = state.Paragraphs[p].Text;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            if (IsPlace(tokens, i, out var words, out var form))
            {
                // تركياً with tanween is the adjective "Turkish" (وفداً تركياً); a place's name takes none.
                var adjective = tokens[i + words - 1].Text.EndsWith("\u064B", StringComparison.Ordinal) || tokens[i + words - 1].Text.EndsWith("اً", StringComparison.Ordinal);
                if (!adjective && (!EntityLexicon.IsLatin(tokens[i].Folded) || char.IsUpper(tokens[i].Text[0])))
                {
                    // بالرياض → الرياض; للعراق is ل with العراق, whose alef the spelling drops: the name is العراق.
                    var start = tokens[i].Start + (form == FirstWordForm.Proclitic ? 1 : 0);
                    var end = tokens[i + words - 1].End;
                    var written = text.Substring(start, end - start);
                    // With the tagger, a listed name of one word is a guess (Washington is as often a person), one of more
                    // words (الضفة الغربية) as sure as the tagger's own.
                    var tier = !state.Tagged ? FoundBy.Rule : words > 1 ? FoundBy.Tagger : FoundBy.Guess;
                    state.AddAt(p, start, end, EntityKinds.Place, form == FirstWordForm.LamLam ? "ال" + written.Substring(2) : null, null, tier: tier);
                }
                i += words - 1;
                continue;
            }
            // في صفاقس, بصفاقس: a town of the gazetteer (not of the short list) after a preposition of place, when the
            // gazetteer knows the word as no person's name: a guess the tagger's reading outranks.
            if (state.Tagged && GazetteerPlaceAfterPreposition(tokens, i) is int procliticLength)
            {
                state.AddAt(p, tokens[i].Start + procliticLength, tokens[i].End, EntityKinds.Place, null, null, tier: FoundBy.Guess);
                continue;
            }
            // مدينة حمص: the word after a place noun, when it is no function word or adjective. A place noun with the article
            // (في المدينة, في العاصمة يوم الخميس) stands alone as often as not: only العاصمة takes a name after it there
            // (العاصمة نيامي). What follows "in the city" is as often the time, a verb or a complement (في المدينة سيبدأ,
            // بمشاركة), none of which is a name.
            if (EntityLexicon.PlaceNouns.Contains(EntityLexicon.Head(tokens[i].Folded)) && i + 1 < tokens.Count && tokens[i + 1].IsWord && !IsPlace(tokens, i + 1, out _))
            {
                var next = tokens[i + 1];
                if (PersonNames.IsDefinite(tokens[i].Folded) && !EntityLexicon.NamedPlaceNouns.Contains(tokens[i].Folded)) continue;
                if (PersonNames.IsDefinite(next.Folded) || SegmentLexicon.FunctionWords.Contains(next.Folded) || EntityLexicon.IsEmphatic(next.Folded) || EntityLexicon.IsLatin(next.Folded) != EntityLexicon.IsLatin(tokens[i].Folded)) continue;
                if (!EntityLexicon.IsLatin(next.Folded) && (EntityLexicon.TimeWords.Contains(next.Folded) || PersonNames.IsVerb(next.Folded) || PersonNames.IsPrepositional(next.Folded)
                    || EntityLexicon.EventNouns.Contains(ArabicWords.Key(next.Folded)))) continue;
                if (EntityLexicon.IsLatin(next.Folded) && !char.IsUpper(next.Text[0])) continue;
                state.Add(p, i + 1, i + 2, EntityKinds.Place, null, null, tier: state.Tagged ? FoundBy.Guess : FoundBy.Rule);
                i++;
            }
        }
    }

    /// <summary>
    /// Runs the tagger (<see cref="NameTagger"/>) over the article's sentences, in order, so that the rules can ask it where
    /// a name is (<see cref="State.TaggedPersonAt"/>). Nothing when there is no model for the article's language.
    /// </summary>
    private static void Tag(State state)
    {
        var sentences = new List<NameToken[]>();
        var paragraphOf = new List<int>();
        for (var p = 0; p < state.Paragraphs.Count; p++)
        {
            foreach (var sentence in NameSentences.Of(state.Paragraphs[p].Text, state.Paragraphs[p].Tokens))
            {
                sentences.Add(sentence);
                paragraphOf.Add(p);
            }
        }
        if (!NameTagger.HasModel(sentences)) return;
        state.Tagged = true;
        foreach (var name in NameTagger.Tag(sentences))
        {
            var kind = NameLabels.KindOf(name.Type);
            if (kind is null) continue;
            var p = paragraphOf[name.Sentence];
            var tokens = sentences[name.Sentence];
            var from = name.From;
            // A given name of the list right before a person the tagger found is that person's first name: the tagger
            // may read a given name that is also a common word (كريم, "generous") as none (كريم العتيبي).
            if (kind == EntityKinds.Person && from > 0 && IsArabicGivenName(tokens[from - 1].Folded)) from--;
            var start = tokens[from].Start + ProcliticLength(tokens[from].Folded);
            var end = tokens[name.To - 1].End;
            if (end > start) state.TaggedNames.Add((p, start, end, kind, name.To - from));
        }
    }

    /// <summary>
    /// The tagger's names as mentions: people without a role, organisations and places by their context. A family name
    /// alone is the person the article last named so (<see cref="State.LatestPersonNamed"/>).
    /// </summary>
    private static void AddTagged(State state)
    {
        foreach (var (p, start, end, kind, words) in state.TaggedNames)
        {
            var text = state.Paragraphs[p].Text;
            // تركياً, with tanween, is the adjective "Turkish" (وفداً تركياً): a name takes none.
            if (kind != EntityKinds.Person && (text[end - 1] == '\u064B' || text.Substring(start, end - start).EndsWith("اً", StringComparison.Ordinal))) continue;
            // One word with a verb's prefix (سيبدأ, يؤكد) that the gazetteer does not know (يافا) is a verb.
            var folded = ArabicFolding.Fold(text.Substring(start, end - start));
            if (words == 1 && PersonNames.IsVerb(folded) && Gazetteer.KindsOf(folded) == 0) continue;
            string? resolved = null;
            if (kind == EntityKinds.Person && words == 1)
            {
                var here = state.Paragraphs[p].Offset + start;
                resolved = state.LatestPersonNamed(ArabicWords.Key(ArabicFolding.Fold(text.Substring(start, end - start))), here)?.Name;
            }
            else if (kind == EntityKinds.Organization && words == 1 && state.OrganizationOfAcronym(ArabicWords.Key(ArabicFolding.Fold(text.Substring(start, end - start)))) is { } expansion)
            {
                resolved = expansion; // the RSF, after the Rapid Support Forces (RSF)
            }
            else if (kind != EntityKinds.Person && text.Substring(start, end - start).StartsWith("لل", StringComparison.Ordinal))
            {
                resolved = "ال" + text.Substring(start + 2, end - start - 2); // للأمم المتحدة names الأمم المتحدة
            }
            state.AddAt(p, start, end, kind, resolved, null, tier: FoundBy.Tagger);
            // A person named by one word (فيلاندروفسكي, Okonjo) is that person wherever the article names them again.
            if (kind == EntityKinds.Person && words == 1 && resolved is null)
            {
                var written = text.Substring(start, end - start);
                var key = ArabicWords.Key(folded);
                if (key.Length >= 3 && !EntityLexicon.GivenNames.Contains(folded))
                    state.KnownPeople.Add(new KnownPerson(written, string.Empty, key, state.Paragraphs[p].Offset + start));
            }
        }
    }

    /// <summary>
    /// A given name of the list and a nisba family name after it (لكريم العتيبي, ومحمد الشمري) where the tagger found
    /// nothing: a person, as a guess. The nisba of a country (محمد المصري is as often "the Egyptian Muhammad") and a
    /// given name that is also a word of the sentence's grammar are left out.
    /// </summary>
    private static void GivenAndFamilyNames(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !tokens[i + 1].IsWord || state.IsFound(p, i) || state.IsFound(p, i + 1) || EntityLexicon.IsLatin(tokens[i].Folded)) continue;
            var folded = tokens[i].Folded;
            var proclitic = GivenNameProclitic(folded);
            if (proclitic < 0 || SegmentLexicon.FunctionWords.Contains(folded)) continue;
            var family = tokens[i + 1].Folded;
            if (!PersonNames.IsDefinite(family) || !family.EndsWith("ي", StringComparison.Ordinal) || family.Length < 5
                || SegmentLexicon.FunctionWords.Contains(family) || Gazetteer.IsNisbaOfCountry(ArabicWords.Key(family))) continue;
            state.AddAt(p, tokens[i].Start + proclitic, tokens[i + 1].End, EntityKinds.Person, null, null, tier: FoundBy.Guess);
            i++;
        }
    }

    /// <summary>An Arabic given name of the list, with a proclitic or not (كريم, لكريم), that is no word of the grammar.</summary>
    private static bool IsArabicGivenName(string folded) =>
        !EntityLexicon.IsLatin(folded) && !SegmentLexicon.FunctionWords.Contains(folded) && GivenNameProclitic(folded) >= 0;

    /// <summary>How many letters before a given name of the list are a proclitic: 0 (كريم), 1 (لكريم, وكريم), or -1 when the word is none.</summary>
    private static int GivenNameProclitic(string folded) =>
        EntityLexicon.GivenNames.Contains(folded) ? 0
        : folded.Length > 3 && "وبلف".IndexOf(folded[0]) >= 0 && EntityLexicon.GivenNames.Contains(folded.Substring(1)) ? 1 : -1;

    /// <summary>Whether the word at <paramref name="start"/> is a given name or a word of people's names the gazetteer knows.</summary>
    private static bool StartsWithKnownName(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !char.IsPunctuation(text[end])) end++;
        var folded = ArabicFolding.Fold(text.Substring(start, end - start));
        if (EntityLexicon.GivenNames.Contains(folded)) return true;
        var kinds = Gazetteer.KindsOf(folded);
        if (kinds == 0 && ProcliticLength(folded) == 1) kinds = Gazetteer.KindsOf(folded.Substring(1));
        if (kinds == 0) kinds = Gazetteer.KindsOf(ArabicWords.Key(folded)); // السلامة: the family name سلامة
        return (kinds & Gazetteer.PersonKinds) != 0;
    }

    /// <summary>
    /// How many letters of a name's first word are a proclitic (و ب ل ف ك): one when what follows is a name the gazetteer
    /// knows or takes the article (وبغداد, بالرياض) and the word as written is not itself one (وليد, فراس).
    /// </summary>
    private static int ProcliticLength(string folded)
    {
        if (folded.Length < 4 || "وبلفك".IndexOf(folded[0]) < 0 || folded.StartsWith("لل", StringComparison.Ordinal)) return 0;
        if (Gazetteer.KindsOf(folded) != 0) return 0;
        var rest = folded.Substring(1);
        return rest.StartsWith("ال", StringComparison.Ordinal) || Gazetteer.KindsOf(rest) != 0
            || EntityLexicon.PlaceNouns.Contains(rest) || EntityLexicon.OrganizationHeads.Contains(rest) ? 1 : 0; // بإقليم كردستان
    }

    /// <summary>Later mentions of what the article has named: a person's family name, an organisation's acronym or name.</summary>
    private static void Repeats(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || state.IsFound(p, i)) continue;
            var key = ArabicWords.Key(tokens[i].Folded);
            // The latest person of that family name named before here (خالد العمري …، سامي العمري …، وأضاف العمري: سامي).
            var here = state.Paragraphs[p].Offset + tokens[i].Start;
            var latest = state.LatestPersonNamed(key, here);
            foreach (var person in latest is null ? Enumerable.Empty<KnownPerson>() : new[] { latest })
            {
                // A family name followed by an adjective is a common noun (السلامة العامة).
                if (i + 1 < tokens.Count && tokens[i + 1].IsWord && PersonNames.IsDefinite(tokens[i + 1].Folded) && !state.IsFound(p, i + 1)) break;
                var from = i > 0 && tokens[i - 1].IsWord && ArabicWords.Key(tokens[i - 1].Folded) == person.GivenKey ? i - 1 : i;
                state.Add(p, from, i + 1, EntityKinds.Person, person.Name, null);
                break;
            }
            foreach (var (name, acronymKey, nameWords) in state.KnownOrganizations)
            {
                if (acronymKey is not null && key == acronymKey)
                {
                    state.Add(p, i, i + 1, EntityKinds.Organization, name, null);
                    break;
                }
                if (nameWords.Count == 0 || i + nameWords.Count > tokens.Count) continue;
                var matches = true;
                for (var w = 0; w < nameWords.Count && matches; w++) matches = tokens[i + w].IsWord && ArabicWords.Key(tokens[i + w].Folded) == nameWords[w];
                if (!matches) continue;
                var (start, _) = WithoutProclitic(tokens[i]);
                state.AddAt(p, start, tokens[i + nameWords.Count - 1].End, EntityKinds.Organization, name, null);
                i += nameWords.Count - 1;
                break;
            }
        }
    }

    /// <summary>
    /// What qualifies an organisation's head: an office (الخارجية), a place (سوريا), or an adjective of origin, which
    /// Arabic forms with ي (السعودية, الدولي, الديمقراطية). Other definite words after a head are its verb's object
    /// (سلّط التحالف الضوء), not its name.
    /// </summary>
    private static bool IsQualifier(List<ProseToken> tokens, int q)
    {
        var folded = tokens[q].Folded;
        // وال opens a second phrase; إلى is folded الي and would pass for a definite nisba.
        if (folded.StartsWith("وال", StringComparison.Ordinal) || SegmentLexicon.FunctionWords.Contains(folded)) return false;
        if (EntityLexicon.RoleWords.Contains(EntityLexicon.Head(folded)) || IsPlace(tokens, q, out _)) return true;
        return PersonNames.IsDefinite(folded) && (folded.EndsWith("ي", StringComparison.Ordinal) || folded.EndsWith("يه", StringComparison.Ordinal)
            || folded.EndsWith("يين", StringComparison.Ordinal) || folded.EndsWith("يون", StringComparison.Ordinal));
    }

    /// <summary>
    /// The length of the proclitic (0 or 1) of an Arabic word that the gazetteer has as a country, region or large city and as
    /// no person's name, after a preposition of place (في صفاقس, إلى أسيوط) or with ب (بصفاقس); null otherwise.
    /// </summary>
    private static int? GazetteerPlaceAfterPreposition(List<ProseToken> tokens, int i)
    {
        var folded = tokens[i].Folded;
        if (folded.Length < 3 || EntityLexicon.IsLatin(folded) || SegmentLexicon.FunctionWords.Contains(folded)) return null;
        var afterPreposition = i > 0 && tokens[i - 1].IsWord && EntityLexicon.PlacePrepositions.Contains(tokens[i - 1].Folded);
        if (afterPreposition && IsGazetteerPlace(folded)) return 0;
        if (folded.Length > 3 && folded[0] == 'ب' && !folded.StartsWith("بال", StringComparison.Ordinal) && IsGazetteerPlace(folded.Substring(1))) return 1;
        return null;
    }

    /// <summary>
    /// A name of the gazetteer's named kinds and none of a person, and no common word that is a place somewhere: a
    /// direction (جنوب), a noun of places or organisations (مركز), a word with the article (الوحدة, العاصمة; the places
    /// that take one are in the short list already).
    /// </summary>
    private static bool IsGazetteerPlace(string folded)
    {
        var kinds = Gazetteer.KindsOf(folded);
        return (kinds & Gazetteer.NamedPlaceKinds) != 0 && (kinds & Gazetteer.PersonKinds) == 0 && !EntityLexicon.GivenNames.Contains(folded)
            && !EntityLexicon.Directions.Contains(folded) && !PersonNames.IsDefinite(folded) && !EntityLexicon.PlaceNouns.Contains(folded) && !EntityLexicon.OrganizationHeads.Contains(folded);
    }

    /// <summary>A qualifier that names: a place of the gazetteer, or a nation's adjective (السورية, الفرنسية).</summary>
    private static bool NamesPlaceOrNation(List<ProseToken> tokens, int q) =>
        IsPlace(tokens, q, out _) || Gazetteer.IsNisbaOfCountry(ArabicWords.Key(tokens[q].Folded));

    /// <summary>How a place's first word is written: as the gazetteer has it, with a proclitic (بالرياض), or ل with the article (للعراق).</summary>
    private enum FirstWordForm { AsListed, Proclitic, LamLam }

    /// <summary>
    /// An English acronym alone (the SDF, RSF): a tentative organisation, which the link stage keeps only if an article
    /// spells it out. Two to six capitals; not a place's (US, UK).
    /// </summary>
    private static void LatinAcronyms(State state, int p)
    {
        var tokens = state.Paragraphs[p].Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || state.IsFound(p, i) || !EntityLexicon.IsLatin(tokens[i].Folded) || !IsAcronymShape(tokens[i])) continue;
            if (EntityLexicon.PlaceSet.Contains(tokens[i].Folded)) continue;
            var paragraph = state.Paragraphs[p];
            state.Found.Add(new Found(paragraph.Offset + tokens[i].Start, paragraph.Offset + tokens[i].End, EntityKinds.Organization, null, new List<string>(), null, Tentative: true, Tier: FoundBy.Guess));
        }
    }

    /// <summary>The gazetteer's longest entry at <paramref name="i"/>, with a proclitic on its first word allowed (بالرياض, وسوريا, للعراق).</summary>
    private static bool IsPlace(List<ProseToken> tokens, int i, out int words) => IsPlace(tokens, i, out words, out _);

    private static bool IsPlace(List<ProseToken> tokens, int i, out int words, out FirstWordForm form)
    {
        form = FirstWordForm.AsListed;
        words = 0;
        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord) return false;
        // The first word as listed, with ل and the article fused (للعراق for العراق), or with a proclitic (بالرياض).
        var folded = tokens[i].Folded;
        var lamLam = folded.Length > 3 && folded.StartsWith("لل", StringComparison.Ordinal) ? "ال" + folded.Substring(2) : null;
        var proclitic = folded.Length > 3 && "وبلفك".IndexOf(folded[0]) >= 0 ? folded.Substring(1) : null;
        var most = Math.Max(PlaceWords(folded), Math.Max(PlaceWords(lamLam), PlaceWords(proclitic)));
        for (words = Math.Min(Math.Min(most, MaxPlaceWords), tokens.Count - i); words >= 1; words--)
        {
            var all = true;
            for (var w = 1; w < words && all; w++) all = tokens[i + w].IsWord;
            if (!all) continue;
            var rest = words == 1 ? string.Empty : RestOfName(tokens, i, words);
            form = FirstWordForm.AsListed;
            if (PlaceWords(folded) >= words && EntityLexicon.PlaceSet.Contains(folded + rest)) return true;
            form = FirstWordForm.LamLam;
            if (PlaceWords(lamLam) >= words && EntityLexicon.PlaceSet.Contains(lamLam + rest)) return true;
            form = FirstWordForm.Proclitic;
            if (PlaceWords(proclitic) >= words && EntityLexicon.PlaceSet.Contains(proclitic + rest)) return true;
        }
        words = 0;
        form = FirstWordForm.AsListed;
        return false;
    }

    /// <summary>The longest gazetteer entry looked for: four words (الولايات المتحدة الأمريكية, جمهورية الكونغو الديمقراطية).</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>The most words of a gazetteer entry that starts with <paramref name="firstWord"/>, or 0.</summary>
    private static int PlaceWords(string? firstWord) =>
        firstWord is not null && EntityLexicon.PlaceWordsByFirstWord.TryGetValue(firstWord, out var most) ? most : 0;

    /// <summary>" w2 w3 …": the folded words after the first of a name of <paramref name="words"/> words at <paramref name="i"/>.</summary>
    private static string RestOfName(List<ProseToken> tokens, int i, int words)
    {
        var rest = new System.Text.StringBuilder();
        for (var w = 1; w < words; w++) rest.Append(' ').Append(tokens[i + w].Folded);
        return rest.ToString();
    }

    /// <summary>Where a name starts once a conjunction or preposition joined to its first word is left out.</summary>
    private static (int Start, bool Stripped) WithoutProclitic(ProseToken token)
    {
        var folded = token.Folded;
        if (folded.Length > 3 && "وبلفك".IndexOf(folded[0]) >= 0 && !folded.StartsWith("لل", StringComparison.Ordinal)
            && (folded.Substring(1).StartsWith("ال", StringComparison.Ordinal) || EntityLexicon.OrganizationHeads.Contains(EntityLexicon.Head(folded.Substring(1)))
                || EntityLexicon.PlaceSet.Contains(folded.Substring(1))))
        {
            return (token.Start + 1, true);
        }
        return (token.Start, false);
    }

    private static bool ProcliticBeforeTitle(ProseToken token) =>
        token.Folded.Length > 3 && "وفلب".IndexOf(token.Folded[0]) >= 0 && !EntityLexicon.Titles.Contains(EntityLexicon.Head(token.Folded))
        && EntityLexicon.Titles.Contains(EntityLexicon.Head(token.Folded.Substring(1)));

    private static bool IsOrganizationHead(ProseToken token)
    {
        if (!token.IsWord) return false;
        var head = EntityLexicon.Head(token.Folded);
        if (EntityLexicon.OrganizationHeads.Contains(head)) return true;
        return token.Folded.Length > 3 && "وبل".IndexOf(token.Folded[0]) >= 0 && EntityLexicon.OrganizationHeads.Contains(EntityLexicon.Head(token.Folded.Substring(1)));
    }

    private static bool IsNameWordBefore(List<ProseToken> tokens, int i) =>
        tokens[i - 1].IsWord && char.IsUpper(tokens[i - 1].Text[0]);

    /// <summary>An acronym: 2 to 5 Arabic letters without the article (قسد), or 2 to 6 Latin capitals (SDF).</summary>
    private static bool IsAcronymShape(ProseToken token)
    {
        var text = token.Text;
        if (EntityLexicon.IsLatin(token.Folded)) return text.Length is >= 2 and <= 6 && text.All(char.IsUpper);
        return token.Folded.Length is >= 2 and <= 5 && !token.Folded.StartsWith("ال", StringComparison.Ordinal) && token.Folded.All(char.IsLetter);
    }

    /// <summary>
    /// The start of the words before <paramref name="end"/> whose initials spell <paramref name="acronym"/>, function words
    /// between them allowed (Organisation of the Petroleum Exporting Countries, OPEC); null when none do.
    /// </summary>
    private static int? ExpansionBefore(List<ProseToken> tokens, int end, string acronym)
    {
        var letters = acronym.ToLowerInvariant();
        var l = letters.Length - 1;
        var skipped = 0;
        for (var i = end - 1; i >= 0 && l >= 0; i--)
        {
            if (!tokens[i].IsWord) return null;
            if (Initials(tokens[i].Folded).Contains(letters[l])) { l--; if (l < 0) return i; continue; }
            if (++skipped > MaxSkippedInExpansion || !(SegmentLexicon.FunctionWords.Contains(tokens[i].Folded) || tokens[i].Folded is "ل" or "لـ")) return null;
        }
        return null;
    }

    /// <summary>The letters a word can give an acronym: its first, without the article, and without a proclitic (وقوات → ق).</summary>
    private static IEnumerable<char> Initials(string folded)
    {
        var head = EntityLexicon.Head(folded);
        if (head.Length > 0) yield return head[0];
        if (folded.Length > 3 && "وبلفك".IndexOf(folded[0]) >= 0) yield return EntityLexicon.Head(folded.Substring(1))[0];
    }

    /// <summary>A mention found, before overlaps are settled: <see cref="Tier"/> says whose word counts most.</summary>
    private sealed record Found(int Start, int End, string Kind, string? Name, List<string> Roles, string? Acronym, bool Tentative = false, FoundBy Tier = FoundBy.Rule);

    /// <summary>Who found a mention, the surest first: a rule of the article's words (a role, an acronym spelled out, a
    /// speaker), the tagger, a guess.</summary>
    private enum FoundBy { Rule, Tagger, Guess }

    private sealed record KnownPerson(string Name, string GivenKey, string FamilyKey, int Offset);

    private sealed class State
    {
        private readonly List<MarkedSpan> _spans;
        private readonly Dictionary<TokenAt, int> _close = new();
        private readonly Dictionary<TokenAt, int> _open = new();
        private readonly List<bool[]> _inside = new();
        private readonly List<bool[]> _found = new();
        private readonly List<bool[]> _role = new();

        public State(IReadOnlyList<ProseParagraph> paragraphs)
        {
            Paragraphs = paragraphs;
            _spans = QuoteMarks.Pair(paragraphs);
            foreach (var paragraph in paragraphs)
            {
                _inside.Add(new bool[paragraph.Tokens.Count]);
                _found.Add(new bool[paragraph.Tokens.Count]);
                _role.Add(new bool[paragraph.Tokens.Count]);
            }
            foreach (var span in _spans)
            {
                if (span.Close is not { } close || close.Paragraph != span.Open.Paragraph) continue;
                _close[span.Open] = close.Token;
                _open[close] = span.Open.Token;
                for (var t = span.Open.Token + 1; t < close.Token; t++) _inside[close.Paragraph][t] = true;
            }
        }

        public IReadOnlyList<ProseParagraph> Paragraphs { get; }

        /// <summary>Whether the tagger read the article (there is a model for its language).</summary>
        public bool Tagged { get; set; }

        /// <summary>The tagger's names: paragraph, span in its text, kind, words.</summary>
        public List<(int Paragraph, int Start, int End, string Kind, int Words)> TaggedNames { get; } = new();

        /// <summary>The end (in the file's text) of the tagger's person that overlaps [start, end), or null.</summary>
        public int? TaggedPersonAt(int start, int end)
        {
            foreach (var (p, from, to, kind, _) in TaggedNames)
            {
                var offset = Paragraphs[p].Offset;
                if (kind == EntityKinds.Person && offset + from < end && start < offset + to) return offset + to;
            }
            return null;
        }

        /// <summary>Whether the tagger has a name of <paramref name="kind"/> that overlaps [start, end) of the file's text.</summary>
        public bool TaggedAt(string kind, int start, int end)
        {
            foreach (var (p, from, to, taggedKind, _) in TaggedNames)
            {
                var offset = Paragraphs[p].Offset;
                if (taggedKind == kind && offset + from < end && start < offset + to) return true;
            }
            return false;
        }

        public List<Found> Found { get; } = new();

        public List<KnownPerson> KnownPeople { get; } = new();

        /// <summary>The organisations the article has named, with the keys of their acronym and words, worked out once.</summary>
        public List<(string Name, string? AcronymKey, List<string> NameWords)> KnownOrganizations { get; } = new();

        public void AddKnownOrganization(string name, string? acronym) =>
            KnownOrganizations.Add((name, acronym is null ? null : ArabicWords.Key(ArabicFolding.Fold(acronym)),
                ArabicWords.Split(ArabicFolding.Fold(name)).Select(ArabicWords.Key).ToList()));

        /// <summary>The name of the organisation the article gave this acronym (by its key), or null.</summary>
        public string? OrganizationOfAcronym(string key)
        {
            foreach (var (name, acronymKey, _) in KnownOrganizations) if (acronymKey == key) return name;
            return null;
        }

        /// <summary>
        /// The person of family name <paramref name="familyKey"/> named last before <paramref name="offset"/>, else the
        /// first one named after it, else null.
        /// </summary>
        public KnownPerson? LatestPersonNamed(string familyKey, int offset)
        {
            KnownPerson? before = null, first = null;
            foreach (var person in KnownPeople)
            {
                if (person.FamilyKey != familyKey) continue;
                if (person.Offset < offset && (before is null || person.Offset > before.Offset)) before = person;
                if (first is null || person.Offset < first.Offset) first = person;
            }
            return before ?? first;
        }

        public bool InsideMarks(int p, int t) => _inside[p][t];

        public bool IsFound(int p, int t) => _found[p][t];

        /// <summary>Marks tokens [from, to) as a person's role: an organisation named in a role is part of it.</summary>
        public void MarkRole(int p, int from, int to)
        {
            for (var t = from; t < to; t++) _role[p][t] = true;
        }

        public bool InRole(int p, int t) => _role[p][t];

        public Func<int, int?> CloseOf(int p) => t => _close.TryGetValue(new TokenAt(p, t), out var close) ? close : null;

        public int? OpenOf(int p, int closeToken) => _open.TryGetValue(new TokenAt(p, closeToken), out var open) ? open : null;

        /// <summary>A mention of tokens [from, to) of paragraph <paramref name="p"/>.</summary>
        public void Add(int p, int from, int to, string kind, string? name, List<string>? roles, string? acronym = null, FoundBy tier = FoundBy.Rule)
        {
            var tokens = Paragraphs[p].Tokens;
            AddAt(p, tokens[from].Start, tokens[to - 1].End, kind, name, acronym, roles, tier);
        }

        /// <summary>A mention of characters [start, end) of paragraph <paramref name="p"/>'s text.</summary>
        public void AddAt(int p, int start, int end, string kind, string? name, string? acronym, List<string>? roles = null, FoundBy tier = FoundBy.Rule,
            bool tentative = false)
        {
            var paragraph = Paragraphs[p];
            var tokens = paragraph.Tokens;
            for (var t = 0; t < tokens.Count; t++) if (tokens[t].Start < end && tokens[t].End > start) _found[p][t] = true;
            Found.Add(new Found(paragraph.Offset + start, paragraph.Offset + end, kind, name, roles ?? new List<string>(), acronym, tentative, tier));
            if (kind != EntityKinds.Person || name is not null) return;
            var words = ArabicWords.Split(ArabicFolding.Fold(paragraph.Text.Substring(start, end - start))).ToList();
            if (words.Count < 2) return;
            var family = ArabicWords.Key(words[words.Count - 1]);
            // A family name that is also a given name (عمرو أحمد) would find the person in every أحمد: such names are not looked for alone.
            if (family.Length >= 3 && !EntityLexicon.GivenNames.Contains(words[words.Count - 1]))
                KnownPeople.Add(new KnownPerson(paragraph.Text.Substring(start, end - start), ArabicWords.Key(words[0]), family, paragraph.Offset + start));
        }
    }
}
