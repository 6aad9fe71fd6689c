using CorpusSdk.Extraction.Normalize;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Tests.Recognize.Entities;

/// <summary>
/// The letter model the tagger reads as one feature: the letters of a transliterated foreign name score above those
/// of common Arabic words, whether or not the gazetteer has the name. The words are written for the test.
/// </summary>
public class NameLettersTests
{
    private static int Bucket(string word) => NameLetters.Bucket(ArabicWords.Key(ArabicFolding.Fold(word)));

    [Theory]
    [InlineData("فيلاندروفسكي", "المستشفيات")]
    [InlineData("غرينبيرغر", "الاجتماعات")]
    [InlineData("كاستيلانوس", "والمحافظات")]
    [InlineData("دوبروفنيك", "المسؤولين")]
    public void A_transliterated_name_scores_above_a_common_word(string name, string common)
    {
        Assert.True(Bucket(name) > Bucket(common), $"{name}: {Bucket(name)}, {common}: {Bucket(common)}");
    }

    [Fact]
    public void A_word_too_short_to_judge_is_bucket_zero()
    {
        Assert.Equal(0, NameLetters.Bucket("في"));
    }
}
