using System.Linq;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Segment;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Extraction;

public class IdentifierRulesTests
{
    [Theory]
    [InlineData("000_543c0d3dceea60ad.txt", "A000")]
    [InlineData("riyadh-meeting.txt", "RiyadhMeeting")]
    [InlineData("sub/folder/riyadh-meeting.txt", "RiyadhMeeting")]
    [InlineData("budget_vote 2026.txt", "BudgetVote2026")]
    [InlineData("news.v2.txt", "NewsV2")]
    [InlineData("no-extension", "NoExtension")]
    [InlineData("---.txt", "Article")]
    public void File_name_becomes_a_pascal_case_identifier(string file, string expected)
    {
        Assert.Equal(expected, IdentifierRules.FromFileName(file));
    }

    [Fact]
    public void Content_hash_alone_is_kept_rather_than_leaving_no_name()
    {
        Assert.Equal("A543c0d3dceea60ad", IdentifierRules.FromFileName("543c0d3dceea60ad.txt"));
    }

    [Fact]
    public void Dated_file_name_in_a_subfolder_gets_a_letter_in_front()
    {
        var id = IdentifierRules.FromFileName("sub/2026-02-09 bbc.txt");

        Assert.StartsWith("A", id, System.StringComparison.Ordinal);
        Assert.True(IdentifierRules.IsValidIdentifier(id));
        Assert.True(SyntaxFacts.IsValidIdentifier(id));
    }

    [Fact]
    public void Arabic_file_name_gives_an_arabic_identifier()
    {
        var id = IdentifierRules.FromFileName("أخبار/قمة-الرياض.txt");

        Assert.Equal("قمةالرياض", id);
        Assert.True(char.IsLetter(id[0]) && LanguageDetector.IsArabicLetter(id[0]));
        Assert.True(IdentifierRules.IsValidIdentifier(id));
        Assert.True(SyntaxFacts.IsValidIdentifier(id));
    }

    [Fact]
    public void Arabic_indic_digits_at_the_start_get_a_letter_in_front()
    {
        var id = IdentifierRules.FromFileName("٠٠٧.txt");

        Assert.Equal("A٠٠٧", id);
        Assert.True(SyntaxFacts.IsValidIdentifier(id));
    }

    [Theory]
    [InlineData("بيان\u200F-الوزارة.txt")] // right-to-left mark
    [InlineData("report\u202E.txt")] // right-to-left override
    [InlineData("zero\u200Bwidth.txt")] // zero-width space
    [InlineData("بَيان.txt")] // Arabic diacritic (fatha)
    [InlineData("café menu.txt")]
    [InlineData("class.txt")]
    [InlineData("2026.txt")]
    public void Identifiers_from_file_names_are_valid_CSharp_identifiers(string file)
    {
        var id = IdentifierRules.FromFileName(file);

        Assert.True(IdentifierRules.IsValidIdentifier(id), id);
        Assert.True(SyntaxFacts.IsValidIdentifier(id), id);
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(id));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("int")]
    [InlineData("while")]
    [InlineData("true")]
    [InlineData("null")]
    public void Keywords_are_not_valid_identifiers(string keyword)
    {
        Assert.False(IdentifierRules.IsValidIdentifier(keyword));
    }

    [Fact]
    public void Keywords_differing_in_case_are_valid_identifiers()
    {
        Assert.True(IdentifierRules.IsValidIdentifier("Class"));
        Assert.True(IdentifierRules.IsValidIdentifier("NULL"));
    }

    [Fact]
    public void Every_reserved_CSharp_keyword_is_rejected()
    {
        var accepted = SyntaxFacts.GetReservedKeywordKinds()
            .Select(SyntaxFacts.GetText)
            .Where(IdentifierRules.IsValidIdentifier)
            .ToList();

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("News\u200F")] // right-to-left mark
    [InlineData("\u200ENews")] // left-to-right mark
    [InlineData("خبر\u202Bعاجل")] // right-to-left embedding
    [InlineData("News\u2066Today")] // left-to-right isolate
    [InlineData("Zero\u200Bwidth")]
    [InlineData("Soft\u00ADhyphen")]
    public void Names_with_bidi_or_format_characters_are_rejected(string name)
    {
        Assert.False(IdentifierRules.IsValidIdentifier(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("9Lives")]
    [InlineData("two words")]
    [InlineData("dash-ed")]
    [InlineData("بَيان")] // combining mark: legal C#, but rejected so that look-alike names cannot differ
    public void Other_invalid_names_are_rejected(string name)
    {
        Assert.False(IdentifierRules.IsValidIdentifier(name));
    }

    [Theory]
    [InlineData("A000")]
    [InlineData("_private")]
    [InlineData("قمةالرياض")]
    [InlineData("Report2026")]
    [InlineData("A٠٠٧")]
    public void Ordinary_names_are_valid(string name)
    {
        Assert.True(IdentifierRules.IsValidIdentifier(name));
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
    }

    [Fact]
    public void A_taken_name_gets_the_first_free_number_after_its_stem_and_reserved_names_are_taken_from_the_start()
    {
        var names = new UniqueNames(System.StringComparer.OrdinalIgnoreCase, new[] { "All" });

        Assert.Equal("Riyadh", names.Take("Riyadh", "Riyadh_"));
        Assert.Equal("riyadh_2", names.Take("riyadh", "riyadh_"));   // compared ignoring case
        Assert.Equal("Riyadh_3", names.Take("Riyadh", "Riyadh_"));
        Assert.Equal("All_2", names.Take("All", "All_"));
        Assert.Equal("Riyadh_4", names.Take("Riyadh_3", "Riyadh_"));  // a name taken as a number is skipped too
        Assert.True(names.Contains("RIYADH_2"));
    }
}
