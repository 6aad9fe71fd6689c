using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Extraction.Normalize;

namespace CorpusSdk.Tests.Extraction;

/// <summary>The word key that lets a tag or a story word match its spellings with article and proclitics.</summary>
public class ArabicWordsTests
{
    [Theory]
    [InlineData("الحكومه", "حكومه")]
    [InlineData("والحكومه", "حكومه")]
    [InlineData("للحكومه", "حكومه")]
    [InlineData("بالحكومه", "حكومه")]
    [InlineData("ولبنان", "لبنان")]
    [InlineData("حكومه", "حكومه")]
    public void Article_and_proclitics_fall_away(string word, string key) => Assert.Equal(key, ArabicWords.Key(word));

    [Theory]
    [InlineData("وزير")]  // و is a root letter here, and the word is too short to carry a proclitic
    [InlineData("بلد")]
    [InlineData("الي")]   // stripping would leave fewer than three letters
    public void Short_words_keep_their_first_letters(string word) => Assert.Equal(word, ArabicWords.Key(word));

    [Fact]
    public void Folding_lowers_case_exactly_as_the_invariant_culture_does()
    {
        // FoldChar answers most characters without the culture tables, for speed; whatever it answers must be what they
        // would. The Arabic folds (alef forms, ة, digits, …) and the ignored marks are its own rules.
        var ownRules = new HashSet<char>("أإآٱىةؤئکی");
        var differs = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (ArabicFolding.IsIgnored(c) || ownRules.Contains(c) || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹')) continue;
            if (ArabicFolding.FoldChar(c) != char.ToLowerInvariant(c)) differs.Add(code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Empty(differs);
    }

    [Fact]
    public void Split_leaves_punctuation_out()
    {
        Assert.Equal(new[] { "قسد", "داعش", "the", "end" }, ArabicWords.Split("(قسد)، «داعش» - the end.").ToArray());
    }
}
