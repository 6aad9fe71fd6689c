using System;
using System.Globalization;
using System.Linq;
using CorpusSdk.Cli.Report;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Model;
// CorpusSdk.FactSource is the runtime type consumers see; the report reads the extraction model's.
using ModelFactSource = CorpusSdk.Extraction.Model.FactSource;

namespace CorpusSdk.Tests.Cli.Report;

// The model's kinds and statuses, not the typed API's of the same name (CorpusSdk.FactKind), which this namespace sees first.
using FactKind = CorpusSdk.Extraction.Model.FactKind;
using FactStatus = CorpusSdk.Extraction.Model.FactStatus;

public class ReportPageTests
{
    private const string HostileFile = "x\" onmouseover=\"alert(1)<img>.txt";

    /// <summary>An article whose every part a report shows is hostile: markup, entity, quotes for attributes, bidi overrides.</summary>
    private const string HostileText =
        "---\n" +
        "title: </script><script>alert(1)</script> <img src=x onerror=alert(1)>\n" +
        "outlet: AT&T \"Daily\" 'News' <b>\n" +
        "---\n" +
        "The mayor said: \"Crossings <img src=x onerror=alert(2)> will run \u202Etwice\u202C a day.\"\n" +
        "Mayor John O'Hara said that the ferry would run on Monday </script> & more.\n";

