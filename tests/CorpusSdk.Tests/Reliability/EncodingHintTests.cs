using System;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Read;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace CorpusSdk.Tests.Reliability;

/// <summary>
/// A file that is not UTF-8 is CORPUS001 wherever the build runs, naming the encoding it likely is: the compiler's
/// fallback differs by machine (U+FFFD replacements on Linux and macOS, the ANSI code page on Windows).
/// </summary>
public class EncodingHintTests
{
    private const string Arabic = "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة الزرقاء\n\nوقال الوزير إن المستشفى يضم مئتي سرير";
    private const string French = "Le président a annoncé une réforme économique très attendue.\n\nLes députés voteront mardi.";

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    [Theory]
    [InlineData(0, "Windows-1256")]     // Linux and macOS: UTF-8 with U+FFFD
    [InlineData(1252, "Windows-1256")]  // an English or French Windows
    [InlineData(1256, "Windows-1256")]  // an Arabic Windows, where the text even reads right
    public void Arabic_in_windows_1256_is_corpus001_naming_windows_1256_whatever_the_compiler_falls_back_to(int fallback, string named)
    {
        var bytes = CodePage(1256).GetBytes(Arabic);
        var (run, output, _) = GeneratorHarness.Run(new AdditionalText[]
        {
            new CompilerReadText(GeneratorHarness.ProjectDir + "corpus/legacy.txt", bytes, fallback == 0 ? null : CodePage(fallback)),
        });

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS001");
        Assert.Contains(named, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.DoesNotContain(run.Results.Single().GeneratedSources, s => s.HintName.StartsWith("Articles.Legacy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1252)]
    public void French_in_windows_1252_is_corpus001_naming_a_latin_encoding(int fallback)
    {
        var bytes = CodePage(1252).GetBytes(French);
        var (run, _, _) = GeneratorHarness.Run(new AdditionalText[]
        {
            new CompilerReadText(GeneratorHarness.ProjectDir + "corpus/legacy.txt", bytes, fallback == 0 ? null : CodePage(fallback)),
        });

        var message = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS001").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Windows-1252", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Windows-1256", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_and_the_build_name_the_same_encoding()
    {
        var bytes = CodePage(1256).GetBytes(Arabic);
        var cli = CorpusFileDecoder.Decode(bytes).Problem!;
        var build = ArticleExtractor.Extract("legacy.txt", new UTF8Encoding(false).GetString(bytes)).Diagnostics.Single().Message;

        Assert.Contains("Windows-1256", cli, StringComparison.Ordinal);
        Assert.Contains("Windows-1256", build, StringComparison.Ordinal);
    }

    [Fact]
    public void Accented_letters_in_runs_are_not_taken_for_arabic()
    {
        // "élève à l'école": runs of Latin accented bytes, none an Arabic letter in Windows-1256.
        var bytes = CodePage(1252).GetBytes("Ã©Ã¨ àé èê ëï îô ùû");
        Assert.DoesNotContain("Windows-1256", CorpusFileDecoder.LikelyEncoding(bytes), StringComparison.Ordinal);
    }
}
