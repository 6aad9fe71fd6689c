using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// The corpus text of one generated class, kept as UTF-8 data instead of string literals. A string literal lands in the
/// assembly's #US heap, which holds 16 MB at most (CS8103): a corpus of a few thousand articles overflows it. A UTF-8
/// literal (<c>"…"u8</c>, C# 11) lands in the assembly's data section, which has no such limit and is read without
/// copying; each string is decoded from it when the class is first used. Short strings (ids, file names, outlets) stay
/// literals, which the compiler shares. When the consumer's C# or runtime lacks UTF-8 literals, every string is a
/// literal, as before.
/// </summary>
internal sealed class TextData
{
    /// <summary>Strings shorter than this stay literals: they cost little in #US and are shared there.</summary>
    public const int MinLength = 24;

    /// <summary>The member that holds the data, and the method that decodes a slice; no corpus identifier starts with <c>__</c>.</summary>
    private const string DataMember = "__Utf8";

    private const string DecodeMember = "__Text";

    private readonly bool _enabled;
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, (int Start, int Length)> _slices = new(StringComparer.Ordinal);
    private int _bytes;

    public TextData(bool enabled) => _enabled = enabled;

    /// <summary>The C# expression for <paramref name="value"/>: a call that decodes it from the data, or a literal.</summary>
    public string Literal(string? value)
    {
        if (!_enabled || value is null || value.Length < MinLength || HasLoneSurrogate(value)) return CSharpText.Literal(value);
        if (!_slices.TryGetValue(value, out var slice))
        {
            slice = (_bytes, Encoding.UTF8.GetByteCount(value));
            _slices[value] = slice;
            _text.Append(value);
            _bytes += slice.Length;
        }
        return DecodeMember + "(" + Number(slice.Start) + ", " + Number(slice.Length) + ")";
    }

    /// <summary>Writes the data and its decoder into the class being written, when any string went into it.</summary>
    public void WriteMembers(SourceWriter writer)
    {
        if (_bytes == 0) return;
        writer.Line();
        writer.Line("private static global::System.ReadOnlySpan<byte> " + DataMember + " => " + CSharpText.Literal(_text.ToString()) + "u8;");
        writer.Line();
        writer.Line("private static string " + DecodeMember + "(int start, int length) => global::System.Text.Encoding.UTF8.GetString(" + DataMember + ".Slice(start, length));");
    }

    /// <summary>A lone surrogate has no UTF-8 form (CS9026 in a u8 literal): such a string stays a literal, escaped.</summary>
    internal static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(value[i])) return true;
        }
        return false;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
