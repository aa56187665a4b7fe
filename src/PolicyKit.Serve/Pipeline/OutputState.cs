namespace PolicyKit.Serve.Pipeline;

/// <summary>Where a rotated output file stood at a commit: the file's sequence number and its length.</summary>
public sealed record OutputState(long Seq, long Length);
