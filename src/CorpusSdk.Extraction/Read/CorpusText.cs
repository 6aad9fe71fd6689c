using System;
using System.Collections.Generic;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Read;

/// <summary>
/// The text of one corpus file split into lines, with the offsets to map any span back to a line and column of the file
/// as given. Lines break where Roslyn's SourceText breaks them (CR, LF, CRLF, U+0085, U+2028, U+2029), so the lines the
/// extraction reports are the lines the build and the editor show.
/// </summary>
public sealed class CorpusText
{
    private readonly int[] _lineStarts;

    public CorpusText(string text)
    {
        Text = text ?? string.Empty;
        var lines = new List<TextLine>();
        var starts = new List<int>();
        var start = 0;
        var i = 0;
        while (i < Text.Length)
        {
            var c = Text[i];
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                lines.Add(new TextLine(lines.Count + 1, start, Text.Substring(start, i - start)));
                starts.Add(start);
                i += c == '\r' && i + 1 < Text.Length && Text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }
        lines.Add(new TextLine(lines.Count + 1, start, Text.Substring(start)));
        starts.Add(start);
        Lines = lines;
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    /// <summary>Every line, the last one included even when empty.</summary>
    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="start"/>, with lines and columns.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Clamp(start, 0, Text.Length);
        length = Clamp(length, 0, Text.Length - start);
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new SourceSpan(start, length, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The span of a line's text, without its break.</summary>
    public SourceSpan Span(TextLine line) => Span(line.Start, line.Text.Length);

    private (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
