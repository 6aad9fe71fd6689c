using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Extraction.Recognize.Numbers;

/// <summary>
/// Reads numbers written in digits (any script) at one position: sign, thousands separators, decimal separator,
/// fraction bar, exponent; splits dates, times and addresses into their parts; refuses digits glued to letters.
/// </summary>
internal static class DigitScanner
{
    private readonly struct Item
    {
        public Item(int start, int end, decimal value, NumberShape shape)
        {
            Start = start;
            End = end;
            Value = value;
            Shape = shape;
        }

        public int Start { get; }
        public int End { get; }
        public decimal Value { get; }
        public NumberShape Shape { get; }
    }

    private static bool IsMinus(char c) => c == '-' || c == '\u2212';
    private static bool IsDot(char c) => c == '.' || c == '\u066B';

    /// <summary>Characters that may sit between two digit groups of one written number: , ٬ ، (thousands, or a decimal
    /// comma), . ٫ (decimal, or European thousands), / (fraction bar, or a date's separator).</summary>
    private static bool IsSeparator(char c) => c == ',' || c == '\u066C' || c == '\u060C' || c == '.' || c == '\u066B' || c == '/';

    /// <summary>Spaces that group thousands in French-style and Maghrebi typography (5 000, 1 234 567).</summary>
    private static bool IsGroupSpace(char c) => c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F';

    /// <summary>Where a minus or a leading decimal point may begin a number: at the start, after a space or an opening
    /// mark. After a digit or letter a hyphen is a dash or a hyphen (2019-2020, كوفيد-19).</summary>
    private static bool OpensNumber(string t, int p)
    {
        if (p == 0) return true;
        var prev = t[p - 1];
        return char.IsWhiteSpace(prev) || NumberText.IsTransparent(prev) || "([{«“\"'=:$€£".IndexOf(prev) >= 0;
    }

    private static int SkipTransparent(string t, int p)
    {
        while (p < t.Length && NumberText.IsTransparent(t[p])) p++;
        return p;
    }

    private static int SkipDigits(string t, int p)
    {
        while (p < t.Length && NumberText.IsDigit(t[p])) p++;
        return p;
    }

