using System.Text;
using PolicyKit.Serve.Journal;
using PolicyKit.Serve.Tests.Support;

namespace PolicyKit.Serve.Tests;

public sealed class JournalTests : IDisposable
{
    private readonly string _dir = RunningServer.TempDirectory();

    private JournalOptions Options(long segment = 1 << 20, long budget = 8 << 20, FullPolicy full = FullPolicy.BackPressure, FsyncPolicy fsync = FsyncPolicy.Batch)
        => new() { Directory = _dir, SegmentBytes = segment, BudgetBytes = budget, WhenFull = full, Fsync = fsync };

    private static List<string> ReadAll(SegmentedJournal journal, JournalPosition from = default)
    {
        using var reader = new JournalReader(journal, from == default ? new JournalPosition(journal.FirstSegment, 0) : from);
        var records = new List<string>();
        while (reader.TryRead() is { } entry)
        {
            records.Add(Encoding.UTF8.GetString(entry.Payload.Span) + "#" + entry.Events);
        }
        return records;
    }

    [Theory]
    [InlineData(FsyncPolicy.Batch)]
    [InlineData(FsyncPolicy.Interval)]
    public async Task Appended_records_read_back_in_order_across_segments_and_a_reopen(FsyncPolicy fsync)
    {
        var expected = new List<string>();
        using (var journal = SegmentedJournal.Open(Options(segment: 256, fsync: fsync)))
        {
            for (var i = 0; i < 40; i++)
            {
                var text = $"batch {i} " + new string('x', i * 3);
                await journal.AppendAsync(Encoding.UTF8.GetBytes(text), i);
                expected.Add(text + "#" + i);
            }
            Assert.True(journal.End.Segment > 1, "small segments roll");
            Assert.Equal(expected, ReadAll(journal));
        }
        using var reopened = SegmentedJournal.Open(Options(segment: 256, fsync: fsync));
        Assert.Equal(0, reopened.RecoveredTornBytes);
        Assert.Equal(expected, ReadAll(reopened));
    }

    [Fact]
    public async Task Concurrent_appends_all_become_durable_and_readable()
    {
        using var journal = SegmentedJournal.Open(Options(segment: 4096));
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => journal.AppendAsync(Encoding.UTF8.GetBytes($"r{i}"), 1))));
        var read = ReadAll(journal);
        Assert.Equal(200, read.Count);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"r{i}#1").Order(), read.Order());
    }

    [Theory]
    [InlineData(5)]   // a header cut short
    [InlineData(12)]  // a header without its payload
    [InlineData(20)]  // a payload cut short
    public async Task A_torn_tail_is_cut_off_on_open_and_appends_continue_after_it(int tornBytes)
    {
        using (var journal = SegmentedJournal.Open(Options()))
        {
            await journal.AppendAsync("first"u8.ToArray(), 1);
            await journal.AppendAsync("second"u8.ToArray(), 2);
        }
        var segment = Directory.GetFiles(_dir, "*.journal").Single();
        var whole = JournalRecord.Header(new byte[30], 1).Concat(new byte[30]).ToArray();
        using (var file = new FileStream(segment, FileMode.Append))
        {
            file.Write(whole, 0, tornBytes);
        }
        using var reopened = SegmentedJournal.Open(Options());
        Assert.Equal(tornBytes, reopened.RecoveredTornBytes);
        await reopened.AppendAsync("third"u8.ToArray(), 3);
        Assert.Equal(["first#1", "second#2", "third#3"], ReadAll(reopened));
    }

    [Fact]
    public async Task A_record_whose_bytes_changed_fails_its_crc_and_ends_recovery_there()
    {
        using (var journal = SegmentedJournal.Open(Options()))
        {
            await journal.AppendAsync("first"u8.ToArray(), 1);
            await journal.AppendAsync("second"u8.ToArray(), 1);
        }
        var segment = Directory.GetFiles(_dir, "*.journal").Single();
        var bytes = File.ReadAllBytes(segment);
        bytes[^1] ^= 0xff;
        File.WriteAllBytes(segment, bytes);
        using var reopened = SegmentedJournal.Open(Options());
        Assert.Equal(JournalRecord.HeaderSize + "second".Length, reopened.RecoveredTornBytes);
        Assert.Equal(["first#1"], ReadAll(reopened));
    }

    [Fact]
    public async Task Segments_every_consumer_is_past_are_deleted_except_the_newest_of_them()
    {
        using var journal = SegmentedJournal.Open(Options(segment: 64));
        for (var i = 0; i < 10; i++)
        {
            await journal.AppendAsync(new byte[60], 1);
        }
        Assert.Equal(10, Directory.GetFiles(_dir, "*.journal").Length);
        journal.Consumed("b", new JournalPosition(5, 0));
        journal.Consumed("a", journal.End);
        Assert.Equal(4, journal.FirstSegment);
        journal.Consumed("b", journal.End);
        Assert.Equal(9, journal.FirstSegment);
    }

    [Fact]
    public async Task Back_pressure_refuses_an_append_past_the_budget_and_loses_nothing()
    {
        using var journal = SegmentedJournal.Open(Options(segment: 100, budget: 300));
        journal.Consumed("pipeline", new JournalPosition(1, 0));
        for (var i = 0; i < 3; i++)
        {
            await journal.AppendAsync(new byte[80], 1);
        }
        await Assert.ThrowsAsync<JournalFullException>(() => journal.AppendAsync(new byte[80], 1));
        Assert.Equal(3, ReadAll(journal).Count);
        Assert.Equal(0, journal.DroppedEvents);
        // Once the consumer moved on, its segments make room again.
        journal.Consumed("pipeline", journal.End);
        await journal.AppendAsync(new byte[80], 1);
    }

    [Fact]
    public async Task Drop_oldest_deletes_undelivered_segments_and_counts_their_events()
    {
        using var journal = SegmentedJournal.Open(Options(segment: 100, budget: 300, full: FullPolicy.DropOldest));
        journal.Consumed("pipeline", new JournalPosition(1, 0));
        for (var i = 0; i < 5; i++)
        {
            await journal.AppendAsync(new byte[80], 7);
        }
        Assert.Equal(14, journal.DroppedEvents);
        using var reader = new JournalReader(journal, new JournalPosition(1, 0));
        var read = 0;
        while (reader.TryRead() is not null)
        {
            read++;
        }
        Assert.Equal(3, read);
        Assert.Equal(1, reader.Skipped);
    }

    [Fact]
    public void A_budget_below_two_segments_is_refused()
        => Assert.Throws<ArgumentException>(() => SegmentedJournal.Open(Options(segment: 100, budget: 150)));

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
