using System;
using System.IO;
using System.Linq;
using System.Text;

namespace CorpusSdk.Tests.Cli;

/// <summary>A corpus folder under the temp directory, deleted when the test is done.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus() => Folder = Directory.CreateTempSubdirectory("corpussdk-tests-").FullName;

    public string Folder { get; }

    public TempCorpus WriteText(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public TempCorpus WriteTextWithBom(string relativePath, string text) =>
        WriteBytes(relativePath, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(new UTF8Encoding(false).GetBytes(text)).ToArray());

    public TempCorpus WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Short news texts written for these tests.</summary>
internal static class SampleTexts
{
    public const string English =
        "Ferry service resumes between the islands\n" +
        "\n" +
        "The ferry company said that crossings would run twice a day from Monday.\n" +
        "Passengers with old tickets can exchange them at the harbour office.\n";

    public const string ArabicCrlf =
        "ارتفاع منسوب نهر دجلة بعد الأمطار الغزيرة\r\n" +
        "\r\n" +
        "أفادت مديرية الموارد المائية بأن منسوب النهر ارتفع نصف متر خلال يومين.\r\n" +
        "ودعت المديرية السكان القريبين من الضفاف إلى توخي الحذر.\r\n";

    public const string ArabicHeadline = "ارتفاع منسوب نهر دجلة بعد الأمطار الغزيرة";

    /// <summary>
    /// <see cref="English"/> behind a front matter block that states the outlet and the publication date: an article
    /// with nothing to report (no CORPUS003/CORPUS004, and its "Monday" resolves against the date). The body starts 4 lines down.
    /// </summary>
    public const string CleanEnglish =
        "---\n" +
        "outlet: Island Courier\n" +
        "published: 2026-03-02\n" +
        "---\n" +
        English;

    /// <summary><see cref="ArabicCrlf"/> behind a front matter block with outlet and date, CRLF throughout. The body starts 4 lines down.</summary>
    public const string CleanArabicCrlf =
        "---\r\n" +
        "outlet: صحيفة الرافدين\r\n" +
        "published: 2026-03-02\r\n" +
        "---\r\n" +
        ArabicCrlf;

    public static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }
}