    /// <summary>Reads the number starting at <paramref name="i"/>, if one starts there, and appends its tokens.</summary>
    public static bool TryScan(string t, int i, List<Token> tokens, out int next)
    {
        next = i;
        var n = t.Length;
        var p = i;
        var negative = false;
        if (IsMinus(t[i]))
        {
            if (i + 1 >= n || !OpensNumber(t, i)) return false;
            if (NumberText.IsDigit(t[i + 1]) || (IsDot(t[i + 1]) && i + 2 < n && NumberText.IsDigit(t[i + 2])))
            {
                negative = true;
                p = i + 1;
            }
            else return false;
        }

        var leadingDot = false;
        if (IsDot(t[p]))
        {
            if (p + 1 >= n || !NumberText.IsDigit(t[p + 1]) || (!negative && !OpensNumber(t, p))) return false;
            leadingDot = true;
            p++;
        }
        else if (!NumberText.IsDigit(t[p])) return false;

        // Digit groups and the separators between them.
        var groups = new List<(int Start, int End)>();
        var seps = new List<(char Char, int At)>();
        var q = SkipDigits(t, p);
        groups.Add((p, q));
        if (!leadingDot)
        {
            while (true)
            {
                var r = SkipTransparent(t, q);
                if (r >= n || !IsSeparator(t[r])) break;
                var d = SkipTransparent(t, r + 1);
                if (d >= n || !NumberText.IsDigit(t[d])) break;
                seps.Add((t[r], r));
                q = SkipDigits(t, d);
                groups.Add((d, q));
            }
        }
        var end = q;

        // A hyphen between a letter and digits makes a name (F-16, كوفيد-19), not a number.
        if (!negative && i >= 2 && t[i - 1] == '-' && char.IsLetter(t[i - 2]))
            return Block(t, i, end, tokens, out next);

        var items = new List<Item>();
        var single = false; // one number (not the parts of a date or address)
        if (leadingDot)
        {
            if (!TryBuild("", Digits(t, groups[0]), negative, out var v)) return Block(t, i, end, tokens, out next);
            items.Add(new Item(i, end, v, negative ? NumberShape.Negative : NumberShape.None));
            single = true;
        }
        else if (seps.Exists(s => s.Char == '/'))
        {
            // Split at the bars. Two bare integers a/b are a fraction; longer chains (5/17/2018) are dates.
            var parts = new List<(int From, int To)>();
            var from = 0;
            for (var k = 0; k < seps.Count; k++)
                if (seps[k].Char == '/') { parts.Add((from, k)); from = k + 1; }
            parts.Add((from, groups.Count - 1));
            if (parts.Count == 2 && parts[0].From == parts[0].To && parts[1].From == parts[1].To
                && TryBuild(Digits(t, groups[0]), "", negative, out var a) && TryBuild(Digits(t, groups[1]), "", false, out var b)
                && b != 0 && Arithmetic.TryDivide(a, b, out var quotient))
            {
                items.Add(new Item(i, end, quotient, NumberShape.Notation | (negative ? NumberShape.Negative : NumberShape.None)));
                single = true;
            }
            else
            {
                foreach (var (f, to) in parts)
                    Interpret(t, groups, seps, f, to, f == 0 ? i : groups[f].Start, f == 0 && negative, forceParts: true, items);
            }
        }
        else
        {
            single = Interpret(t, groups, seps, 0, groups.Count - 1, i, negative, forceParts: false, items);
        }
        if (items.Count == 0) return Block(t, i, end, tokens, out next);

        if (single)
        {
            var item = items[0];
            end = item.End;
            var value = item.Value;
            var shape = item.Shape;
            if (TryExponent(t, end, value, out var expEnd, out var expValue)
                || TryPower(t, end, value, out expEnd, out expValue))
            {
                end = expEnd;
                value = expValue;
                shape = (shape | NumberShape.Notation) & ~(NumberShape.Plain | NumberShape.Integer);
                if (value == decimal.Truncate(value)) shape |= NumberShape.Integer;
            }
            else if ((shape & NumberShape.Plain) != 0 && end - groups[0].Start <= 3 && TryGroupSpaces(t, end, out var grouped, out var digits))
            {
                if (TryBuild(Digits(t, groups[0]) + digits, "", negative, out var v))
                {
                    end = grouped;
                    value = v;
                    shape = NumberShape.Integer | (negative ? NumberShape.Negative : NumberShape.None);
                }
            }
            items[0] = new Item(item.Start, end, value, shape);
        }

        // Letters glued after the digits: an English ordinal suffix (21st), an era or time letter (2026م, 1445هـ, 10ص),
        // or a unit or word (20دولار, 180ميلي, 1M, 5G), which makes the whole thing no number.
        var last = items[items.Count - 1];
        if (last.End < n && char.IsLetter(t[last.End]))
        {
            var e = last.End;
            if (single && (last.Shape & NumberShape.Integer) != 0 && e + 1 < n && IsOrdinalSuffix(t[e], t[e + 1])
                && (e + 2 >= n || !char.IsLetterOrDigit(t[e + 2])))
            {
                items[items.Count - 1] = new Item(last.Start, e + 2, last.Value, last.Shape | NumberShape.Ordinal);
            }
            else if (!IsEraLetter(t, e))
            {
                var stop = e;
                while (stop < n && char.IsLetterOrDigit(t[stop])) stop++;
                return Block(t, i, stop, tokens, out next);
            }
        }

        // Emit: the numbers, and what lies between them (separators of dates and addresses) as symbols.
        var at = i;
        foreach (var item in items)
        {
            if (item.Start > at) tokens.Add(new Token(TokenKind.Symbol, at, item.Start - at));
            tokens.Add(new Token(TokenKind.Number, item.Start, item.End - item.Start) { Value = item.Value, Shape = item.Shape });
            at = item.End;
        }
        next = at;
        return true;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        var s = new string(new[] { char.ToLowerInvariant(a), char.ToLowerInvariant(b) });
        return s == "st" || s == "nd" || s == "rd" || s == "th";
    }

    /// <summary>م (ميلادي, AD; or مساءً, pm), هـ (هجري, AH), ص (صباحًا, am) written right after a year or hour.</summary>
    private static bool IsEraLetter(string t, int e)
    {
        var c = t[e];
        if (c != '\u0645' && c != '\u0647' && c != '\u0635') return false;
        var after = e + 1;
        while (after < t.Length && t[after] == '\u0640') after++;
        return after >= t.Length || !char.IsLetter(t[after]);
    }

    private static bool Block(string t, int start, int end, List<Token> tokens, out int next)
    {
        if (end <= start) end = start + 1;
        tokens.Add(new Token(TokenKind.Blocked, start, end - start));
        next = end;
        return true;
    }

    private static string Digits(string t, (int Start, int End) group) => t.Substring(group.Start, group.End - group.Start);

