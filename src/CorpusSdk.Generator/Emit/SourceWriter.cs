using System;
using System.Text;

namespace CorpusSdk.Generator.Emit;

/// <summary>A small indenting writer: generated files always use <c>\n</c> and four spaces, whatever the machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text).Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
