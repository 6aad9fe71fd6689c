using System;
using System.IO;
using CorpusSdk.Extraction;
using CorpusSdk.Extraction.Link;
using CorpusSdk.Extraction.Read;
using SharpFuzz;

namespace CorpusSdk.Fuzz;

/// <summary>
/// One fuzz input is one corpus file: its bytes are decoded as the CLI decodes them (CorpusFileDecoder), extracted, and
/// linked twice (alone, and beside a fixed seed article, so cross-file linking meets the input too). Any exception is a
/// finding: the extraction promises never to throw on any text. `replay FILE...` runs inputs once, without AFL, for CI
/// and for reproducing a crash under a debugger.
/// </summary>
internal static class Program
{
    private const string Companion = "أعلنت وزارة الصحة افتتاح مستشفى جديد\n\nدمشق - الإثنين 09 فبراير 2026\n\nقال الوزير «المستشفى يضم 200 سرير» يوم أمس.\n";

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "replay")
        {
            var failed = 0;
            for (var i = 1; i < args.Length; i++)
            {
                try
                {
                    Run(File.ReadAllBytes(args[i]));
                }
                catch (Exception e)
                {
                    failed++;
                    Console.Error.WriteLine(args[i] + ": " + e);
                }
            }
            Console.WriteLine("replayed " + (args.Length - 1) + " inputs, " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Run(memory.ToArray());
        });
        return 0;
    }

    private static void Run(byte[] bytes)
    {
        var decoded = CorpusFileDecoder.Decode(bytes);
        // Bytes that are not UTF-8 still reach the extraction the way the compiler hands them over (U+FFFD for each bad byte).
        var text = decoded.Text ?? System.Text.Encoding.UTF8.GetString(bytes);
        var article = ArticleExtractor.Extract("fuzz.txt", text);
        var companion = ArticleExtractor.Extract("companion.txt", Companion);
        ArticleLinker.Link(new[] { article });
        ArticleLinker.Link(new[] { companion, article });
        foreach (var d in article.Diagnostics)
        {
            if (d.Span.Start < 0 || d.Span.Start + d.Span.Length > text.Length) throw new InvalidOperationException("diagnostic span outside the text: " + d);
        }
    }
}