    /// <summary>
    /// Reads groups <paramref name="from"/>..<paramref name="to"/> as one number when the separators fit a number's
    /// layout, else as separate integers (an IP address, a version, a date with dots). Returns true for one number.
    /// The decimal separator is the last separator when it is ٫, a lone dot, or a lone comma that cannot be a
    /// thousands separator (not followed by exactly three digits, after 0, after more than three digits, or after
    /// other separators): ٤,٨ and 12،220,13 have decimal commas, 1,234 has none. All other separators must be one
    /// kind of thousands separator with three-digit groups after a first group of one to three digits.
    /// </summary>
    private static bool Interpret(string t, List<(int Start, int End)> groups, List<(char Char, int At)> seps, int from, int to,
        int start, bool negative, bool forceParts, List<Item> items)
    {
        var signShape = negative ? NumberShape.Negative : NumberShape.None;
        if (from == to)
        {
            if (!TryBuild(Digits(t, groups[from]), "", negative, out var v)) return false;
            var shape = NumberShape.Integer | signShape | (forceParts ? NumberShape.Component : NumberShape.None)
                        | (negative || forceParts ? NumberShape.None : NumberShape.Plain);
            items.Add(new Item(start, groups[from].End, v, shape));
            return !forceParts;
        }

        var last = seps[to - 1].Char;
        int Count(char c)
        {
            var k = 0;
            for (var j = from; j < to; j++) if (seps[j].Char == c) k++;
            return k;
        }
        var firstLength = groups[from].End - groups[from].Start;
        var lastLength = groups[to].End - groups[to].Start;
        var lastIsDecimal = last == '\u066B'
            || (last == '.' && Count('.') == 1)
            || (last == ',' && Count(',') == 1
                && (to - from > 1 || lastLength != 3 || firstLength > 3 || Digits(t, groups[from]).TrimStart('0', '٠', '۰').Length == 0));

        var valid = !forceParts;
        var thousands = '\0';
        var intEnd = lastIsDecimal ? to - 1 : to;
        for (var j = from; j < intEnd && valid; j++)
        {
            var c = seps[j].Char;
            if (thousands == '\0') thousands = c;
            if (c != thousands || c == '\u066B' || c == '/') valid = false;
            if (groups[j + 1].End - groups[j + 1].Start != 3) valid = false;
        }
        if (thousands != '\0' && (firstLength > 3 || (lastIsDecimal && thousands == last))) valid = false;

        if (valid)
        {
            var sb = new StringBuilder();
            for (var j = from; j <= intEnd; j++) sb.Append(Digits(t, groups[j]));
            var frac = lastIsDecimal ? Digits(t, groups[to]) : "";
            if (TryBuild(sb.ToString(), frac, negative, out var v))
            {
                var shape = signShape | (v == decimal.Truncate(v) ? NumberShape.Integer : NumberShape.None);
                items.Add(new Item(start, groups[to].End, v, shape));
                return true;
            }
            return false;
        }

        // Separate integers: each group on its own, the sign (if any) with the first.
        for (var j = from; j <= to; j++)
        {
            if (!TryBuild(Digits(t, groups[j]), "", negative && j == from, out var v)) continue;
            items.Add(new Item(j == from ? start : groups[j].Start, groups[j].End, v, NumberShape.Integer | NumberShape.Component));
        }
        return false;
    }

