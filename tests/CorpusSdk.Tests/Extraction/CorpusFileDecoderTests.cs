using System;
using System.Linq;
using System.Text;
using CorpusSdk.Extraction.Read;

namespace CorpusSdk.Tests.Extraction;

public class CorpusFileDecoderTests
{
    private const string Arabic = "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة الزرقاء\nوقال الوزير إن المستشفى يضم مئتي سرير";
    private const string English = "Flooding closes coastal road\nEmergency crews worked through the night to clear debris.";

    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    [Fact]
    public void Utf8_without_bom_decodes_to_the_text()
    {
        var decoded = CorpusFileDecoder.Decode(Encoding.UTF8.GetBytes(Arabic));
        Assert.Equal(Arabic, decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Utf8_with_bom_decodes_to_the_same_text_without_the_bom()
    {
        var withBom = CorpusFileDecoder.Decode(Utf8Bom.Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray());
        var withoutBom = CorpusFileDecoder.Decode(Encoding.UTF8.GetBytes(Arabic));

        Assert.Equal(withoutBom.Text, withBom.Text);
        Assert.False(withBom.Text!.StartsWith('\uFEFF'));
        Assert.Null(withBom.Problem);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_decodes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Arabic)).ToArray();

        var decoded = CorpusFileDecoder.Decode(bytes);

        Assert.Equal(Arabic, decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Utf32_little_endian_with_bom_decodes()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(English)).ToArray();

        Assert.Equal(English, CorpusFileDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Empty_file_decodes_to_empty_text()
    {
        var decoded = CorpusFileDecoder.Decode(Array.Empty<byte>());
        Assert.Equal("", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Invalid_utf8_gives_no_text_and_a_problem()
    {
        var bytes = Encoding.UTF8.GetBytes("Market report").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray();

        var decoded = CorpusFileDecoder.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.NotNull(decoded.Problem);
        Assert.Contains("UTF-8", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_problem_names_the_offset_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("abcdefghij").Concat(new byte[] { 0xFF }).ToArray();

        var problem = CorpusFileDecoder.Decode(bytes).Problem;

        Assert.Contains("at byte offset 10)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_problem_counts_the_bom_in_the_byte_offset()
    {
        var bytes = Utf8Bom.Concat(Encoding.UTF8.GetBytes("abcdefghij")).Concat(new byte[] { 0xFF }).ToArray();

        var problem = CorpusFileDecoder.Decode(bytes).Problem;

        Assert.Contains("at byte offset 13)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_in_windows_1256_is_rejected_with_a_hint_naming_windows_1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1256).GetBytes(Arabic);

        var decoded = CorpusFileDecoder.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.Contains("Windows-1256", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void French_in_windows_1252_is_not_said_to_look_like_windows_1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Le président a annoncé une réforme économique très attendue.");

        var decoded = CorpusFileDecoder.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.DoesNotContain("Windows-1256", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf16_is_not_reported_as_invalid_utf8()
    {
        var bytes = new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00 }; // BOM, 'A', lone high surrogate, 'B'

        var decoded = CorpusFileDecoder.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.DoesNotContain("not valid UTF-8", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_bytes_are_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => CorpusFileDecoder.Decode(null!));
    }
}
