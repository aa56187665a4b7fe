using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>
/// One attribute of the candidate index: per value a rule names, the bit set of the rules that may match
/// a request with that value (the rules naming it, plus the rules that do not constrain the attribute);
/// for any other value, only the latter.
/// </summary>
internal sealed class KeyedRuleBits
{
    private readonly Dictionary<string, ulong[]> _byValue = new(StringComparer.Ordinal);
    private readonly int _words;
    private readonly List<(string Key, int Rule)> _pending = new();

    public KeyedRuleBits(int words)
    {
        _words = words;
        Unconstrained = new ulong[words];
    }

    /// <summary>The rules that may match whatever the value (they do not constrain it).</summary>
    public ulong[] Unconstrained { get; }

    /// <summary>Whether some rule names a value (else every rule is unconstrained here).</summary>
    public bool HasKeys => _byValue.Count > 0;

    public void Add(int rule, IEnumerable<string>? keys)
    {
        if (keys is null)
        {
            Unconstrained[rule >> 6] |= 1UL << rule;
            return;
        }
        foreach (var key in keys)
        {
            if (!_byValue.TryGetValue(key, out var bits))
            {
                _byValue[key] = bits = new ulong[_words];
            }
            bits[rule >> 6] |= 1UL << rule;
        }
    }

    /// <summary>Once every rule is added: each value's set also holds the unconstrained rules, so a lookup is one array.</summary>
    public void Complete(bool includeUnconstrained)
    {
        if (!includeUnconstrained)
        {
            return;
        }
        foreach (var bits in _byValue.Values)
        {
            for (var w = 0; w < _words; w++)
            {
                bits[w] |= Unconstrained[w];
            }
        }
    }

    /// <summary>The candidates for one value (null: no user, or any value no rule names).</summary>
    public ulong[] For(string? value)
        => value is not null && _byValue.TryGetValue(value, out var bits) ? bits : Unconstrained;

    /// <summary>Word <paramref name="w"/> of the rules naming a value only (no unconstrained ones); 0 for a value no rule names.</summary>
    public ulong NamedWord(string value, int w) => _byValue.TryGetValue(value, out var bits) ? bits[w] : 0;
}
