using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Extraction.Read;

/// <summary>A JSON value with the 0-based offset it starts at, so problems can be reported at their line and column.</summary>
public abstract record JsonNode(int Offset);

public sealed record JsonObject(int Offset, IReadOnlyList<(string Key, int KeyOffset, JsonNode Value)> Members) : JsonNode(Offset);

public sealed record JsonArray(int Offset, IReadOnlyList<JsonNode> Items) : JsonNode(Offset);

public sealed record JsonString(int Offset, string Value) : JsonNode(Offset);

/// <summary>A number, true, false or null, kept as written.</summary>
public sealed record JsonLiteral(int Offset, string Text) : JsonNode(Offset);

/// <summary>Malformed JSON: what is wrong and where.</summary>
public sealed class JsonProblem : Exception
{
    public JsonProblem(string message, int offset) : base(message) => Offset = offset;

    public int Offset { get; }
}

/// <summary>
/// Reads the corpus's small JSON files (the lexicon). The generator runs inside the compiler, whose host already loads
/// its own System.Text.Json; an analyzer that ships another version of it breaks in hosts that bind the first one, so
/// this strict reader of RFC 8259 (no comments, no trailing commas) keeps the generator free of that dependency. It
/// keeps every value's offset, so a problem is reported at its line and column.
/// </summary>
public static class JsonText
{
    /// <exception cref="JsonProblem">The text is not one JSON value.</exception>
    public static JsonNode Parse(string text)
    {
        var reader = new Reader(text);
        var value = reader.Value();
        reader.SkipSpace();
        if (!reader.AtEnd) throw new JsonProblem("unexpected text after the JSON value", reader.Position);
        return value;
    }

    /// <summary>RFC 8259's number: no leading zeros, no bare dot, ASCII digits only.</summary>
    private static readonly System.Text.RegularExpressions.Regex JsonNumber =
        new(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private sealed class Reader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _depth;

        public Reader(string text)
        {
            _text = text;
            // A UTF-8 BOM decoded into the text is not JSON's, but editors write it.
            if (_text.Length > 0 && _text[0] == '\uFEFF') Position = 1;
        }

        public int Position { get; private set; }

        public bool AtEnd => Position >= _text.Length;

        public void SkipSpace()
        {
            while (!AtEnd && (_text[Position] == ' ' || _text[Position] == '\t' || _text[Position] == '\n' || _text[Position] == '\r')) Position++;
        }

        public JsonNode Value()
        {
            SkipSpace();
            if (AtEnd) throw new JsonProblem("a value was expected", Position);
            var c = _text[Position];
            switch (c)
            {
                case '{': return Object();
                case '[': return Array();
                case '"': return new JsonString(Position, String());
                default:
                    var start = Position;
                    while (!AtEnd && (char.IsLetterOrDigit(_text[Position]) || "+-.".IndexOf(_text[Position]) >= 0)) Position++;
                    var literal = _text.Substring(start, Position - start);
                    if (literal == "true" || literal == "false" || literal == "null" || JsonNumber.IsMatch(literal))
                        return new JsonLiteral(start, literal);
                    throw new JsonProblem(literal.Length == 0 ? "unexpected '" + c + "'" : "'" + literal + "' is not a JSON value", start);
            }
        }

        private JsonObject Object()
        {
            var start = Position++;
            Enter(start);
            var members = new List<(string, int, JsonNode)>();
            SkipSpace();
            if (!AtEnd && _text[Position] == '}') { Position++; _depth--; return new JsonObject(start, members); }
            while (true)
            {
                SkipSpace();
                if (AtEnd || _text[Position] != '"') throw new JsonProblem("a member name in quotes was expected", Position);
                var keyOffset = Position;
                var key = String();
                foreach (var (name, _, _) in members)
                {
                    if (name == key) throw new JsonProblem("the member \"" + key + "\" is given twice", keyOffset);
                }
                SkipSpace();
                Expect(':');
                members.Add((key, keyOffset, Value()));
                SkipSpace();
                if (!AtEnd && _text[Position] == ',') { Position++; continue; }
                Expect('}');
                _depth--;
                return new JsonObject(start, members);
            }
        }

        private JsonArray Array()
        {
            var start = Position++;
            Enter(start);
            var items = new List<JsonNode>();
            SkipSpace();
            if (!AtEnd && _text[Position] == ']') { Position++; _depth--; return new JsonArray(start, items); }
            while (true)
            {
                items.Add(Value());
                SkipSpace();
                if (!AtEnd && _text[Position] == ',') { Position++; continue; }
                Expect(']');
                _depth--;
                return new JsonArray(start, items);
            }
        }

        private string String()
        {
            var start = Position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw new JsonProblem("the string is not closed", start);
                var c = _text[Position++];
                if (c == '"') return Checked(builder.ToString(), start);
                if (c < ' ') throw new JsonProblem("a control character must be escaped in a string", Position - 1);
                if (c != '\\') { builder.Append(c); continue; }
                if (AtEnd) throw new JsonProblem("the string is not closed", start);
                var escape = _text[Position++];
                switch (escape)
                {
                    case '"': case '\\': case '/': builder.Append(escape); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (Position + 4 > _text.Length || !IsHex(_text, Position, 4) || !int.TryParse(_text.Substring(Position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            throw new JsonProblem("\\u must be followed by four hexadecimal digits", Position - 2);
                        builder.Append((char)code);
                        Position += 4;
                        break;
                    default: throw new JsonProblem("'\\" + escape + "' is not a JSON escape", Position - 2);
                }
            }
        }

        private static bool IsHex(string text, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
            }
            return true;
        }

        /// <summary>A string whose escapes leave half a surrogate pair is no text (every later stage would choke on it).</summary>
        private static string Checked(string value, int start)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                if (char.IsSurrogate(value[i]))
                    throw new JsonProblem("the string holds half a surrogate pair (\\u" + ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture) + "), which is no text", start);
            }
            return value;
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (AtEnd || _text[Position] != c) throw new JsonProblem("'" + c + "' was expected", Position);
            Position++;
        }

        private void Enter(int offset)
        {
            if (++_depth > MaxDepth) throw new JsonProblem("nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels", offset);
        }
    }
}
