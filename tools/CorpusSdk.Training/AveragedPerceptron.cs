using System;
using System.Collections.Generic;
using CorpusSdk.Extraction.Recognize.Entities;

namespace CorpusSdk.Training;

/// <summary>
/// The averaged perceptron (Collins 2002; Freund and Schapire 1999): on a wrong label, the gold label's weights of
/// the token's features go up by one and the predicted label's down by one; the model kept is the average of the
/// weights over every step, which generalizes far better than the last ones. The averaging is lazy (each weight
/// remembers when it last changed), so an update costs what it touches.
/// </summary>
internal sealed class AveragedPerceptron : ILabelWeights
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _weights = new float[1 << 20];
    private float[] _totals = new float[1 << 20];
    private int[] _stamps = new int[1 << 20];
    private readonly List<ulong> _features = new();
    private int _step;

    public int FeatureCount => _features.Count;

    public void AddTo(ulong feature, float[] scores)
    {
        if (!_rows.TryGetValue(feature, out var row)) return;
        var at = row * NameLabels.Count;
        for (var l = 0; l < NameLabels.Count; l++) scores[l] += _weights[at + l];
    }

    /// <summary>One token seen: a step of the average, and an update when the prediction was wrong.</summary>
    public void Learn(ulong[] features, int count, int predicted, int gold)
    {
        _step++;
        if (predicted == gold) return;
        for (var k = 0; k < count; k++)
        {
            var row = Row(features[k]);
            Change(row * NameLabels.Count + gold, 1f);
            Change(row * NameLabels.Count + predicted, -1f);
        }
    }

    /// <summary>The averaged weights, features in ascending hash order.</summary>
    public List<(ulong Feature, float[] Weights)> Averaged()
    {
        var result = new List<(ulong, float[])>(_features.Count);
        for (var row = 0; row < _features.Count; row++)
        {
            var averaged = new float[NameLabels.Count];
            for (var l = 0; l < NameLabels.Count; l++)
            {
                var i = row * NameLabels.Count + l;
                var total = _totals[i] + (_step - _stamps[i]) * _weights[i];
                averaged[l] = total / Math.Max(1, _step);
            }
            result.Add((_features[row], averaged));
        }
        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    private void Change(int i, float delta)
    {
        _totals[i] += (_step - _stamps[i]) * _weights[i];
        _stamps[i] = _step;
        _weights[i] += delta;
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row)) return row;
        row = _features.Count;
        _rows[feature] = row;
        _features.Add(feature);
        var needed = (row + 1) * NameLabels.Count;
        if (needed > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _totals, _totals.Length * 2);
            Array.Resize(ref _stamps, _stamps.Length * 2);
        }
        return row;
    }
}
