using System.Text;

namespace PolicyKit.Fuzz;

/// <summary>
/// Mutates seed inputs the way AFL's havoc stage does, and with the tokens of the formats we read: byte flips,
/// random bytes, truncations, splices of two seeds, repeated ranges and insertions of YAML/JSON tokens. Driven
/// by one seeded <see cref="Random"/>, so a run is reproducible from its seed.
/// </summary>
public sealed class Mutator
{
    private static readonly byte[][] Tokens = new[]
    {
        ":", ": ", "- ", "\n", "\n  ", "\t", "{", "}", "[", "]", ",", "\"", "'", "#", "&a ", "*a", "<<: *a", "!!str ", "!!binary ",
        "? ", "|", ">-", "---\n", "...\n", "%YAML 1.2\n", "\\u0000", "\0", "\uFEFF", "~", "null", "true", "1e309", "0x1F",
        "rules:", "level:", "resources:", "- group: \"*\"", "verbs: [\"*\"]", "omitStages:", "nonResourceURLs: [\"/*\"]",
        "apiVersion: audit.k8s.io/v1beta1", "kind: Policy", "\"rules\":[", "{\"level\":\"None\"}", "\u00e9", "\ud83d\ude00",
    }.Select(t => Encoding.UTF8.GetBytes(t)).ToArray();

    private readonly IReadOnlyList<byte[]> _seeds;
    private readonly Random _random;

    public Mutator(IReadOnlyList<byte[]> seeds, int seed)
    {
        if (seeds.Count == 0)
        {
            throw new ArgumentException("no seed inputs", nameof(seeds));
        }
        _seeds = seeds;
        _random = new Random(seed);
    }

    /// <summary>A seed with one to eight mutations stacked.</summary>
    public byte[] Next()
    {
        var data = new List<byte>(_seeds[_random.Next(_seeds.Count)]);
        var count = 1 + _random.Next(8);
        for (var i = 0; i < count; i++)
        {
            Mutate(data);
        }
        return data.ToArray();
    }

    private void Mutate(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
        switch (_random.Next(8))
        {
            case 0 when data.Count > 0: // flip a bit
                var i = _random.Next(data.Count);
                data[i] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0: // a random byte
                data[_random.Next(data.Count)] = (byte)_random.Next(256);
                break;
            case 2: // truncate
                data.RemoveRange(at, data.Count - at);
                break;
            case 3 when data.Count > 0: // delete a range
                var start = _random.Next(data.Count);
                data.RemoveRange(start, _random.Next(Math.Min(64, data.Count - start) + 1));
                break;
            case 4: // splice in a range of another seed
                var other = _seeds[_random.Next(_seeds.Count)];
                if (other.Length > 0)
                {
                    var from = _random.Next(other.Length);
                    data.InsertRange(at, other.Skip(from).Take(1 + _random.Next(Math.Min(256, other.Length - from))));
                }
                break;
            case 5 when data.Count > 0: // repeat a range (nesting, long scalars, alias fan-out)
                var s = _random.Next(data.Count);
                var range = data.Skip(s).Take(1 + _random.Next(Math.Min(16, data.Count - s))).ToArray();
                var times = 1 + _random.Next(_random.Next(2) == 0 ? 4 : 2000);
                for (var t = 0; t < times; t++)
                {
                    data.InsertRange(at, range);
                }
                break;
            default: // a token of the formats
                data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}
