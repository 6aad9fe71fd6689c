using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusSdk.Tests.Reliability;

/// <summary>
/// An additional file given as bytes and decoded the way the compiler decodes one (Roslyn's EncodedStringText): a BOM
/// decides, else strict UTF-8, else the fallback encoding: UTF-8 with U+FFFD replacements where the compiler runs on
/// Linux and macOS, the ANSI code page (Windows-1252, Windows-1256, …) on Windows.
/// </summary>
internal sealed class CompilerReadText(string path, byte[] bytes, Encoding? fallback = null) : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(new MemoryStream(bytes), fallback ?? new UTF8Encoding(false, throwOnInvalidBytes: false));
        }
    }
}
