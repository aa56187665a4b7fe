using System.Buffers;
using System.IO.Compression;
using System.Text;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Tests;

/// <summary>
/// Following a log while a writer appends to it and rotates it as kube-apiserver does (rename, new file, the
/// backup gzip'd and removed): every event is read once, in order; a restart from the state file goes on where
/// the last run stopped, through the backups rotated meanwhile. Files only; bounded by a generous timeout, no timing asserted.
/// </summary>
public class FollowTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    private static string Event(int i) => $"{{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"e-{i}\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/pods\",\"verb\":\"list\",\"user\":{{\"username\":\"u{i % 7}\"}}}}\n";

    /// <summary>Appends events, rotating every <paramref name="rotateEvery"/>: the file renamed to a timestamped backup, every other backup gzip'd.</summary>
    private sealed class RotatingWriter(string path, int rotateEvery)
    {
        private FileStream _file = Open(path);
        private int _written;
        private int _rotations;

        private static FileStream Open(string path) => new(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);

        public void Write(int from, int count)
        {
            for (var i = from; i < from + count; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(Event(i));
                // Sometimes a line in two writes: a reader may see half of it.
                var cut = i % 5 == 0 ? bytes.Length / 2 : bytes.Length;
                _file.Write(bytes, 0, cut);
                _file.Flush();
                _file.Write(bytes, cut, bytes.Length - cut);
                _file.Flush();
                if (++_written % rotateEvery == 0)
                {
                    Rotate();
                }
                if (i % 50 == 0)
                {
                    Thread.Sleep(1);
                }
            }
        }

        private void Rotate()
        {
            _file.Dispose();
            var backup = Path.Combine(Path.GetDirectoryName(path)!, $"audit-2024-01-01T01-00-{_rotations:D2}.000.log");
            File.Move(path, backup);
            _file = Open(path);
            if (_rotations++ % 2 == 1)
            {
                using (var input = File.OpenRead(backup))
                using (var gzip = new GZipStream(File.Create(backup + ".gz"), CompressionLevel.Fastest))
                {
                    input.CopyTo(gzip);
                }
                File.Delete(backup);
            }
        }

        public void Close() => _file.Dispose();
    }

    /// <summary>Follows until <paramref name="stop"/>, saving state as the CLI does (after each merge); the auditIDs read, in order.</summary>
    private static (List<string> Ids, List<string> Problems) Follow(string path, string? state, CancellationToken stop, SemaphoreSlim? started = null)
    {
        var log = new FollowedLog(path, state, Poll, stop);
        var ids = new List<string>();
        var problems = new List<string>();
        long consumed = 0;
        AuditLogReader.Read([log.Input], new EventReadOptions { Workers = 1, OnIdle = () => log.SaveState(consumed) }, () => new Ids(), r =>
        {
            consumed += r.Bytes;
            ids.AddRange(Encoding.UTF8.GetString(r.Output.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            if (ids.Count > 0 && started is { CurrentCount: 0 })
            {
                started.Release();
            }
            problems.AddRange(r.Problems.Select(p => p.ToString()));
        });
        log.SaveState(consumed);
        return (ids, problems);
    }

    private sealed class Ids : IEventWorker<BatchResult>
    {
        private readonly EventDecoder _decoder = new();

        public void Process(in FramedValue value, BatchResult into)
            => _decoder.Decode(value, into, e => into.Output.Write(Encoding.UTF8.GetBytes(e.AuditId + "\n")));
    }

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pk-follow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static IEnumerable<string> Expected(int from, int count) => Enumerable.Range(from, count).Select(i => "e-" + i);

    [Fact]
    public async Task Every_event_is_read_once_in_order_while_the_log_rotates()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "audit.log");
        var writer = new RotatingWriter(path, rotateEvery: 97);
        using var stop = new CancellationTokenSource();
        using var started = new SemaphoreSlim(0);
        var reading = Task.Run(() => Follow(path, null, stop.Token, started));
        writer.Write(0, 1);
        Assert.True(await started.WaitAsync(TimeSpan.FromMinutes(2)), "the follower read nothing");
        var writing = Task.Run(() => writer.Write(1, 1999));
        await writing.WaitAsync(TimeSpan.FromMinutes(2));
        writer.Close();
        stop.Cancel();
        var (ids, problems) = await reading.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Empty(problems);
        Assert.Equal(Expected(0, 2000), ids);
        Assert.Contains(Directory.GetFiles(dir), f => f.EndsWith(".gz", StringComparison.Ordinal));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task A_restart_from_the_state_file_goes_on_where_the_last_run_stopped_across_rotations()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "audit.log");
        var state = Path.Combine(dir, "policykit.state");
        var writer = new RotatingWriter(path, rotateEvery: 120);
        var read = new List<string>();

        // Run 1 follows while 500 events are written, and stops.
        using (var stop = new CancellationTokenSource())
        {
            using var started = new SemaphoreSlim(0);
            var reading = Task.Run(() => Follow(path, state, stop.Token, started));
            writer.Write(0, 1);
            Assert.True(await started.WaitAsync(TimeSpan.FromMinutes(2)), "the follower read nothing");
            writer.Write(1, 499);
            stop.Cancel();
            var (ids, problems) = await reading.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Empty(problems);
            read.AddRange(ids);
        }
        Assert.True(File.Exists(state));

        // Meanwhile: 400 more events and three rotations (a gzip'd backup among them), and half a line.
        writer.Write(500, 400);

        // Run 2 resumes from the state file and follows 300 more.
        using (var stop = new CancellationTokenSource())
        {
            var reading = Task.Run(() => Follow(path, state, stop.Token));
            writer.Write(900, 300);
            writer.Close();
            stop.Cancel();
            var (ids, problems) = await reading.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Empty(problems);
            read.AddRange(ids);
        }
        Assert.Equal(Expected(0, 1200), read);
        Directory.Delete(dir, recursive: true);
    }
}
