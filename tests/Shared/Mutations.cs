using System.Text;

namespace PolicyKit.Tests;

/// <summary>
/// Mutation fuzzing for readers: inputs made from real seeds by byte flips, inserted JSON/YAML tokens,
/// deletions, splices and truncations. CsCheck draws the edits, so a failure shrinks and repeats by seed.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Tokens =
        ["{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800", ":", ",", "\n", "\r\n", "\t", "\0", "null", "1e999", "\"items\":", "\"kind\":\"EventList\",", "\xef\xbb\xbf", "\xff\xfe", "- ", "&a ", "*a", "!!binary "];

    /// <summary>The first 20 kB of each file matching <paramref name="pattern"/> under <paramref name="folder"/>.</summary>
    public static byte[][] Seeds(string folder, string pattern)
        => Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllBytes(f).Take(20_000).ToArray()).ToArray();

    public static Gen<byte[]> Of(byte[][] seeds) =>
        from seed in Gen.Int[0, seeds.Length - 1]
        from edits in Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.Length - 1], Gen.Byte).Array[1, 12]
        select Mutate(seeds[seed], edits);

    private static byte[] Mutate(byte[] seed, (int Kind, int At, int Token, byte Byte)[] edits)
    {
        var bytes = seed.ToList();
        foreach (var (kind, at, token, value) in edits)
        {
            var i = bytes.Count == 0 ? 0 : at % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[i] = value; break;
                case 1: bytes.InsertRange(i, Encoding.Latin1.GetBytes(Tokens[token])); break;
                case 2: bytes.RemoveRange(i, Math.Min(bytes.Count - i, 1 + at % 64)); break;
                case 3 when bytes.Count > 0: bytes.InsertRange(i, bytes.GetRange(at % bytes.Count, Math.Min(bytes.Count - at % bytes.Count, 200))); break;
                default: bytes = bytes.Take(i).ToList(); break;
            }
        }
        return bytes.ToArray();
    }
}
