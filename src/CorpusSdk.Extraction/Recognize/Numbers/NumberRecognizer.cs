using System;
using System.Collections.Generic;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>Finds numbers in Arabic and English text: digits in both scripts, cardinal and ordinal words.</summary>
/// <remarks>
/// Three steps. <see cref="NumberTokenizer"/> cuts the text into words, spaces and symbols, and reads every number
/// written in digits there and then (<see cref="DigitScanner"/>: separators, decimals, signs; dates and addresses split
/// into parts; digits glued to letters refused). Then, left to right, each token is offered to the Arabic and English
/// grammars (<see cref="ArabicNumberParser"/>, <see cref="EnglishNumberParser"/>), which read the longest number phrase
/// starting there, digits included (3 آلاف, 1.5 million); a token no phrase starts at, if it is a digit number, is a
/// number on its own. Relative ordinals (الأخير, التالي) are read first, by <see cref="RelativeOrdinals"/>. The vocabulary is in <see cref="NumberWords"/>. Spans are over the text as written (UTF-16),
/// proclitics attached to the first word included (بألفين). Results never overlap and come in text order.
/// </remarks>
public static class NumberRecognizer
{
    public static IReadOnlyList<RecognizedNumber> Recognize(string text)
    {
        if (string.IsNullOrEmpty(text)) return Array.Empty<RecognizedNumber>();
        var tokens = NumberTokenizer.Tokenize(text);
        var arabic = new ArabicNumberParser(tokens);
        var english = new EnglishNumberParser(text, tokens);
        var found = new List<RecognizedNumber>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word && token.Kind != TokenKind.Number) continue;

            if (RelativeOrdinals.TryMatch(tokens, i, out var relativeEnd, out var relativeTo, out var offset))
            {
                var from = token.Start;
                var to = tokens[relativeEnd].End;
                found.Add(new RecognizedNumber(text.Substring(from, to - from), from, to - from, offset, IsOrdinal: true, relativeTo));
                i = relativeEnd;
                continue;
            }

            NumberMatch? best = null;
            if ((token.Kind == TokenKind.Number || !token.Latin) && arabic.TryParse(i, out var a)) best = a;
            if ((token.Kind == TokenKind.Number || token.Latin) && english.TryParse(i, out var e) && (best is null || e.EndTok > best.Value.EndTok)) best = e;
            if (best is null && token.Kind == TokenKind.Number)
                best = new NumberMatch(i, i, token.Value, token.Is(NumberShape.Ordinal));
            if (best is not NumberMatch m) continue;

            var start = tokens[m.StartTok].Start;
            var end = tokens[m.EndTok].End;
            found.Add(new RecognizedNumber(text.Substring(start, end - start), start, end - start, m.Value, m.Ordinal));
            i = m.EndTok;
        }
        return found;
    }
}
