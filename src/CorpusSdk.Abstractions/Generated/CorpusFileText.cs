using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;

namespace CorpusSdk.Generated;

/// <summary>
/// The text of a corpus file, read from the resource the package's build targets embed it as. Used by generated code only.
/// </summary>
/// <remarks>
/// <para>Why resources: the compiler copies a resource into the assembly without parsing it, while text written into
/// generated C# is held again as source, as syntax and as emitted data, which at 100,000 articles is more memory than a
/// build machine has (docs/architecture.md, "Corpus text in resources"). So the generated records say where a
/// paragraph is in its file (offset and length), and the file is read from here when its articles are first used.</para>
/// <para>The resource is the file's bytes. They are decoded as the compiler decoded them: UTF-8, or UTF-16 or UTF-32
/// after a byte order mark. The text must have the length and the hash the generator saw; a resource that is missing or
/// differs (the file was changed and the assembly not rebuilt, or the resource was replaced) is an
/// <see cref="InvalidOperationException"/> that names the file, never text from the wrong place.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CorpusFileText
{
    /// <summary>What a corpus file's resource is named: this, then its path in the corpus folder with <c>/</c> separators.</summary>
    public const string ResourcePrefix = "CorpusSdk.Corpus/";

    /// <summary>A reader of the corpus files embedded in <paramref name="assembly"/>, for <see cref="ArticleStore"/>.</summary>
    public static Func<string, int, uint, string> In(Assembly assembly)
    {
        if (assembly is null) throw new ArgumentNullException(nameof(assembly));
        return (file, length, hash) => Read(assembly, file, length, hash);
    }

    /// <summary>The text of <paramref name="file"/>, checked against the <paramref name="length"/> and <paramref name="hash"/> the generator saw.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing, or its text is not the text the corpus was built from.</exception>
    public static string Read(Assembly assembly, string file, int length, uint hash)
    {
        if (assembly is null) throw new ArgumentNullException(nameof(assembly));
        if (file is null) throw new ArgumentNullException(nameof(file));
        var name = ResourcePrefix + file;
        byte[] bytes;
        using (var stream = assembly.GetManifestResourceStream(name))
        {
            if (stream is null)
            {
                throw new InvalidOperationException("The corpus file '" + file + "' is not among the resources of " + assembly.GetName().Name
                    + " (expected '" + name + "'). The CorpusSdk build targets embed each corpus file; set CorpusSdkTextInResources=false to write the text into the generated code instead.");
            }
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        var text = Decode(bytes);
        if (text.Length != length || Hash(text) != hash)
        {
            throw new InvalidOperationException("The resource of the corpus file '" + file + "' in " + assembly.GetName().Name
                + " is not the text its articles were generated from (" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " characters where " + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " were read). Rebuild the project.");
        }
        return text;
    }

    /// <summary>The bytes decoded as the compiler decodes a source file: a byte order mark names the encoding, else UTF-8.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) return new UTF32Encoding(false, false).GetString(bytes, 4, bytes.Length - 4);
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF) return new UTF32Encoding(true, false).GetString(bytes, 4, bytes.Length - 4);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>FNV-1a over the UTF-16 code units: the generator's StableHash, which this must equal (a test holds it).</summary>
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
