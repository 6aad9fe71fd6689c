using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Reliability;

/// <summary>Checks that hold for every file the generator writes, whatever the corpus held.</summary>
internal static class GeneratedCode
{
    /// <summary>
    /// Characters that must never stand raw in generated code: NUL and the other C0 controls but tab, CR and LF; the
    /// line breaks only the compiler sees (U+0085, U+2028, U+2029); bidi controls (Trojan Source) and zero-width and
    /// other format characters (U+061C, U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+FEFF).
    /// </summary>
    public static bool IsForbidden(char c) =>
        (c < ' ' && c != '\t' && c != '\r' && c != '\n') || (c >= '\u007F' && c <= '\u009F')
        || c == '\u2028' || c == '\u2029' || c == '\u061C' || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF';

    /// <summary>Identifiers the corpus's code-like text would bring in, were it ever emitted as code.</summary>
    private static readonly HashSet<string> InjectedNames = new(StringComparer.Ordinal) { "Delete", "DROP", "evil", "boom" };

    /// <summary>
    /// Every generated file: no forbidden character anywhere; no syntax error; no preprocessor directive but
    /// <c>#nullable</c> and <c>#pragma</c>; every token outside literals and comments is ASCII (so no corpus word is
    /// code) and none is a name the corpus's code-like text holds.
    /// </summary>
    public static void AssertCorpusTextIsData(GeneratorDriverRunResult run)
    {
        foreach (var source in run.Results.SelectMany(r => r.GeneratedSources))
        {
            var text = source.SourceText.ToString();
            for (var i = 0; i < text.Length; i++)
            {
                Assert.False(IsForbidden(text[i]), source.HintName + ": raw U+" + ((int)text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " at " + i);
            }

            var tree = source.SyntaxTree;
            Assert.Empty(tree.GetDiagnostics().Select(d => source.HintName + ": " + d));
            var root = tree.GetRoot();
            foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
            {
                if (trivia.IsDirective)
                {
                    Assert.True(trivia.IsKind(SyntaxKind.NullableDirectiveTrivia) || trivia.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia),
                        source.HintName + ": directive " + trivia.ToString());
                }
                Assert.False(trivia.IsKind(SyntaxKind.SkippedTokensTrivia) || trivia.IsKind(SyntaxKind.DisabledTextTrivia), source.HintName + ": " + trivia.Kind());
            }
            foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
            {
                if (IsData(token)) continue;
                Assert.True(token.Text.All(c => c < 128), source.HintName + ": non-ASCII code token " + token.Text);
                Assert.False(token.IsKind(SyntaxKind.IdentifierToken) && InjectedNames.Contains(token.Text), source.HintName + ": injected name " + token.Text);
            }
        }
    }

    /// <summary>Tokens that hold corpus text as data: string and character literals, and the text of XML doc comments.</summary>
    private static bool IsData(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.XmlTextLiteralToken or SyntaxKind.XmlTextLiteralNewLineToken or SyntaxKind.XmlEntityLiteralToken => true,
        _ => token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.XmlTextAttributeSyntax,
    };

    /// <summary>The compiled consumer assembly, loaded, to read what the generated API gives at run time.</summary>
    public static Assembly Load(Compilation output)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary><c>Articles.All</c> of a loaded consumer assembly.</summary>
    public static IReadOnlyList<CorpusSdk.Article> Articles(Assembly assembly, string @namespace = "Consumer.Corpus") =>
        (IReadOnlyList<CorpusSdk.Article>)assembly.GetType(@namespace + ".Articles", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
