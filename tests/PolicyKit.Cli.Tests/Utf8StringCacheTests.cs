using System.Text;
using System.Text.Json;
using CsCheck;
using PolicyKit.Cli.Events;

namespace PolicyKit.Tests;

/// <summary>The event reader's string cache: repeated values share one string, and every value reads as without it.</summary>
public class Utf8StringCacheTests
{
    private static string Read(Utf8StringCache cache, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return cache.Get(ref reader);
    }

    [Fact]
    public void The_same_value_twice_is_the_same_string()
    {
        var cache = new Utf8StringCache();
        var first = Read(cache, "\"system:serviceaccounts\"");
        var second = Read(cache, "\"system:serviceaccounts\"");
        Assert.Equal("system:serviceaccounts", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Escaped_and_empty_values_decode_like_the_reader()
    {
        var cache = new Utf8StringCache();
        Assert.Equal("a\"b/é", Read(cache, "\"a\\\"b\\/\\u00e9\""));
        Assert.Equal("", Read(cache, "\"\""));
        Assert.Equal("é", Read(cache, "\"é\""));
    }

    [Fact]
    public void Invalid_utf8_fails_as_it_does_without_the_cache()
    {
        var bytes = new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' };
        var expected = Record.Exception(() => { var r = new Utf8JsonReader(bytes); r.Read(); r.GetString(); });
        var actual = Record.Exception(() => { var r = new Utf8JsonReader(bytes); r.Read(); new Utf8StringCache().Get(ref r); });
        Assert.NotNull(expected);
        Assert.Equal(expected!.GetType(), actual?.GetType());
    }

    [Fact]
    public void Any_sequence_of_values_reads_back_exactly_whatever_shares_a_slot()
        => Gen.String[0, 40].Array[1, 3000].Sample(values =>
        {
            // One cache for the whole sequence: thousands of values over 1,024 slots must collide and evict.
            var cache = new Utf8StringCache();
            foreach (var v in values)
            {
                Assert.Equal(v, Read(cache, JsonSerializer.Serialize(v)));
            }
        }, iter: 50);
}
