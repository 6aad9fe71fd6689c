using System.Linq;
using CorpusSdk.Extraction.Recognize.Numbers;

namespace CorpusSdk.Tests.Recognize;

/// <summary>Relative ordinals are positions (from the end or the current item), reported apart from quantities.</summary>
public class RelativeOrdinalTests
{
    [Theory]
    [InlineData("ناقش المجلس البند الأخير من جدول الأعمال", "الأخير", "end+0")]
    [InlineData("تأجلت الجلسة الأخيرة للبرلمان", "الأخيرة", "end+0")]
    [InlineData("فاز الفريق في المباراة قبل الأخيرة", "قبل الأخيرة", "end-1")]
    [InlineData("حل الفريق في المركز الثاني إلى الأخير", "الثاني إلى الأخير", "end-1")]
    [InlineData("تنشر النتائج في العدد التالي من المجلة", "التالي", "current+1")]
    [InlineData("وصل الوزير السابق إلى العاصمة", "السابق", "current-1")]
    [InlineData("تستمر الخطة خلال العام الحالي", "الحالي", "current+0")]
    public void Positions_are_relative_ordinals_with_their_offset(string text, string expected, string position)
    {
        var found = Assert.Single(NumberRecognizer.Recognize(text), n => n.RelativeTo is not null);

        Assert.Equal(expected, found.Text);
        Assert.Equal(text.IndexOf(expected, System.StringComparison.Ordinal), found.Start);
        Assert.True(found.IsOrdinal);
        Assert.Equal(position, found.RelativePosition);
    }

    [Fact]
    public void A_proclitic_conjunction_is_part_of_the_word()
    {
        var found = Assert.Single(NumberRecognizer.Recognize("وصل الأول والأخير إلى خط النهاية"), n => n.RelativeTo is not null);
        Assert.Equal("والأخير", found.Text);
    }

    [Fact]
    public void Therefore_is_not_a_position()
    {
        // بالتالي means "therefore": the preposition ب does not attach to a position word.
        Assert.DoesNotContain(NumberRecognizer.Recognize("ارتفعت الأسعار وبالتالي تراجع الطلب"), n => n.RelativeTo is not null);
    }

    [Fact]
    public void Quantities_are_not_relative()
    {
        var numbers = NumberRecognizer.Recognize("قتل 12 شخصا في الهجوم الأخير");
        Assert.Equal(12m, Assert.Single(numbers, n => n.RelativeTo is null).Value);
        Assert.Null(numbers.Single(n => n.Text == "12").RelativePosition);
    }
}
