using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Generator;

/// <summary>What a consumer gets: generated code that compiles, runs, and gives back the corpus's own words.</summary>
public class GeneratedApiTests
{
    private const string TitleWithQuotes = "Minister: \"we will not \\ back down\" <now> & then";

    [Fact]
    public void Consumer_code_reads_articles_and_paragraphs_at_run_time()
    {
        var files = new[]
        {
            GeneratorHarness.CorpusFile("b-second.txt", "عنوان الخبر\r\n\r\nالفقرة الأولى من الخبر.\r\nالفقرة الثانية.\r\n"),
            GeneratorHarness.CorpusFile("a-first.txt", "---\noutlet: Gulf Wire\npublished: 2026-02-09T14:24\n---\n" + TitleWithQuotes + "\n\nOne paragraph of the story, with the said words.\n"),
        };
        var consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Describe()
                    {
                        var parts = new System.Collections.Generic.List<string>();
                        foreach (var a in Corpus.Articles.All)
                            parts.Add(a.Id + "|" + a.File + "|" + a.Language + "|" + a.Title + "|" + a.Paragraphs.Count + "|" + a.Paragraphs[0].Line + "|" + a.Paragraphs[0].Text);
                        return string.Join("\n", parts);
                    }
                    public static bool SameInstance() => object.ReferenceEquals(Corpus.Articles.AFirst, Corpus.Articles.All[0]);
                    public static string Metadata(CorpusSdk.Article a) => a.Outlet + "|" + a.Published + "|" + a.Published?.Precision + "|" + a.PublishedSource + "|" + a.TitleSource;
                    public static string First() => Metadata(Corpus.Articles.AFirst);
                    public static string Second() => Metadata(Corpus.Articles.BSecond);
                }
            }
            """;
        var (run, output, _) = GeneratorHarness.Run(files, null, consumer);
        // The second file states neither date nor outlet: those are findings about the corpus, not errors.
        Assert.Equal(new[] { "CORPUS003", "CORPUS004" }, run.Diagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));

        var probe = Load(output).GetType("Consumer.Probe")!;
        var described = (string)probe.GetMethod("Describe")!.Invoke(null, null)!;
        Assert.Equal("Gulf Wire|2026-02-09T14:24|Minute|FrontMatter|Headline", (string)probe.GetMethod("First")!.Invoke(null, null)!);
        Assert.Equal("||||Headline", (string)probe.GetMethod("Second")!.Invoke(null, null)!);
        Assert.Equal(
            "AFirst|a-first.txt|en|" + TitleWithQuotes + "|1|7|One paragraph of the story, with the said words.\n"
            + "BSecond|b-second.txt|ar|عنوان الخبر|2|3|الفقرة الأولى من الخبر.",
            described);
        Assert.True((bool)probe.GetMethod("SameInstance")!.Invoke(null, null)!);
        // The articles came out of UTF-8 data (kept out of the #US heap, CS8103), decoded exactly.
        var data = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Articles.__Data0.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("private static string __Data0() => global::System.Text.Encoding.UTF8.GetString(", data, StringComparison.Ordinal);
        Assert.Contains("\"u8", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_comes_from_CorpusSdkNamespace_or_RootNamespace()
    {
        var file = new[] { GeneratorHarness.CorpusFile("x.txt", "Title\n\nBody.\n") };

        var byDefault = GeneratorHarness.Run(file).Run;
        Assert.Contains("namespace Consumer.Corpus", byDefault.GeneratedTrees[0].ToString(), StringComparison.Ordinal);

        var configured = GeneratorHarness.Run(file, Globals(("build_property.CorpusSdkNamespace", "Newsroom.Data"))).Run;
        Assert.All(configured.GeneratedTrees, t => Assert.Contains("namespace Newsroom.Data", t.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_namespace_is_CORPUS008_and_the_default_is_used()
    {
        var (run, output, _) = GeneratorHarness.Run(
            new[] { GeneratorHarness.CorpusFile("x.txt", "Title\n\nBody.\n") },
            Globals(("build_property.CorpusSdkNamespace", "My Corpus.class")));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS008");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("My Corpus.class", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Contains("namespace Consumer.Corpus", run.GeneratedTrees[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_txt_files_under_the_corpus_root_are_articles()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/news/in-root.txt", "In root\n\nThe body of the article.\n"),
            new InMemoryAdditionalText("/project/news/deeper/nested.txt", "Nested\n\nThe body of the article.\n"),
            new InMemoryAdditionalText("/project/news/notes.md", "# not an article\n\nBody.\n"),
            new InMemoryAdditionalText("/project/corpus/outside.txt", "Outside the configured root\n\nThe body of the article.\n"),
        };
        var run = GeneratorHarness.Run(files, Globals(("build_property.CorpusSdkRoot", "/project/news/"))).Run;

        var hints = run.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).OrderBy(h => h, StringComparer.Ordinal);
        Assert.Equal(new[] { "Articles.__Data0.g.cs", "Articles.g.cs", "Facts.g.cs", "Organizations.g.cs", "People.g.cs", "Places.g.cs", "Quotes.g.cs", "Stories.g.cs" }, hints);
        var shard = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Articles.__Data0.g.cs", StringComparison.Ordinal)).ToString();
        Assert.True(DeclaresArticle(run, "InRoot") && DeclaresArticle(run, "Nested"));
        Assert.Contains("<c>deeper/nested.txt</c>", shard, StringComparison.Ordinal);
        Assert.Contains("17:deeper/nested.txt", shard, StringComparison.Ordinal);
    }

    [Fact]
    public void File_diagnostics_are_located_in_the_corpus_file()
    {
        var (run, output, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.CorpusFile("empty.txt", "\n\n  \n"),
            GeneratorHarness.CorpusFile("binary.txt", "Title\n\nBody \0 with a NUL.\n"),
            GeneratorHarness.CorpusFile("all.txt", "Title\n\nBody.\n"),
        });

        var byId = run.Diagnostics.Where(d => d.Id is "CORPUS001" or "CORPUS002" or "CORPUS005").ToDictionary(d => d.Id);
        Assert.Equal(new[] { "CORPUS001", "CORPUS002", "CORPUS005" }, byId.Keys.OrderBy(k => k, StringComparer.Ordinal));

        var unreadable = byId["CORPUS001"].Location.GetLineSpan();
        Assert.Equal("/project/corpus/binary.txt", unreadable.Path);
        Assert.Equal(2, unreadable.StartLinePosition.Line);       // 0-based: line 3
        Assert.Equal(5, unreadable.StartLinePosition.Character);  // 0-based: column 6, the NUL
        Assert.Equal("/project/corpus/empty.txt", byId["CORPUS002"].Location.GetLineSpan().Path);
        Assert.Contains("'All_2' is used instead", byId["CORPUS005"].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The unreadable file has no member; the renamed one is there; the code compiles.
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.True(DeclaresArticle(run, "All_2"));
        Assert.False(DeclaresArticle(run, "Binary"));
        Assert.DoesNotContain("binary.txt", run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Articles.__Data0.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_corpus_still_gives_an_empty_Articles_All()
    {
        var (run, output, _) = GeneratorHarness.Run(Array.Empty<AdditionalText>(), null,
            "internal static class P { public static int N => Consumer.Corpus.Articles.All.Count; }");
        Assert.Empty(run.Diagnostics);
        Assert.True(GeneratorHarness.CompileProblems(output).IsEmpty, GeneratorHarness.Describe(GeneratorHarness.CompileProblems(output)));
    }

    [Fact]
    public void Generated_code_compiles_for_a_CSharp_7_3_consumer()
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options.WithNullableContextOptions(NullableContextOptions.Disable));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusSdk.Generator.CorpusGenerator().AsSourceGenerator() },
            new[] { GeneratorHarness.CorpusFile("x.txt", "Title\n\nA body paragraph long enough to be kept as UTF-8 data where it can be.\n") },
            parse,
            new TestOptionsProvider(GeneratorHarness.DefaultGlobals));

        var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.All(ran.GetRunResult().GeneratedTrees, t => Assert.DoesNotContain("#nullable", t.ToString(), StringComparison.Ordinal));
        // C# 7.3 has no UTF-8 literals: the text stays in string literals.
        Assert.All(ran.GetRunResult().GeneratedTrees, t => Assert.DoesNotContain("u8;", t.ToString(), StringComparison.Ordinal));
        Assert.Contains(ran.GetRunResult().GeneratedTrees, t => t.ToString().Contains(":A body paragraph long enough", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_over_CorpusSdkMaxFileSize_get_CORPUS006_and_no_article()
    {
        var small = GeneratorHarness.CorpusFile("small.txt", "Title\n\nBody.\n");
        var large = GeneratorHarness.CorpusFile("large.txt", "Large headline\n\n" + new string('x', 500) + ".\n");
        var (run, output, _) = GeneratorHarness.Run(new[] { small, large }, Globals(("build_property.CorpusSdkMaxFileSize", "200")));

        var tooLarge = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS006");
        Assert.Equal("/project/corpus/large.txt", tooLarge.Location.GetLineSpan().Path);
        Assert.Contains("larger than the limit of 200 bytes", tooLarge.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(DeclaresArticle(run, "Large"));
        Assert.True(DeclaresArticle(run, "Small"));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void An_invalid_CorpusSdkMaxFileSize_is_CORPUS008_and_the_default_is_used()
    {
        var (run, _, _) = GeneratorHarness.Run(
            new[] { GeneratorHarness.CorpusFile("x.txt", "Title\n\nBody.\n") },
            Globals(("build_property.CorpusSdkMaxFileSize", "four megabytes")));

        var invalid = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS008");
        Assert.Contains("four megabytes", invalid.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CORPUS006");
    }

    [Theory]
    [InlineData("value.txt", null)]
    [InlineData("x.txt", "record")]
    [InlineData("y.txt", "file")]
    [InlineData("z.txt", "required")]
    [InlineData("w.txt", "scoped")]
    public void Names_that_clash_with_generated_members_or_contextual_keywords_still_compile(string file, string? id)
    {
        var text = (id is null ? string.Empty : "---\nid: " + id + "\n---\n") + "Title of the piece\n\nA body sentence that is long enough to be prose.\n";
        var (run, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.CorpusFile(file, text) });

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.True(GeneratorHarness.CompileProblems(output).IsEmpty, GeneratorHarness.Describe(GeneratorHarness.CompileProblems(output)));
    }

    [Fact]
    public void A_front_matter_id_too_long_for_metadata_is_CORPUS008_and_the_file_name_is_used()
    {
        var text = "---\nid: A" + new string('b', 200) + "\n---\nTitle of the piece\n\nA body sentence that is long enough to be prose.\n";
        var (run, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.CorpusFile("long.txt", text) });

        Assert.Contains(run.Diagnostics, d => d.Id == "CORPUS008");
        Assert.True(DeclaresArticle(run, "Long"));
        Assert.True(output.Emit(System.IO.Stream.Null).Success);
    }

    [Fact]
    public void Consumer_code_reads_quotes_with_speakers_channels_and_dates_at_run_time()
    {
        var files = new[]
        {
            GeneratorHarness.CorpusFile("b-port.txt",
                "الميناء يستأنف العمل بعد الإضراب\n\nالأحد 15 مارس 2026\n\n"
                + "وكتب وزير النقل مروان الشامي على منصة «إكس» يوم أمس: «عاد الميناء إلى العمل بكامل طاقته».\n\n"
                + "وأضاف أن الحكومة ستعوض التجار عن خسائرهم خلال أيام الإضراب.\n"),
            GeneratorHarness.CorpusFile("a-bridge.txt",
                "Bridge reopens after repairs\n\nThe bridge reopened to traffic on Friday after two months of repairs.\n"),
        };
        var consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Describe()
                    {
                        var parts = new System.Collections.Generic.List<string>();
                        foreach (var q in Corpus.Quotes.All)
                            parts.Add(q.ArticleId + "|" + q.Line + "|" + q.Kind + "|" + q.Speaker?.Name + "|" + q.Speaker?.Role + "|" + q.Speaker?.Resolution
                                + "|" + q.Channel?.Kind + "|" + q.Channel?.Name + "|" + q.Said + "|" + q.SaidText + "|" + q.Text);
                        return string.Join("\n", parts);
                    }
                    public static bool SameList() => object.ReferenceEquals(Corpus.Quotes.BPort, Corpus.Articles.BPort.Quotes);
                    public static int NoneInBridge() => Corpus.Articles.ABridge.Quotes.Count;
                }
            }
            """;
        var (run, output, _) = GeneratorHarness.Run(files, null, consumer);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CORPUS105");

        var probe = Load(output).GetType("Consumer.Probe")!;
        Assert.Equal(
            "BPort|5|Direct|مروان الشامي|وزير النقل|Written|Post|X|2026-03-14|يوم أمس|عاد الميناء إلى العمل بكامل طاقته\n"
            + "BPort|7|Indirect|مروان الشامي|وزير النقل|Continuation||||" + "|الحكومة ستعوض التجار عن خسائرهم خلال أيام الإضراب",
            (string)probe.GetMethod("Describe")!.Invoke(null, null)!);
        Assert.True((bool)probe.GetMethod("SameList")!.Invoke(null, null)!);
        Assert.Equal(0, (int)probe.GetMethod("NoneInBridge")!.Invoke(null, null)!);
        // An article with no quotes gets no member in Quotes: completion lists only articles that have some.
        Assert.DoesNotContain(run.GeneratedTrees, t => t.ToString().Contains("IReadOnlyList<global::CorpusSdk.Quote> ABridge =>", StringComparison.Ordinal));
        Assert.Contains(run.GeneratedTrees, t => t.ToString().Contains("IReadOnlyList<global::CorpusSdk.Quote> BPort =>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_without_a_speaker_is_CORPUS105_located_at_its_words_in_the_corpus_file()
    {
        var text = "Posters appear overnight in the old town\n\nPosters reading \"the city belongs to those who live in it and not to investors\" appeared overnight.\n";
        var (run, _, _) = GeneratorHarness.Run(new[] { GeneratorHarness.CorpusFile("posters.txt", text) });

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS105");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("corpus/posters.txt", span.Path, StringComparison.Ordinal);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(text.Split('\n')[2].IndexOf("the city", StringComparison.Ordinal), span.StartLinePosition.Character);
    }

    [Fact]
    public void Consumer_code_reads_people_organisations_places_and_facts_at_run_time()
    {
        static string Page(string headline, string dateline, string body) => headline + "\n\n" + dateline + "\n\n" + body + "\n";
        var files = new[]
        {
            GeneratorHarness.CorpusFile("a-strike.txt", Page("عمال الميناء يبدأون إضرابا مفتوحا", "الخميس 5 مارس 2026",
                "وقال ممثل العمال سامي حداد إن الإضراب في ميناء المدينة بدأ اليوم الخميس 5/3/2026 احتجاجا على تأخير صرف الرواتب.")),
            GeneratorHarness.CorpusFile("b-strike.txt", Page("شلل في حركة الشحن بالميناء", "الخميس 5 مارس 2026",
                "وأكد حداد أن الإضراب في ميناء المدينة الذي بدأ يوم 5/3/2026 احتجاجا على تأخير صرف الرواتب سيستمر حتى صرفها.")),
        };
        var consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Person() { var p = Corpus.People.SamiHadad; return p.Name + "|" + string.Join(";", System.Linq.Enumerable.Select(p.Spellings, s => s.Text)) + "|" + string.Join(";", p.Roles) + "|" + string.Join(";", p.ArticleIds); }
                    public static string Fact() { var f = Corpus.Facts.All[0]; return f.Kind + "|" + f.Value + "|" + f.Status + "|" + f.Sources.Count + "|" + f.Day?.ToString("yyyy-MM-dd"); }
                    public static string Speaker() => Corpus.Quotes.All[1].Speaker!.EntityId + "|" + (Corpus.Quotes.All[1].Speaker!.EntityId == Corpus.People.SamiHadad.Id);
                }
            }
            """;
        var (_, output, _) = GeneratorHarness.Run(files, null, consumer);

        var probe = Load(output).GetType("Consumer.Probe")!;
        Assert.Equal("سامي حداد|سامي حداد;حداد|ممثل العمال|AStrike;BStrike", (string)probe.GetMethod("Person")!.Invoke(null, null)!);
        Assert.Equal("Date|2026-03-05|Corroborated|2|2026-03-05", (string)probe.GetMethod("Fact")!.Invoke(null, null)!);
        Assert.Equal("sami-hadad|True", (string)probe.GetMethod("Speaker")!.Invoke(null, null)!);
    }

    [Fact]
    public void A_fact_source_says_its_bound_authority_and_the_time_it_holds_for_at_run_time_and_in_the_hover()
    {
        static string Page(string body) => "Crash on the Varnholt road\n\nMonday 2 March 2026\n\n" + body + "\n";
        var files = new[]
        {
            GeneratorHarness.CorpusFile("a-crash.txt", Page("As of Monday morning, at least 12 people were killed when a bus overturned near Varnholt in Dravel province, police chief Helena Marsh said.")),
            GeneratorHarness.CorpusFile("b-crash.txt", Page("By Monday evening, 19 people were killed in the bus crash near Varnholt in Dravel province, police chief Helena Marsh said.")),
        };
        var consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Sources()
                    {
                        var deaths = System.Linq.Enumerable.Single(Corpus.Facts.All, f => f.Frame == "deaths");
                        return deaths.Status + "|" + string.Join(";", System.Linq.Enumerable.Select(deaths.Sources, s => s.Value + "," + s.Bound + "," + s.Authority + "," + s.AsOf));
                    }
                }
            }
            """;
        var (run, output, _) = GeneratorHarness.Run(files, null, consumer);

        var probe = Load(output).GetType("Consumer.Probe")!;
        // At least 12 in the morning and 19 by the evening agree (19 is at least 12, and later), so nothing is disputed.
        Assert.Equal("Corroborated|12,AtLeast,Helena Marsh,As of Monday morning;19,Exact,Helena Marsh,By Monday evening", (string)probe.GetMethod("Sources")!.Invoke(null, null)!);
        var facts = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Facts.__Data0.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("→ 12, according to Helena Marsh, As of Monday morning.", facts, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_roles_and_sentences_in_entities_and_facts_are_escaped()
    {
        var hostile = "*/ </summary> \"; System.IO.File.Delete(\"x\"); // \u202Eevil\u202C";
        var text = "مؤتمر صحفي في العاصمة\n\nالخميس 5 مارس 2026\n\n"
            + "وقال وزير الإعلام " + hostile + " سامر الخطيب إن المؤتمر في العاصمة بدأ اليوم الخميس 5/3/2026 بحضور " + hostile + " 40 صحفيا.\n";
        var (run, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.CorpusFile("hostile.txt", text) });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var entitiesAndFacts = run.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("People.", StringComparison.Ordinal) || Path.GetFileName(t.FilePath).StartsWith("Facts.", StringComparison.Ordinal)).ToList();
        foreach (var tree in entitiesAndFacts)
        {
            Assert.DoesNotContain('\u202E', tree.ToString());
        }
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.EndsWith("Facts.g.cs", StringComparison.Ordinal) && t.ToString().Contains("__Data0.", StringComparison.Ordinal));
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.EndsWith("Facts.__Data0.g.cs", StringComparison.Ordinal) && t.ToString().Contains("private static class __Data0", StringComparison.Ordinal));
    }

    [Fact]
    public void Invisible_characters_outside_the_BMP_are_escaped_and_read_back_unchanged()
    {
        // Tag characters (U+E0041 U+E0042) and a musical formatting character (U+1D173) show nothing in an editor.
        var invisible = "\U000E0041\U000E0042\U0001D173";
        var headline = "عنوان " + invisible + " الخبر";
        var (run, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.CorpusFile("tags.txt", headline + "\n\nوقال المتحدث إن الاجتماع انتهى دون اتفاق بين الطرفين.\n") }, null,
            "namespace Consumer\n{\n    /// <summary>Reads the title back.</summary>\n    public static class Probe\n    {\n        /// <summary>The title.</summary>\n"
            + "        public static string Title() => Corpus.Articles.Tags.Title ?? string.Empty;\n    }\n}\n");

        Assert.True(GeneratorHarness.CompileProblems(output).IsEmpty, GeneratorHarness.Describe(GeneratorHarness.CompileProblems(output)));
        var article = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Articles.__Data0.g.cs", StringComparison.Ordinal)).ToString();
        Assert.DoesNotContain(invisible, article, StringComparison.Ordinal);
        Assert.Contains("\\U000E0041\\U000E0042\\U0001D173", article, StringComparison.Ordinal);
        Assert.Contains("&#xE0041;&#xE0042;&#x1D173;", article, StringComparison.Ordinal);
        Assert.Equal(headline, (string)Load(output).GetType("Consumer.Probe")!.GetMethod("Title")!.Invoke(null, null)!);
    }

    [Fact]
    public void The_lexicon_names_entities_in_the_api_and_its_problems_are_CORPUS008_at_its_lines()
    {
        var files = new AdditionalText[]
        {
            GeneratorHarness.CorpusFile("a.txt", "المبعوث الأمريكي في دمشق\n\nوقال المبعوث الأمريكي توم برَاك إن واشنطن تدعم الحكومة السورية.\n"),
            GeneratorHarness.CorpusFile("lexicon.json",
                "{\n  \"entities\": [\n    { \"id\": \"tom-barrack\", \"name\": \"Tom Barrack\", \"kind\": \"person\", \"spellings\": [\"توم باراك\"] },\n"
                + "    { \"id\": \"Bad Id\", \"kind\": \"person\", \"spellings\": [\"x\"] }\n  ]\n}\n"),
        };
        var (run, output, _) = GeneratorHarness.Run(files, null,
            "namespace Consumer { public static class Use { public static string Id => Corpus.People.TomBarrack.Id; } }");

        Assert.True(output.Emit(System.IO.Stream.Null).Success);
        var problem = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS008");
        var span = problem.Location.GetLineSpan();
        Assert.EndsWith("corpus/lexicon.json", span.Path, StringComparison.Ordinal);
        Assert.Equal(3, span.StartLinePosition.Line); // line 4 of the file, 0-based
    }

    private static Dictionary<string, string> Globals(params (string Key, string Value)[] extra)
    {
        var globals = new Dictionary<string, string>(GeneratorHarness.DefaultGlobals);
        foreach (var (key, value) in extra) globals[key] = value;
        return globals;
    }

    /// <summary>Whether some generated file declares the member <c>Articles.&lt;id&gt;</c>.</summary>
    internal static bool DeclaresArticle(GeneratorDriverRunResult run, string id) =>
        run.GeneratedTrees.Any(t => t.ToString().Contains("public static global::CorpusSdk.Article " + id + " =>", StringComparison.Ordinal));

    /// <summary>The consumer's compiled assembly, in a context of its own that can be unloaded.</summary>
    /// <param name="resources">Manifest resources to embed, as the package's targets embed the corpus files.</param>
    internal static Assembly Load(Compilation compilation, IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, GeneratorHarness.Describe(emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