    /// <summary>Builds a decimal from digit strings in any script; false when it does not fit a decimal.</summary>
    internal static bool TryBuild(string intDigits, string fracDigits, bool negative, out decimal value)
    {
        value = 0;
        var sb = new StringBuilder(intDigits.Length + fracDigits.Length + 2);
        foreach (var c in intDigits)
        {
            var d = NumberText.DigitValue(c);
            if (d < 0) return false;
            if (sb.Length == 0 && d == 0) continue; // leading zeros
            sb.Append((char)('0' + d));
        }
        if (sb.Length == 0) sb.Append('0');
        if (sb.Length > 28) return false;
        if (fracDigits.Length > 0)
        {
            sb.Append('.');
            var kept = 0;
            foreach (var c in fracDigits)
            {
                var d = NumberText.DigitValue(c);
                if (d < 0) return false;
                if (kept++ < 20) sb.Append((char)('0' + d));
            }
        }
        if (!decimal.TryParse(sb.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>1e10, 12,32e+14, -12e-1: scientific notation right after the digits.</summary>
    private static bool TryExponent(string t, int end, decimal value, out int newEnd, out decimal result)
    {
        newEnd = end;
        result = value;
        if (end >= t.Length || (t[end] != 'e' && t[end] != 'E')) return false;
        var p = end + 1;
        var negative = false;
        if (p < t.Length && (t[p] == '+' || IsMinus(t[p]))) { negative = IsMinus(t[p]); p++; }
        var digitsEnd = SkipDigits(t, p);
        if (digitsEnd == p || digitsEnd - p > 3) return false;
        if (digitsEnd < t.Length && char.IsLetter(t[digitsEnd])) return false;
        if (!TryBuild(t.Substring(p, digitsEnd - p), "", false, out var exponent)) return false;
        newEnd = digitsEnd;
        result = Arithmetic.TryScale(value, negative ? -(int)exponent : (int)exponent, out var scaled) ? scaled : value;
        return true;
    }

    /// <summary>2^10, 1,1^23, 2,5^-1: a power written with a caret.</summary>
    private static bool TryPower(string t, int end, decimal value, out int newEnd, out decimal result)
    {
        newEnd = end;
        result = value;
        if (end >= t.Length || t[end] != '^') return false;
        var p = end + 1;
        var negative = false;
        if (p < t.Length && (t[p] == '+' || IsMinus(t[p]))) { negative = IsMinus(t[p]); p++; }
        var intEnd = SkipDigits(t, p);
        if (intEnd == p) return false;
        var fracEnd = intEnd;
        if (intEnd + 1 < t.Length && (IsDot(t[intEnd]) || t[intEnd] == ',') && NumberText.IsDigit(t[intEnd + 1]))
            fracEnd = SkipDigits(t, intEnd + 1);
        var frac = fracEnd > intEnd ? t.Substring(intEnd + 1, fracEnd - intEnd - 1) : "";
        if (!TryBuild(t.Substring(p, intEnd - p), frac, negative, out var exponent)) return false;
        newEnd = fracEnd;
        var pow = Math.Pow((double)value, (double)exponent);
        if (!double.IsNaN(pow) && !double.IsInfinity(pow) && Math.Abs(pow) < 7.9e27)
            result = (decimal)pow;
        return true;
    }

    /// <summary>
    /// Thousands grouped by spaces after a first group of one to three digits: 5 000, 1 234 567. Each further group
    /// has exactly three digits; when more digits follow after a space the run is a list or a phone number
    /// (050 123 4567), not one number.
    /// </summary>
    private static bool TryGroupSpaces(string t, int end, out int newEnd, out string digits)
    {
        newEnd = end;
        digits = "";
        var n = t.Length;
        var p = end;
        var sb = new StringBuilder();
        while (p + 3 < n && IsGroupSpace(t[p]) && NumberText.IsDigit(t[p + 1]) && NumberText.IsDigit(t[p + 2]) && NumberText.IsDigit(t[p + 3])
               && (p + 4 >= n || (!NumberText.IsDigit(t[p + 4]) && !(IsSeparator(t[p + 4]) && p + 5 < n && NumberText.IsDigit(t[p + 5])))))
        {
            sb.Append(t, p + 1, 3);
            p += 4;
        }
        if (p == end) return false;
        var after = p;
        while (after < n && (t[after] == ' ' || t[after] == '\t' || t[after] == '\u00A0')) after++;
        if (after < n && NumberText.IsDigit(t[after])) return false;
        if (p < n && char.IsLetter(t[p])) return false;
        newEnd = p;
        digits = sb.ToString();
        return true;
    }
}

/// <summary>Decimal arithmetic that reports overflow instead of throwing.</summary>
internal static class Arithmetic
{
    public static bool TryMultiply(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (a == 0 || b == 0) return true;
        if (Math.Abs(a) > 1 && Math.Abs(b) > decimal.MaxValue / Math.Abs(a)) return false;
        result = a * b;
        return true;
    }

    public static bool TryAdd(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if ((a > 0 && b > decimal.MaxValue - a) || (a < 0 && b < decimal.MinValue - a)) return false;
        result = a + b;
        return true;
    }

    public static bool TryDivide(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (b == 0) return false;
        if (Math.Abs(b) < 1 && Math.Abs(a) > decimal.MaxValue * Math.Abs(b)) return false;
        result = a / b;
        return true;
    }

    /// <summary>value × 10^exponent.</summary>
    public static bool TryScale(decimal value, int exponent, out decimal result)
    {
        result = value;
        if (exponent > 28 || exponent < -28) return false;
        for (var k = 0; k < Math.Abs(exponent); k++)
        {
            if (exponent > 0)
            {
                if (!TryMultiply(result, 10m, out result)) return false;
            }
            else result /= 10m;
        }
        return true;
    }
}
