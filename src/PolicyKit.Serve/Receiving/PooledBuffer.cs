using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PolicyKit.Serve.Receiving;

/// <summary>A growable byte buffer from the shared pool, bounded: reading past <see cref="Limit"/> stops with <see cref="TooLarge"/>.</summary>
internal sealed class PooledBuffer(long limit) : IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(64 << 10);

    public long Limit { get; } = limit;

    public int Length { get; private set; }

    /// <summary>Whether the source held more than <see cref="Limit"/> bytes.</summary>
    public bool TooLarge { get; private set; }

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, Length);

    /// <summary>A read-only stream over what was read.</summary>
    public Stream AsStream() => new MemoryStream(_array, 0, Length, writable: false);

    public async Task FillAsync(Stream source, CancellationToken cancel)
    {
        while (true)
        {
            Reserve();
            var n = await source.ReadAsync(_array.AsMemory(Length), cancel).ConfigureAwait(false);
            if (!Advance(n))
            {
                return;
            }
        }
    }

    /// <summary>The same, for a source that is already in memory (a gunzip of a buffered body).</summary>
    public void Fill(Stream source)
    {
        while (true)
        {
            Reserve();
            if (!Advance(source.Read(_array, Length, _array.Length - Length)))
            {
                return;
            }
        }
    }

    private void Reserve()
    {
        if (Length == _array.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, (long)_array.Length * 2));
            _array.AsSpan(0, Length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = bigger;
        }
    }

    /// <summary>Counts <paramref name="n"/> bytes read; false when reading is over (the end, or past the limit).</summary>
    private bool Advance(int n)
    {
        if (n == 0)
        {
            return false;
        }
        Length += n;
        if (Length > Limit)
        {
            TooLarge = true;
            return false;
        }
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
    }
}
