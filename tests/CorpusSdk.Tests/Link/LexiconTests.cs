using System.Linq;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Extraction.Read;

namespace CorpusSdk.Tests.Link;

/// <summary>The corpus lexicon: what a team curates wins over what discovery guesses; what is wrong in it is CORPUS008 at its line.</summary>
public class LexiconTests
{
    private const string Isis = """
        {
          "entities": [
            { "id": "isis", "name": "Islamic State", "kind": "organization",
              "spellings": ["تنظيم الدولة", "داعش", "تنظيم داعش"], "roles": ["جماعة مسلحة"] },
            { "id": "tom-barrack", "name": "Tom Barrack", "kind": "person", "spellings": ["توم باراك"] }
          ]
        }
        """;

    private static CorpusModel Corpus(CorpusLexicon lexicon, params (string File, string Text)[] files) =>
        ArticleLinker.Link(files.Select(f => ArticleExtractor.Extract(f.File, f.Text)), lexicon);

    [Fact]
    public void A_valid_lexicon_gives_its_entries_and_no_problem()
    {
        var lexicon = LexiconReader.Read("lexicon.json", Isis);

        Assert.Empty(lexicon.Problems);
        Assert.Equal(new[] { "isis", "tom-barrack" }, lexicon.Entries.Select(e => e.Id));
        Assert.Equal(new[] { "تنظيم الدولة", "داعش", "تنظيم داعش" }, lexicon.Entries[0].Spellings);
        Assert.Equal("Tom Barrack", lexicon.Entries[1].LatinName);
    }

    [Fact]
    public void Spellings_discovery_would_keep_apart_are_one_entity_with_the_lexicons_id_name_and_roles()
    {
        var corpus = Corpus(LexiconReader.Read("lexicon.json", Isis),
            ("a.txt", "هجوم جديد في الصحراء\n\nوقال المتحدث باسم الجيش إن تنظيم “داعش” شن هجوما على نقطة عسكرية في الصحراء.\n"),
            ("b.txt", "هجوم في البادية\n\nوأكد مصدر عسكري أن تنظيم الدولة يقف وراء الهجوم الذي استهدف دورية في البادية.\n"),
            ("c.txt", "المبعوث الأمريكي في دمشق\n\nوقال المبعوث الأمريكي توم برَاك إن واشنطن تدعم الحكومة السورية في مواجهة التنظيم.\n"));

        var isis = Assert.Single(corpus.Entities, e => e.Id == "isis");
        Assert.Equal(EntityKinds.Organization, isis.Kind);
        Assert.Equal("تنظيم الدولة", isis.Name);
        Assert.Equal("IslamicState", isis.Identifier);
        Assert.Equal(new[] { "A", "B" }, isis.Articles);
        Assert.Contains("جماعة مسلحة", isis.Roles);
        var barrack = Assert.Single(corpus.Entities, e => e.Id == "tom-barrack");
        Assert.Equal("TomBarrack", barrack.Identifier);
        Assert.Contains(barrack.Spellings, s => s.Text == "توم برَاك");
        Assert.Equal("tom-barrack", corpus.Articles.Single(a => a.Id == "C").QuoteEntity(0));
    }