    [Fact]
    public void The_seed_report_is_arabic_and_right_to_left()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_report_has_every_section()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        foreach (var id in new[] { TimelineSection.Id, FactsSection.Id, QuotesSection.Id, EntitiesSection.Id, DiagnosticsSection.Id, ArticlesSection.Id })
            Assert.Contains("<section id=\"" + id + "\">", html, StringComparison.Ordinal);
        Assert.Contains("<article id=\"A002\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"A002-L1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_meeting_date_has_four_sources_agreeing_and_syrias_90th_membership_three()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        var meeting = ReportCorpus.FactRow(html, "2026-02-09");
        Assert.Equal(4, ReportCorpus.Count(meeting, "<li class=\"source agrees\""));
        Assert.Equal(4, ReportCorpus.Count(meeting, ">✓</span>"));
        Assert.Contains("✓ متفق عليها", meeting, StringComparison.Ordinal);
        Assert.Equal(0, ReportCorpus.Count(meeting, "<li class=\"source differs\""));

        var membership = ReportCorpus.FactRow(html, "90");
        Assert.Equal(3, ReportCorpus.Count(membership, "<li class=\"source agrees\""));
        Assert.Contains("التسعين", membership, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_report_shows_both_spellings_of_tom_barrack_and_the_quotes_of_al_shaibani_and_mazloum_abdi()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        var row = html.Split("<tr").Single(r => r.Contains("<span class=\"spelling\"><bdi>توم برَاك</bdi>", StringComparison.Ordinal));
        Assert.Contains("<span class=\"spelling\"><bdi>توم باراك</bdi>", row, StringComparison.Ordinal);
        Assert.Contains("class=\"variants\"", row, StringComparison.Ordinal);

        var shaibani = ReportCorpus.Element(html, "<div class=\"speaker\" data-speaker=\"أسعد الشيباني\">", "</ul></div>");
        Assert.Contains("كان اجتماعنا بنّاءً ومثمراً", shaibani, StringComparison.Ordinal);
        Assert.Contains("الفداء", shaibani, StringComparison.Ordinal);
        Assert.Contains("2026-02-09", shaibani, StringComparison.Ordinal);
        var abdi = ReportCorpus.Element(html, "<div class=\"speaker\" data-speaker=\"مظلوم عبدي\">", "</ul></div>");
        Assert.Equal(4, ReportCorpus.Count(abdi, "<blockquote"));
        Assert.Contains("الشام الجديد", abdi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_of_an_article_with_no_outlet_names_its_file()
    {
        var html = ReportPage.Build(ReportCorpus.FromTexts(("wire/ferry-update.txt",
            "Ferry search goes on\n\n\"We are still searching the coast,\" said Ibrahim Farouk, a spokesman for the agency.\n")));

        var quote = ReportCorpus.Element(html, "<div class=\"speaker\" data-speaker=\"Ibrahim Farouk\">", "</ul></div>");
        Assert.Contains("wire/ferry-update.txt", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_link_to_the_line_of_their_article()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        var diagnostics = ReportCorpus.Element(html, "<section id=\"" + DiagnosticsSection.Id + "\">", "</section>");
        Assert.Contains("CORPUS101", diagnostics, StringComparison.Ordinal);
        Assert.Contains("<a class=\"at\" href=\"#A000-L11\"><bdi>A000:11</bdi></a>", diagnostics, StringComparison.Ordinal);
        Assert.Contains("<div class=\"line\" id=\"A000-L11\">", html, StringComparison.Ordinal);
        // Every link into an article points at an anchor the page has.
        foreach (var target in html.Split("href=\"#").Skip(1).Select(s => s.Substring(0, s.IndexOf('"', StringComparison.Ordinal))).Distinct())
            Assert.Contains("id=\"" + target + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostics_other_places_are_one_per_line_and_its_paths_may_break_at_their_parts()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        var diagnostics = ReportCorpus.Element(html, "<section id=\"" + DiagnosticsSection.Id + "\">", "</section>");
        // CORPUS203 on توم باراك / توم برَاك: two other places, each an item of its own, every value whole.
        var spelling = diagnostics.Split("<tr").Single(r => r.Contains("CORPUS203", StringComparison.Ordinal));
        Assert.Contains("<ul class=\"places\"><li><a class=\"at\" href=\"#A000-L12\"><bdi>A000:12</bdi></a> <span class=\"how\"><bdi dir=\"ltr\">000_<wbr>543c0d3dceea60ad.txt(12,146)</bdi></span></li>"
            + "<li><a class=\"at\" href=\"#A002-L5\">", spelling, StringComparison.Ordinal);
        Assert.Equal("ar_<wbr>hamdaniya_<wbr>probe/<wbr>05_<wbr>qstreet&amp;journal.txt", ReportHtml.FilePath("ar_hamdaniya_probe/05_qstreet&journal.txt"));
        // A finding with no other place has an empty cell, not an empty list.
        Assert.DoesNotContain("<ul class=\"places\"></ul>", diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_text_in_a_diagnostic_message_is_isolated_from_the_english_around_it()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        var diagnostics = ReportCorpus.Element(html, "<section id=\"" + DiagnosticsSection.Id + "\">", "</section>");
        Assert.Contains("<td dir=\"auto\">&#39;<bdi>اليوم الإثنين 9/2/2026</bdi>&#39; means 2026-02-09, but the article is dated 2026-02-10</td>",
            diagnostics, StringComparison.Ordinal);
        Assert.Contains("<td dir=\"auto\"><bdi>توم باراك</bdi> is spelled differently: <bdi>توم باراك</bdi> (A000:12, A002:5); <bdi>توم برَاك</bdi> (A002:1)</td>",
            diagnostics, StringComparison.Ordinal);
        // The tooltip of the finding on the article's line is an attribute: isolate characters there, as references.
        Assert.Contains("title=\"&#39;&#x2068;اليوم الإثنين 9/2/2026&#x2069;&#39; means 2026-02-09", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_info_finding_is_marked_with_the_info_sign_and_never_the_warning_sign()
    {
        // Findings of one severity only: no date and no outlet (CORPUS003, CORPUS004), both info.
        var html = ReportPage.Build(ReportCorpus.FromTexts(("wire/ferry-update.txt", "Ferry search goes on\n\nThe search went on along the coast.\n")));

        Assert.Contains("<td><span class=\"mark\">ℹ</span> info</td><td>CORPUS004</td>", html, StringComparison.Ordinal);
        Assert.Contains("ℹ CORPUS004", ReportCorpus.Element(html, "<article id=", "</article>"), StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_facts_table_lists_under_each_fact_only_the_sources_that_state_it()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        var facts = ReportCorpus.Element(html, "<section id=\"" + FactsSection.Id + "\">", "</section>");
        // Four columns however many articles the corpus has: the fact, its value, its status, what its sources say.
        Assert.Equal(4, ReportCorpus.Count(ReportCorpus.Element(facts, "<thead>", "</thead>"), "<th scope=\"col\""));
        Assert.DoesNotContain("–", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"none\"", facts, StringComparison.Ordinal);
        var meeting = ReportCorpus.FactRow(html, "2026-02-09");
        Assert.Equal(4, ReportCorpus.Count(meeting, "<li class=\"source agrees\""));
        // Each source says who it is: the outlet, or the file of an article with none.
        Assert.Contains("<bdi>PUKMEDIA</bdi>", meeting, StringComparison.Ordinal);
        Assert.Contains("<bdi>002_b28bf7c954a4d60a.txt</bdi>", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_corpus_text_is_escaped_in_content_and_attributes()
    {
        var html = ReportPage.Build(ReportCorpus.FromTexts((HostileFile, HostileText)));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("AT&T", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u202C', html);

        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("AT&amp;T &quot;Daily&quot; &#39;News&#39; &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&#x202E;twice&#x202C;", html, StringComparison.Ordinal);
        // The file name is in the diagnostics' title attributes, quoted.
        Assert.Contains("x&quot; onmouseover=&quot;alert(1)&lt;img&gt;.txt", html, StringComparison.Ordinal);
        // Corpus text stays inside its own isolating elements.
        Assert.Contains("<bdi>AT&amp;T", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_needs_nothing_from_the_network()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_corpus_gives_the_same_page_whatever_the_order_of_its_files_and_the_culture()
    {
        var english = ("ferry.txt", SampleTexts.English);
        var arabic = ("sub/river.txt", SampleTexts.ArabicCrlf);
        var hostile = (HostileFile, HostileText);

        var page = ReportPage.Build(ReportCorpus.FromTexts(english, arabic, hostile));

        Assert.Equal(page, ReportPage.Build(ReportCorpus.FromTexts(english, arabic, hostile)));
        Assert.Equal(page, ReportPage.Build(ReportCorpus.FromTexts(hostile, arabic, english)));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "ar-SA", "tr-TR", "fi-FI" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(page, ReportPage.Build(ReportCorpus.FromTexts(arabic, hostile, english)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void The_seed_page_holds_no_path_of_this_machine()
    {
        var html = ReportPage.Build(ReportCorpus.Seeds());

        Assert.DoesNotContain(TestPaths.RepositoryRoot.TrimEnd('/'), html, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp/", html, StringComparison.Ordinal);
        Assert.Contains("000_543c0d3dceea60ad.txt", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mostly_english_corpus_gives_a_left_to_right_english_page()
    {
        var html = ReportPage.Build(ReportCorpus.FromTexts(("a.txt", SampleTexts.English), ("b.txt", SampleTexts.CleanEnglish), ("c.txt", SampleTexts.ArabicCrlf)));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<article id=\"C\" lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_source_is_marked_by_symbol_and_word_as_agreeing_differing_or_unresolved()
    {
        var loaded = ReportCorpus.FromTexts(("a.txt", SampleTexts.CleanEnglish), ("b.txt", SampleTexts.English), ("c.txt", SampleTexts.CleanArabicCrlf));
        var span = new SourceSpan(0, 1, 5, 1, 5, 2);
        ModelFactSource Source(string article, string? value) => new(article, article + ".txt", span, "written " + value, value, "sentence", true);
        var disputed = new FactModel("number-ferries", "Ferries", FactKind.Number, "ferries", "12", null, FactStatus.Disputed,
            new EquatableArray<ModelFactSource>(new[] { Source("A", "12"), Source("B", "15"), Source("C", null) }));
        var page = ReportPage.Build(loaded with { Corpus = loaded.Corpus with { Facts = new EquatableArray<FactModel>(new[] { disputed }) } });

        var row = ReportCorpus.FactRow(page, "12");
        Assert.Contains("✗ disputed", row, StringComparison.Ordinal);
        Assert.Contains("<li class=\"source agrees\" data-article=\"A\"><span class=\"mark\" title=\"agrees\">✓</span> <span class=\"word\">agrees</span>", row, StringComparison.Ordinal);
        Assert.Contains("<li class=\"source differs\" data-article=\"B\"><span class=\"mark\" title=\"differs\">✗</span> <span class=\"word\">differs</span>", row, StringComparison.Ordinal);
        Assert.Contains("<li class=\"source unresolved\" data-article=\"C\"><span class=\"mark\" title=\"not resolved\">?</span>", row, StringComparison.Ordinal);
        var legend = ReportCorpus.Element(page, "<p class=\"legend\">", "</p>");
        foreach (var word in new[] { "✓</span> agrees", "✗</span> differs", "?</span> not resolved", "•</span> only source" })
            Assert.Contains(word, legend, StringComparison.Ordinal);
    }
}
