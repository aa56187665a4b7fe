using System.Text;
using PolicyKit.Events.Input;

namespace PolicyKit.Tests;

/// <summary>
/// A bounded smoke run of mutation fuzzing over the event reader, seeded from the real fixtures: byte
/// flips, truncations, splices and inserted JSON tokens. Whatever the bytes, reading ends normally with
/// located problems; an exception escaping the reader fails the test with the input that caused it.
/// The long run is described in docs/fuzzing.md.
/// </summary>
public class EventReaderFuzzTests
{
    private static readonly byte[][] Seeds = Mutations.Seeds(Fixtures.Path("events"), "*.json*");

    [Fact]
    public void Mutated_logs_never_escape_the_reader()
    {
        Mutations.Of(Seeds).Sample(bytes =>
        {
            try
            {
                LogReading.Read(bytes, workers: 1);
                LogReading.Read(bytes, workers: 2, batchBytes: 512);
                LogReading.Read(HostileInputTests.Gzip(Encoding.Latin1.GetString(bytes))[..^(bytes.Length % 7)], workers: 1);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"the reader threw {ex.GetType().Name}: {ex.Message}\ninput (base64): {Convert.ToBase64String(bytes)}");
            }
        }, iter: 400);
    }
}
