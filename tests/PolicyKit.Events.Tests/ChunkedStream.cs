namespace PolicyKit.Tests;

/// <summary>A read-only stream that hands out at most a few bytes per read, as a pipe or a slow disk may.</summary>
internal sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
}