    [Theory]
    [InlineData("{ \"entities\": [ { \"id\": \"isis\", \"kind\": \"organization\", \"spellings\": [\"داعش\"] ", 1, "'}' was expected")]
    [InlineData("{\n  \"entities\": [\n    { \"id\": \"Isis\", \"kind\": \"organization\", \"spellings\": [\"داعش\"] }\n  ]\n}", 3, "\"id\" is required")]
    [InlineData("{\n  \"entities\": [\n    { \"id\": \"isis\", \"kind\": \"group\", \"spellings\": [\"داعش\"] }\n  ]\n}", 3, "\"kind\" is required")]
    [InlineData("{\n  \"entities\": [\n    { \"id\": \"isis\", \"kind\": \"organization\", \"spellings\": [] }\n  ]\n}", 3, "\"spellings\" is required")]
    [InlineData("{\n  \"entities\": [\n    { \"id\": \"isis\", \"kind\": \"organization\",\n      \"spelling\": [\"داعش\"] }\n  ]\n}", 4, "unknown key \"spelling\"")]
    [InlineData("{\n  \"entities\": [\n    { \"id\": \"a\", \"kind\": \"place\", \"spellings\": [\"x\"] },\n    { \"id\": \"a\", \"kind\": \"place\", \"spellings\": [\"y\"] }\n  ]\n}", 4, "used twice")]
    [InlineData("[ 1, 2 ]", 1, "an object with an \"entities\" array")]
    public void Every_problem_is_CORPUS008_at_its_line_and_the_sound_entries_are_kept(string json, int line, string message)
    {
        var lexicon = LexiconReader.Read("lexicon.json", json);

        Assert.All(lexicon.Problems, p => Assert.Equal(("CORPUS008", "lexicon.json"), (p.Id, p.File)));
        Assert.Contains(lexicon.Problems, p => p.Span.StartLine == line && p.Message.Contains(message, System.StringComparison.Ordinal));
        Assert.DoesNotContain(lexicon.Entries, e => e.Spellings.Count == 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("{ \"entities\": [ { \"id\": \"x\", \"kind\": \"place\", \"spellings\": [\"\\u00\"] } ] }")]
    [InlineData("{ \"entities\": [ { \"id\": \"x\", \"kind\": \"place\", \"spellings\": [\"a\" \"b\"] } ] }")]
    [InlineData("{ \"entities\": [ ] } trailing")]
    // Numbers as RFC 8259 writes them, and nothing else.
    [InlineData("{ \"entities\": [ ], \"version\": 01 }")]
    [InlineData("{ \"entities\": [ ], \"version\": 2. }")]
    [InlineData("{ \"entities\": [ ], \"version\": -.5 }")]
    [InlineData("{ \"entities\": [ ], \"version\": -Infinity }")]
    [InlineData("{ \"entities\": [ ], \"version\": ١ }")]
    // \\u takes exactly four hex digits; half a surrogate pair is no text; a member is given once.
    [InlineData("{ \"entities\": [ { \"id\": \"x\", \"kind\": \"place\", \"spellings\": [\"\\u 41 \"] } ] }")]
    [InlineData("{ \"entities\": [ { \"id\": \"x\", \"kind\": \"place\", \"name\": \"Tom\\udc00 Barrack\", \"spellings\": [\"x\"] } ] }")]
    [InlineData("{ \"entities\": [ { \"id\": \"x\", \"kind\": \"place\", \"spellings\": [\"توم\\ud800 باراك\"] } ] }")]
    [InlineData("{ \"entities\": [ ], \"entities\": [ ] }")]
    [InlineData("{ \"entities\": [ { \"id\": \"a\", \"id\": \"b\", \"kind\": \"place\", \"spellings\": [\"x\"] } ] }")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void Malformed_json_is_one_CORPUS008_never_an_exception(string json)
    {
        var lexicon = LexiconReader.Read("lexicon.json", json);

        Assert.Equal("CORPUS008", Assert.Single(lexicon.Problems).Id);
        Assert.Empty(lexicon.Entries);
    }

    [Fact]
    public void A_surrogate_pair_written_as_two_escapes_is_read_as_one_character()
    {
        var lexicon = LexiconReader.Read("lexicon.json", "{ \"entities\": [ { \"id\": \"x\", \"kind\": \"place\", \"spellings\": [\"a\\ud83d\\ude00\"] } ] }");

        Assert.Empty(lexicon.Problems);
        Assert.Equal("a\U0001F600", Assert.Single(Assert.Single(lexicon.Entries).Spellings));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var lexicon = LexiconReader.Read("lexicon.json", "{\n  \"entities\": [\n    {\n      \"id\": 5,\n      \"kind\": \"place\", \"spellings\": [\"x\"] }\n  ]\n}");

        Assert.Equal(4, Assert.Single(lexicon.Problems).Span.StartLine);
    }

    [Fact]
    public void The_cli_reads_the_lexicon_at_the_corpus_root()
    {
        using var folder = new Cli.TempCorpus();
        folder.WriteText("a.txt", "هجوم جديد في الصحراء\n\nوقال المتحدث باسم الجيش إن تنظيم “داعش” شن هجوما على نقطة عسكرية في الصحراء.\n")
            .WriteText("lexicon.json", Isis);

        var loaded = CorpusFolder.Load(folder.Folder);

        Assert.Contains(loaded.Corpus.Entities, e => e.Id == "isis" && e.Articles.Contains("A"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id == "CORPUS008");
    }

    [Fact]
    public void A_lexicon_the_linker_cannot_apply_is_CORPUS009_and_the_corpus_is_linked_without_it()
    {
        // Half a surrogate pair cannot come through the reader; a host that builds its lexicon in code can still pass one.
        var broken = new CorpusLexicon(new EquatableArray<LexiconEntry>(new[]
        {
            new LexiconEntry("tom", "Tom", EntityKinds.Person, new EquatableArray<string>(new[] { "توم\ud800 باراك" }), EquatableArray<string>.Empty),
        }), EquatableArray<DiagnosticInfo>.Empty);
        var article = ArticleExtractor.Extract("a.txt", "المبعوث يزور دمشق\n\nوقال المبعوث الأمريكي توم باراك إن الزيارة ناجحة.\n");

        var corpus = ArticleLinker.LinkSafely(new[] { article }, broken);

        Assert.Contains(corpus.Entities, e => e.Name == "توم باراك");
        var failure = Assert.Single(corpus.Diagnostics, d => d.Id == "CORPUS009");
        Assert.Contains("linked without the lexicon", failure.Message, System.StringComparison.Ordinal);
    }
}
