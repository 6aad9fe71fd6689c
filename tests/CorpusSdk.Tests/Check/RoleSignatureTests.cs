using System.Linq;
using CorpusSdk.Extraction.Check;

namespace CorpusSdk.Tests.Check;

/// <summary>The reading of roles CORPUS204 compares (<see cref="RoleSignature"/>).</summary>
public class RoleSignatureTests
{
    [Theory]
    // Different offices of one title, in Arabic and in English.
    [InlineData("وزير الخارجية السوري", "وزير الداخلية السوري", true)]
    [InlineData("وزيرة الخارجية", "وزيرة الداخلية", true)]
    [InlineData("وزير الخارجية والمغتربين", "وزير الداخلية", true)]
    [InlineData("Foreign Minister", "Interior Minister", true)]
    // Different nationalities of one title.
    [InlineData("المبعوث الأمريكي", "المبعوث الفرنسي", true)]
    [InlineData("الوزير السوري", "الوزير التركي", true)]
    [InlineData("US envoy", "French envoy", true)]
    // Roles that add to each other.
    [InlineData("وزير الخارجية", "وزير الخارجية والمغتربين", false)]
    [InlineData("المبعوث الخاص إلى سوريا", "المبعوث الأمريكي", false)]
    [InlineData("the American envoy", "the US special envoy", false)]
    // One nationality spelled two ways, or an adjective that names no country.
    [InlineData("المبعوث الأمريكي", "المبعوث الأميركي", false)]
    [InlineData("المبعوث الأممي", "المبعوث الأمريكي", false)]
    [InlineData("المبعوث الدولي", "المبعوث الفرنسي", false)]
    [InlineData("المبعوث الأوروبي", "المبعوث الأمريكي", false)]
    // Different titles: an ambassador can be an envoy, a deputy minister is no minister.
    [InlineData("السفير الأمريكي لدى تركيا", "المبعوث الخاص إلى سوريا", false)]
    [InlineData("نائب وزير الخارجية", "وزير الداخلية", false)]
    // A former role contradicts no present one.
    [InlineData("وزير الخارجية السوري", "وزير الداخلية السوري السابق", false)]
    [InlineData("الوزير السابق", "وزير الداخلية", false)]
    [InlineData("former Foreign Minister", "Interior Minister", false)]
    // Arabic and English are compared only within a language.
    [InlineData("Foreign Minister", "وزير الداخلية", false)]
    // Roles with no office and no nationality say nothing to contradict.
    [InlineData("الناطق باسم الحكومة", "الناطق الرسمي", false)]
    // One ministry shortened two ways by two outlets; a feminine and a masculine title are one title.
    [InlineData("وزير التربية", "وزير التعليم", false)]
    [InlineData("وزير الاقتصاد", "وزير التجارة", false)]
    [InlineData("وزير التربية", "وزير الدفاع", true)]
    [InlineData("وزيرة الداخلية", "وزير الخارجية", true)]
    public void Two_roles_contradict_only_for_one_present_title_with_different_offices_or_nationalities(string first, string second, bool contradict)
    {
        Assert.Equal(contradict, RoleSignature.Contradict(RoleSignature.Of(first), RoleSignature.Of(second)));
        Assert.Equal(contradict, RoleSignature.Contradict(RoleSignature.Of(second), RoleSignature.Of(first)));
    }

    [Fact]
    public void A_role_reads_as_title_offices_nationalities_and_whether_it_is_former()
    {
        var minister = RoleSignature.Of("وزير الخارجية والمغتربين السوري السابق");

        Assert.NotNull(minister);
        Assert.Equal("وزير", minister.Title);
        Assert.Equal(new[] { "خارجيه", "مغتربين" }, minister.Offices.OrderBy(o => o, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "سوري" }, minister.Nationalities);
        Assert.True(minister.Former);
        Assert.Equal(new[] { "امريكي" }, RoleSignature.Of("المبعوثة الأميركية")!.Nationalities);
        Assert.Null(RoleSignature.Of("الحكومة السورية"));
    }
}
