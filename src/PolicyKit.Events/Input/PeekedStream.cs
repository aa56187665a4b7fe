using System;
using System.IO;

namespace PolicyKit.Events.Input;

/// <summary>A read-only stream that replays up to two bytes already read from the inner stream (non-seekable stdin).</summary>
internal sealed class PeekedStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private int _headPos;

    public PeekedStream(Stream inner, int b0, int b1)
    {
        _inner = inner;
        _head = b0 < 0 ? Array.Empty<byte>() : b1 < 0 ? new[] { (byte)b0 } : new[] { (byte)b0, (byte)b1 };
    }

    public override int Read(Span<byte> buffer)
    {
        if (_headPos < _head.Length && buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, _head.Length - _headPos);
            _head.AsSpan(_headPos, n).CopyTo(buffer);
            _headPos += n;
            return n;
        }
        return _inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
