using System.Text;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Tests;

/// <summary>The envelopes' fast paths (RecordScan, GkeEntryScan) against the general one, through the decoder: what each makes of the same bytes.</summary>
internal static class FastEnvelopePaths
{
    /// <summary>What a decoder makes of the bytes (as its input's format, or found from them): each event's JSON and what the rules read of it, and each problem.</summary>
    public static List<string> Decode(byte[] bytes, InputFormat format, bool fast)
    {
        var decoder = new EventDecoder { UseFastEnvelopes = fast };
        var result = new BatchResult { Input = LogInput.File("log"), Format = format };
        var seen = new List<string>();
        var framer = new JsonValueFramer(new MemoryStream(bytes, writable: false));
        while (framer.TryRead(out var value))
        {
            if (value.Error is not null)
            {
                seen.Add($"framing {value.Line}: {value.Error}");
                continue;
            }
            decoder.Decode(value, result, e => seen.Add($"event {Convert.ToBase64String(e.Json.Span)} {LogReading.Describe(e)}"));
        }
        seen.AddRange(result.Problems.Select(p => "problem " + p));
        seen.Add($"events {result.Events}");
        return seen;
    }

    public static void AssertSame(byte[] bytes)
    {
        foreach (var format in new[] { InputFormat.Eks, InputFormat.Aks, InputFormat.Gke, InputFormat.Auto })
        {
            var slow = Decode(bytes, format, fast: false);
            var fast = Decode(bytes, format, fast: true);
            Assert.True(slow.SequenceEqual(fast), $"{format} on {Encoding.UTF8.GetString(bytes)}:\nslow: {string.Join("\n", slow)}\nfast: {string.Join("\n", fast)}");
        }
    }

    public static void AssertSame(string text) => AssertSame(Encoding.UTF8.GetBytes(text));
}
