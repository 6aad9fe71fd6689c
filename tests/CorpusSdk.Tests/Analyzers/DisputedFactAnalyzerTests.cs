using System.Linq;
using System.Threading.Tasks;
using CorpusSdk.Generator;
using CorpusSdk.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CorpusSdk.Tests.Analyzers;

/// <summary>
/// CORPUS301 with Roslyn's analyzer test library: code that reads the single value of a disputed fact gets a warning at
/// the read; undisputed facts, and the parts of a disputed fact that tell the dispute, do not. The facts are the ones
/// the generator writes for a small corpus (an earthquake toll two outlets give differently, a strike date two outlets
/// agree on), so the test checks the analyzer against the generated code it will meet.
/// </summary>
public class DisputedFactAnalyzerTests
{
    private static string Article(string headline, string dateline, string body) => headline + "\n\n" + dateline + "\n\n" + body + "\n";

    /// <summary>The generated <c>Facts</c> class of the corpus (its files joined), and the identifiers of its disputed and corroborated facts.</summary>
    private static (string Source, string Disputed, string Corroborated) GeneratedFacts()
    {
        var (run, _, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.CorpusFile("a.txt", Article("زلزال يضرب المناطق الجبلية في الشمال", "الثلاثاء 3 مارس 2026",
                "أعلنت السلطات ارتفاع حصيلة الزلزال الذي ضرب المناطق الجبلية في الشمال إلى 40 قتيلا ومئات الجرحى. "
                + "وقالت النقابات إن الإضراب في ميناء المدينة سيبدأ يوم 5/3/2026 احتجاجا على تأخير صرف رواتب العمال.")),
            GeneratorHarness.CorpusFile("b.txt", Article("ارتفاع حصيلة ضحايا الزلزال في الشمال", "الثلاثاء 3 مارس 2026",
                "ارتفعت حصيلة ضحايا الزلزال الذي ضرب المناطق الجبلية في شمال البلاد إلى 52 قتيلا بحسب السلطات. "
                + "وأكد ممثلو العمال أن الإضراب في ميناء المدينة يبدأ في 5 آذار 2026 احتجاجا على تأخير الرواتب.")),
        });
        // Facts.g.cs (All) and its parts (members and data), as one compilation unit: generated files have no usings.
        var facts = string.Concat(run.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("Facts.", System.StringComparison.Ordinal))
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.SourceText.ToString()));
        var lines = facts.Split('\n');
        string MemberAfter(string marker) => lines.SkipWhile(l => !l.Contains(marker, System.StringComparison.Ordinal)).Skip(1)
            .First(l => l.Contains("public static global::CorpusSdk.Fact ", System.StringComparison.Ordinal)).Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[3];
        var disputed = MemberAfter("[global::CorpusSdk.DisputedFact(");
        var corroborated = lines.Where(l => l.Contains("public static global::CorpusSdk.Fact ", System.StringComparison.Ordinal))
            .Select(l => l.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[3]).First(id => id != disputed);
        return (facts, disputed, corroborated);
    }

    private static CSharpAnalyzerTest<DisputedFactAnalyzer, DefaultVerifier> Test(string code)
    {
        var (facts, _, _) = GeneratedFacts();
        var test = new CSharpAnalyzerTest<DisputedFactAnalyzer, DefaultVerifier>
        {
            TestCode = code,
            // .NET 8 reference assemblies from Basic.Reference.Assemblies (the library's own would be downloaded): the
            // generated facts keep their text as UTF-8 data, which needs a runtime with ReadOnlySpan<byte>.
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        test.TestState.Sources.Add(("Facts.g.cs", facts));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CorpusSdk.Fact).Assembly.Location));
        return test;
    }

    [Theory]
    [InlineData("Value")]
    [InlineData("Number")]
    public async Task Reading_the_single_value_of_a_disputed_fact_is_CORPUS301_at_the_read(string member)
    {
        var (_, disputed, _) = GeneratedFacts();
        var test = Test(@"
namespace Consumer.Corpus
{
    public static class Report
    {
        public static object Toll() => {|#0:Facts." + disputed + "." + member + @"|};
    }
}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS301", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Facts." + disputed, "40, 52"));

        await test.RunAsync();
    }

    [Fact]
    public async Task An_undisputed_fact_and_the_dispute_itself_are_read_without_a_warning()
    {
        var (_, disputed, corroborated) = GeneratedFacts();
        var test = Test(@"
namespace Consumer.Corpus
{
    public static class Report
    {
        public static string Strike() => Facts." + corroborated + @".Value;
        public static System.DateTime? StrikeDay() => Facts." + corroborated + @".Day;
        public static bool IsDisputed() => Facts." + disputed + @".Status == global::CorpusSdk.FactStatus.Disputed;
        public static int Sources() => Facts." + disputed + @".Sources.Count;
        public static string FirstValue() => Facts." + disputed + @".Sources[0].Value;
    }
}");

        await test.RunAsync();
    }

    [Fact]
    public void The_member_of_a_disputed_fact_says_so_in_its_docs_and_carries_the_values()
    {
        var (facts, disputed, corroborated) = GeneratedFacts();
        var lines = facts.Split('\n').Select(l => l.Trim()).ToList();
        var member = lines.FindIndex(l => l.StartsWith("public static global::CorpusSdk.Fact " + disputed + " ", System.StringComparison.Ordinal));
        var other = lines.FindIndex(l => l.StartsWith("public static global::CorpusSdk.Fact " + corroborated + " ", System.StringComparison.Ordinal));

        Assert.Equal("[global::CorpusSdk.DisputedFact(\"40, 52\")]", lines[member - 1]);
        Assert.Contains(lines.Take(member).Reverse().TakeWhile(l => l.StartsWith("///", System.StringComparison.Ordinal) || l.StartsWith("[", System.StringComparison.Ordinal)),
            l => l.Contains("Disputed: the sources give 40, 52.", System.StringComparison.Ordinal));
        Assert.StartsWith("///", lines[other - 1], System.StringComparison.Ordinal);
    }
}
