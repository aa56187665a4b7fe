using System.Text;
using CsCheck;
using PolicyKit.Events;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;

namespace PolicyKit.Tests;

/// <summary>
/// The framer's structural scan, which looks at 64 bytes at a time, against the obvious byte-at-a-time reading of
/// the same rules, on text dense in quotes, escapes, brackets and newlines, fed in pieces as the framer's buffer grows.
/// </summary>
public class StructuralScanTests
{
    private static readonly string[] Tokens =
        ["\"", "\\", "{", "}", "[", "]", "\n", ":", ",", " ", "a", "é", "\"items\"", "\"items\": [", "\\\"", "\\\\", "\\\n", "{}", "[]", "\r\n"];

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Int[0, Tokens.Length - 1].Array[0, 400].Select(ix => string.Concat(ix.Select(i => Tokens[i]))),
        Gen.Int[0, 30].SelectMany(n => Gen.Int[1, 6].Select(depth => PrettyList(n, depth))));

    [Fact]
    public void Scanning_64_bytes_at_a_time_agrees_with_scanning_byte_by_byte()
        => Gen.Select(Texts, Gen.Int[1, 200].Array[1, 8]).Sample((text, pieces) =>
        {
            var bytes = Encoding.UTF8.GetBytes("{" + text);
            var expected = Reference.Scan(bytes);
            var scan = new StructuralScan();
            scan.Reset();
            ScanResult result;
            int end;
            var available = 0;
            var piece = 0;
            do
            {
                available = Math.Min(bytes.Length, available + pieces[piece++ % pieces.Length]);
                result = scan.Resume(bytes.AsSpan(0, available), out end);
            }
            while (result == ScanResult.Incomplete && available < bytes.Length);
            Assert.Equal(expected.Result, result);
            if (result == ScanResult.Complete)
            {
                Assert.Equal(expected.End, end);
                Assert.Equal(expected.Places, Describe(scan.Places));
                Assert.Equal(bytes.AsSpan(0, end).Count((byte)'\n'), scan.Newlines);
            }
            if (result != ScanResult.Incomplete)
            {
                Assert.Equal(expected.Stop, scan.Work);
            }
        }, iter: 20_000);

    [Fact]
    public void A_pretty_list_is_complete_with_its_items_placed()
    {
        var text = "{" + PrettyList(70, 3);
        var scan = new StructuralScan();
        Assert.Equal(ScanResult.Complete, scan.Resume(Encoding.UTF8.GetBytes(text), out var end));
        Assert.Equal(Encoding.UTF8.GetByteCount(text.TrimEnd()), end);
        Assert.Equal(70, scan.Places!.Items.Count);
        // Its outline (the items left out) tells its shape as the whole list does, without reading the items.
        var outline = scan.Places.Outline(Encoding.UTF8.GetBytes(text).AsSpan(0, end));
        Assert.Equal("{\n  \"kind\": \"EventList\",\n  \"items\": []\n}", Encoding.UTF8.GetString(outline));
        Assert.Equal(EnvelopeShape.AuditEvent, FormatDetector.Detect(outline));
        Assert.Equal(FormatDetector.Detect(Encoding.UTF8.GetBytes(text)), FormatDetector.Detect(outline));
    }

    /// <summary>The rest of an EventList after its opening brace, items nested to <paramref name="depth"/>, strings with escapes and brackets.</summary>
    private static string PrettyList(int items, int depth)
    {
        string Item(int i) => "{\n      \"auditID\": \"a\\\"" + i + "}]\",\n      \"x\": " + new string('[', depth) + "\"\\\\{\"" + new string(']', depth) + "\n    }";
        return "\n  \"kind\": \"EventList\",\n  \"items\": [\n    " + string.Join(",\n    ", Enumerable.Range(0, items).Select(Item)) + "\n  ]\n}\n";
    }

    private static string? Describe(ItemPlaces? places)
        => places is null ? null : $"{places.ListStart}-{places.ListEnd}: " + string.Join(",", places.Items.Select(i => $"{i.Start}+{i.Length}"));

    /// <summary>The same rules, one byte at a time.</summary>
    private static class Reference
    {
        public static (ScanResult Result, int End, string? Places, int Stop) Scan(byte[] v)
        {
            var open = new Stack<byte>();
            var (inString, stringStart, itemsKeyEnd, inItems, irregular) = (false, 0, -1, false, false);
            ItemPlaces? places = null;
            for (var i = 0; i < v.Length; i++)
            {
                var c = v[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        if (++i < v.Length && v[i] == '\n')
                        {
                            return (ScanResult.Invalid, 0, null, i + 1);
                        }
                    }
                    else if (c == '\n')
                    {
                        return (ScanResult.Invalid, 0, null, i + 1);
                    }
                    else if (c == '"')
                    {
                        inString = false;
                        if (open.Count == 1)
                        {
                            itemsKeyEnd = Encoding.UTF8.GetString(v, stringStart, i - stringStart) == "items" ? i + 1 : -1;
                        }
                    }
                    continue;
                }
                if (c == '"')
                {
                    (inString, stringStart) = (true, i + 1);
                    irregular |= inItems && open.Count == 2;
                }
                else if (c is (byte)'{' or (byte)'[')
                {
                    if (open.Count == ReadLimits.MaxDepth)
                    {
                        return (ScanResult.Invalid, 0, null, i + 1);
                    }
                    if (open.Count == 1 && c == '[' && itemsKeyEnd >= 0 && Encoding.UTF8.GetString(v, itemsKeyEnd, i - itemsKeyEnd).Trim(' ', '\t', '\r', '\n') == ":")
                    {
                        irregular |= places is not null;
                        places ??= new ItemPlaces();
                        places.ListStart = i;
                        inItems = true;
                    }
                    else if (inItems && open.Count == 2)
                    {
                        irregular |= c != '{';
                        places!.Items.Add((i, 0));
                    }
                    if (open.Count == 1)
                    {
                        itemsKeyEnd = -1;
                    }
                    open.Push(c);
                }
                else if (c is (byte)'}' or (byte)']')
                {
                    if (open.Count == 0 || open.Pop() != (c == '}' ? '{' : '['))
                    {
                        return (ScanResult.Invalid, 0, null, i + 1);
                    }
                    if (inItems && open.Count == 2)
                    {
                        places!.Items[^1] = (places.Items[^1].Start, i + 1 - places.Items[^1].Start);
                    }
                    else if (inItems && open.Count == 1)
                    {
                        places!.ListEnd = i + 1;
                        inItems = false;
                    }
                    if (open.Count == 0)
                    {
                        return (ScanResult.Complete, i + 1, irregular || inItems ? null : Describe(places), i + 1);
                    }
                }
            }
            return (ScanResult.Incomplete, 0, null, v.Length);
        }
    }
}
