using System;
using System.Linq;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CsCheck;
using static CorpusSdk.Tests.Check.CheckCorpus;

namespace CorpusSdk.Tests.Check;

/// <summary>
/// The cross-source checks on the shapes real news gives them: CORPUS205 on long partial quotes compared on stems,
/// CORPUS203 on transliterations one vowel run apart and on initials, and the name-word matching beneath them
/// (<see cref="NameMatching.SameWord"/>, <see cref="NameMatching.Skeleton(string, bool)"/>). Articles written for the tests.
/// </summary>
public class FramedCheckTests
{
    // ----- CORPUS205: long partial quotes -----

    private static string Partial(string words) =>
        "وقال مدير الدفاع المدني سامر خليل في مؤتمر صحفي إن \"" + words + "\".";

    private const string AlarmRemoved = "صاحب القاعة سحب جهاز الإنذار من الجدار قبل أسبوعين من الحريق بسبب أعطال متكررة في الأسلاك";
    private const string AlarmTakenDown = "صاحب المبنى نزع جهاز الإنذار من الجدار قبل أسبوعين من الحريق بسبب أعطال كثيرة في الأسلاك";

    [Fact]
    public void A_long_partial_quote_of_one_speaker_at_one_press_conference_in_other_words_is_CORPUS205()
    {
        var files = new[]
        {
            ("a.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026", Partial(AlarmRemoved))),
            ("b.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026", Partial(AlarmTakenDown))),
        };
        var corpus = LinkFiles(files);

        Assert.All(corpus.Articles, a => Assert.Equal(QuoteKinds.Partial, a.Article.Quotes.Single().Kind));
        var finding = Assert.Single(Findings(corpus, "CORPUS205"));
        Assert.Equal(("b.txt", "a.txt"), (finding.File, finding.Related.Single().File));
        Assert.Equal(AlarmTakenDown, Spanned(files, "b.txt", finding.Span));
        Assert.StartsWith("Sources quote سامر خليل on the same occasion in different words:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_quotes_that_differ_only_in_word_endings_are_no_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026",
                Partial("صاحب القاعة أغلق المدخل الرئيس للقاعة قبل أسبوعين من الحريق بسبب أعمال الصيانة في الأسلاك"))),
            ("b.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026",
                Partial("صاحب القاعة أغلق المدخل الرئيسي للقاعة قبل أسبوعين من الحريق بسبب أعمال الصيانة في الأسلاك"))));

        Assert.Equal(2, corpus.Articles.Sum(a => a.Article.Quotes.Count(q => q.Kind == QuoteKinds.Partial)));
        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    [Fact]
    public void Short_partial_quotes_in_other_words_are_an_outlets_choice_and_no_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026", Partial("صاحب القاعة سحب جهاز الإنذار"))),
            ("b.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026", Partial("صاحب المبنى نزع جهاز الإنذار"))));

        Assert.All(corpus.Articles, a => Assert.True(CorpusSdk.Extraction.Check.TextSimilarity.ContentWords(a.Article.Quotes.Single().Text).Count < CorpusSdk.Extraction.Check.CrossSourceChecks.MinPartialWords));
        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    [Fact]
    public void Long_partial_quotes_in_other_words_at_press_conferences_two_days_apart_are_no_CORPUS205()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("حريق القاعة", "الإثنين 2 مارس 2026", Partial(AlarmRemoved))),
            ("b.txt", Article("حريق القاعة", "الأربعاء 4 مارس 2026", Partial(AlarmTakenDown))));

        Assert.Empty(Findings(corpus, "CORPUS205"));
    }

    // ----- CORPUS203: one vowel run apart, initials -----

    [Fact]
    public void A_family_name_transliterated_one_vowel_run_apart_in_two_articles_is_one_person_and_CORPUS203()
    {
        var files = new[]
        {
            ("a.txt", Article("Flood near Tervola", "Monday 2 March 2026", "\"The water rose in minutes,\" district magistrate Ravi Bhaumik said on Monday near Tervola.")),
            ("b.txt", Article("Flood near Tervola", "Monday 2 March 2026", "\"Teams are on their way,\" district magistrate Ravi Bhowmik said on Monday near Tervola.")),
        };
        var corpus = LinkFiles(files);

        var person = Assert.Single(corpus.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Equal(new[] { "Ravi Bhaumik", "Ravi Bhowmik" }, person.Spellings.Select(s => s.Text).OrderBy(t => t, StringComparer.Ordinal));
        var finding = Assert.Single(Findings(corpus, "CORPUS203"));
        Assert.Equal("Ravi Bhaumik is spelled differently: Ravi Bhaumik (A:5); Ravi Bhowmik (B:5)", finding.Message);
    }

    [Fact]
    public void Names_two_vowel_runs_apart_are_two_people_and_no_CORPUS203()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("Flood near Tervola", "Monday 2 March 2026", "\"The water rose in minutes,\" district magistrate Ravi Martin said on Monday near Tervola.")),
            ("b.txt", Article("Flood near Tervola", "Monday 2 March 2026", "\"Teams are on their way,\" district magistrate Ravi Morton said on Monday near Tervola.")));

        Assert.Equal(2, corpus.Entities.Count(e => e.Kind == EntityKinds.Person));
        Assert.Empty(Findings(corpus, "CORPUS203"));
    }

    [Fact(Skip = "bug: English initials after a lower-case role are not read as a person: \"chief engineer S P Bhaumik said\" / \"chief engineer SP Bhowmik told reporters\" give organizations \"Bhaumik\" and \"SP Bhowmik\", so no entity joins them and no CORPUS203")]
    public void Initials_written_apart_or_joined_with_a_one_vowel_run_family_name_are_CORPUS203()
    {
        var corpus = LinkFiles(
            ("a.txt", Article("Flood near Tervola", "Monday 2 March 2026", "The embankment near Tervola had been repaired, chief engineer S P Bhaumik said on Monday.")),
            ("b.txt", Article("Flood near Tervola", "Monday 2 March 2026", "The embankment near Tervola was weak, chief engineer SP Bhowmik told reporters on Monday.")));

        Assert.Single(corpus.Entities, e => e.Kind == EntityKinds.Person);
        Assert.Single(Findings(corpus, "CORPUS203"));
    }

    // ----- NameMatching -----

    [Theory]
    [InlineData("A M Bhaumik", new[] { "am", "bhaumik" })]
    [InlineData("AM Bhaumik", new[] { "am", "bhaumik" })]
    [InlineData("R K S Dhawan", new[] { "rks", "dhawan" })]
    // Two words: a single letter before a family name is no run of initials.
    [InlineData("A Bhaumik", new[] { "a", "bhaumik" })]
    public void Single_initials_opening_a_name_are_joined_into_one_word(string name, string[] words)
    {
        Assert.Equal(words, NameMatching.Words(name));
    }

    [Theory]
    [InlineData("S P Bhaumik", "SP Bhowmik")]
    [InlineData("A M Bhaumik", "AM Bhaumik")]
    [InlineData("Ravi Bhaumik", "Ravi Bhowmik")]
    public void Initials_apart_or_joined_and_one_vowel_run_spellings_are_one_person_both_ways(string a, string b)
    {
        Assert.True(NameMatching.SamePerson(NameMatching.Words(a), NameMatching.Words(b)));
        Assert.True(NameMatching.SamePerson(NameMatching.Words(b), NameMatching.Words(a)));
    }

    [Theory]
    [InlineData("chowdhary", "chaudhary")]
    [InlineData("bhaumik", "bhowmik")]
    [InlineData("ahmed", "ahmad")]
    [InlineData("mohanty", "mohanti")]
    public void Latin_words_one_vowel_run_apart_are_one_word(string a, string b)
    {
        Assert.True(NameMatching.SameWord(a, b));
        Assert.True(NameMatching.SameWord(b, a));
    }

    [Theory]
    [InlineData("martin", "morton")]
    [InlineData("bhaumik", "bhaumit")]
    [InlineData("ahmed", "ahmet")]
    // The first letter is never a vowel run to trade.
    [InlineData("arkin", "orkin")]
    // Four letters are too short for a vowel run apart.
    [InlineData("rana", "rena")]
    public void Latin_words_two_runs_or_a_consonant_apart_are_two_words(string a, string b)
    {
        Assert.False(NameMatching.SameWord(a, b));
        Assert.False(NameMatching.SameWord(b, a));
    }

    private const string LatinLetters = "abdehiklmnorstuwy";
    private const string ArabicLetters = "ابتدرسكلمنوي";

    /// <summary>A word of one script, and another made from it by an edit that SameWord may or may not forgive.</summary>
    private static Gen<(string, string)> Pairs(string letters)
    {
        var word = Gen.String[Gen.Char[letters], 1, 9];
        var vowels = letters == LatinLetters ? "aeiouwy" : "اوي";
        return Gen.Select(word, Gen.Int[0, 4], Gen.Int[0, 8], Gen.Char[vowels], Gen.Char[letters], (w, edit, at, vowel, letter) =>
        {
            var i = Math.Min(at, w.Length - 1);
            var other = edit switch
            {
                0 => w.Insert(i + 1 > w.Length ? w.Length : i + 1, vowel.ToString()),
                1 => w.Remove(i, 1).Insert(i, vowel.ToString()),
                2 => w.Insert(i, w[i].ToString()),
                3 => w.Remove(i, 1).Insert(i, letter.ToString()),
                _ => w,
            };
            return (w, other);
        });
    }

    [Fact]
    public void Skeleton_is_equal_whenever_SameWord_joins_two_Latin_words()
    {
        Pairs(LatinLetters).Sample((a, b) => !NameMatching.SameWord(a, b) || NameMatching.Skeleton(a, anyLength: true) == NameMatching.Skeleton(b, anyLength: true),
            iter: 5000, threads: 1);
    }

    [Fact]
    public void Skeleton_is_equal_whenever_SameWord_joins_two_Arabic_words()
    {
        Pairs(ArabicLetters).Sample((a, b) => !NameMatching.SameWord(a, b) || NameMatching.Skeleton(a, anyLength: true) == NameMatching.Skeleton(b, anyLength: true),
            iter: 5000, threads: 1);
    }

    [Theory]
    [InlineData("chowdhary", "chaudhary")]
    [InlineData("bhaumik", "bhowmik")]
    [InlineData("باراك", "براك")]
    public void Skeleton_of_words_SameWord_joins_is_equal_with_the_default_length_rule_too(string a, string b)
    {
        Assert.True(NameMatching.SameWord(a, b));
        Assert.Equal(NameMatching.Skeleton(a), NameMatching.Skeleton(b));
    }
}
