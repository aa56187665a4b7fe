using System.Text;
using System.Text.Json;
using CsCheck;
using PolicyKit.Events;

namespace PolicyKit.Tests;

/// <summary>The readers' string pool: repeated values share one string, and every value reads as without it.</summary>
public class Utf8StringPoolTests
{
    private static string Read(Utf8StringPool pool, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return pool.Get(ref reader);
    }

    [Fact]
    public void The_same_value_twice_is_the_same_string()
    {
        var pool = new Utf8StringPool();
        var first = Read(pool, "\"system:serviceaccounts\"");
        var second = Read(pool, "\"system:serviceaccounts\"");
        Assert.Equal("system:serviceaccounts", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Escaped_and_empty_values_decode_like_the_reader()
    {
        var pool = new Utf8StringPool();
        Assert.Equal("a\"b/é", Read(pool, "\"a\\\"b\\/\\u00e9\""));
        Assert.Equal("", Read(pool, "\"\""));
        Assert.Equal("é", Read(pool, "\"é\""));
    }

    [Fact]
    public void Invalid_utf8_reads_as_the_replacement_character_as_the_apiserver_writes_it()
    {
        var bytes = new byte[] { (byte)'"', (byte)'a', 0xC3, 0x28, (byte)'"' };
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        Assert.Equal("a\uFFFD(", new Utf8StringPool().Get(ref reader));
    }

    [Fact]
    public void Any_sequence_of_values_reads_back_exactly_whatever_shares_a_slot()
        => Gen.String[0, 40].Array[1, 20000].Sample(values =>
        {
            // One pool for the whole sequence: thousands of values, so probe sequences collide and fill up.
            var pool = new Utf8StringPool();
            foreach (var v in values)
            {
                Assert.Equal(v, Read(pool, JsonSerializer.Serialize(v)));
            }
        }, iter: 50);
}
