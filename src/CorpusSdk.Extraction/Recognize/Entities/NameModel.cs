using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;

namespace CorpusSdk.Extraction.Recognize.Entities;

/// <summary>Adds the weights of one feature to the scores of every label: a trained model, or the trainer's model in training.</summary>
internal interface ILabelWeights
{
    void AddTo(ulong feature, float[] scores);
}

/// <summary>
/// A trained name tagger: the weight of each feature for each label (<see cref="NameLabels"/>), read once per process
/// from the embedded resource <c>Data/names-en.model</c> or <c>Data/names-ar.model</c> that tools/train-entities
/// writes. The file is a header of text lines (what it was built from, with the hashes of the inputs and of the
/// script, blank line ends it), then the weights, deflated: a feature count, then each feature's 64-bit hash, a mask
/// of the labels it weighs, and those weights as 16-bit integers (the averaged perceptron's weights, scaled).
/// </summary>
internal sealed class NameModel : ILabelWeights
{
    /// <summary>The first line of every model file.</summary>
    public const string Magic = "# CorpusSdk name tagger model";

    private static readonly Lazy<NameModel?> EnglishModel = new(() => Load("names-en.model"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<NameModel?> ArabicModel = new(() => Load("names-ar.model"), LazyThreadSafetyMode.ExecutionAndPublication);

    // An open-addressed table, laid out for the lookups of tagging, most of which find no feature (a bigram never seen):
    // a slot's 16-bit tag (0 for an empty slot) is read first, from an array small enough to stay in the processor's
    // cache, and only a matching tag reads the slot's key and its weights, which are stored by slot.
    private readonly ushort[] _tags;
    private readonly ulong[] _keys;
    private readonly short[] _weights;
    private readonly int _mask;

    private NameModel(IReadOnlyList<string> header, ulong[] features, short[] weights)
    {
        Header = header;
        FeatureCount = features.Length;
        var capacity = 16;
        while (capacity * 4 < features.Length * 5) capacity <<= 1; // at most 80 % full
        _mask = capacity - 1;
        _tags = new ushort[capacity];
        _keys = new ulong[capacity];
        _weights = new short[capacity * NameLabels.Count];
        for (var row = 0; row < features.Length; row++)
        {
            var slot = (int)(features[row] & (ulong)_mask);
            while (_tags[slot] != 0) slot = (slot + 1) & _mask;
            _tags[slot] = Tag(features[row]);
            _keys[slot] = features[row];
            Array.Copy(weights, row * NameLabels.Count, _weights, slot * NameLabels.Count, NameLabels.Count);
        }
    }

    /// <summary>A feature's tag: the top bits of its hash (the slot is the bottom ones), never 0.</summary>
    private static ushort Tag(ulong feature) => (ushort)((feature >> 48) | 1);

    /// <summary>The header's lines: the script that built the model, its inputs and their hashes.</summary>
    public IReadOnlyList<string> Header { get; }

    public int FeatureCount { get; }

    /// <summary>The model of a language, or null if its resource is missing (then names are found by the rules alone).</summary>
    public static NameModel? For(NameLanguage language) => language == NameLanguage.Arabic ? ArabicModel.Value : EnglishModel.Value;

    public void AddTo(ulong feature, float[] scores)
    {
        var slot = (int)(feature & (ulong)_mask);
        var tag = Tag(feature);
        while (true)
        {
            var found = _tags[slot];
            if (found == 0) return;
            if (found == tag && _keys[slot] == feature)
            {
                var at = slot * NameLabels.Count;
                for (var l = 0; l < NameLabels.Count; l++) scores[l] += _weights[at + l];
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Writes a model file: the header lines, a blank line, the weights deflated, features in ascending order.</summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IReadOnlyList<(ulong Feature, short[] Weights)> features)
    {
        var head = new StringBuilder();
        head.Append(Magic).Append('\n');
        foreach (var line in header) head.Append("# ").Append(line).Append('\n');
        head.Append('\n');
        var bytes = Encoding.UTF8.GetBytes(head.ToString());
        output.Write(bytes, 0, bytes.Length);
        using var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(features.Count);
        foreach (var (feature, weights) in features)
        {
            writer.Write(feature);
            ushort mask = 0;
            for (var l = 0; l < NameLabels.Count; l++) if (weights[l] != 0) mask |= (ushort)(1 << l);
            writer.Write(mask);
            for (var l = 0; l < NameLabels.Count; l++) if (weights[l] != 0) writer.Write(weights[l]);
        }
    }

    /// <summary>Reads a model file written by <see cref="Write"/>.</summary>
    public static NameModel Read(Stream input)
    {
        var header = new List<string>();
        var line = new List<byte>();
        while (true)
        {
            var b = input.ReadByte();
            if (b < 0) throw new InvalidDataException("a name model ends in its header");
            if (b != '\n') { line.Add((byte)b); continue; }
            if (line.Count == 0) break;
            var text = Encoding.UTF8.GetString(line.ToArray());
            if (header.Count == 0 && text != Magic) throw new InvalidDataException("not a name model: " + text);
            header.Add(text.StartsWith("# ", StringComparison.Ordinal) ? text.Substring(2) : text);
            line.Clear();
        }
        header.RemoveAt(0);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(deflate, 1 << 16));
        var count = reader.ReadInt32();
        var features = new ulong[count];
        var weights = new short[count * NameLabels.Count];
        for (var row = 0; row < count; row++)
        {
            features[row] = reader.ReadUInt64();
            var mask = reader.ReadUInt16();
            for (var l = 0; l < NameLabels.Count; l++) if ((mask & (1 << l)) != 0) weights[row * NameLabels.Count + l] = reader.ReadInt16();
        }
        return new NameModel(header, features, weights);
    }

    /// <summary>The header of a model file, without reading its weights.</summary>
    public static IReadOnlyList<string> ReadHeader(Stream input)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        var header = new List<string>();
        string? text;
        while ((text = reader.ReadLine()) is not null && text.Length > 0)
        {
            if (header.Count == 0 && text != Magic) throw new InvalidDataException("not a name model: " + text);
            header.Add(text.StartsWith("# ", StringComparison.Ordinal) ? text.Substring(2) : text);
        }
        if (header.Count > 0) header.RemoveAt(0);
        return header;
    }

    /// <summary>The embedded resource of a model file, or null.</summary>
    public static Stream? Resource(string fileName) =>
        typeof(NameModel).Assembly.GetManifestResourceStream("CorpusSdk.Extraction.Recognize.Entities.Data." + fileName);

    private static NameModel? Load(string fileName)
    {
        // Extraction never throws: a model that cannot be read leaves names to the rules (a test reads both models).
        try
        {
            using var stream = Resource(fileName);
            return stream is null ? null : Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }
}
