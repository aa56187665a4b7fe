using System.Text.Json;

namespace PolicyKit.Events;

/// <summary>
/// The resource limits of reading events, documented in docs/events.md. Values beyond them are reported
/// with their location and skipped; they never take the process down or its memory with it.
/// </summary>
public static class ReadLimits
{
    /// <summary>
    /// The deepest nesting read: Go's encoding/json (which the apiserver decodes and encodes with) refuses
    /// more than 10,000 levels, and an event wraps a body in a few more (an EventList's item's requestObject).
    /// </summary>
    public const int MaxDepth = 10_016;

    /// <summary>The default bound on one JSON value (one event line, or one EventList document).</summary>
    public const int DefaultMaxValueBytes = 64 << 20;

    /// <summary>Reader options for every pass over event JSON.</summary>
    public static JsonReaderOptions JsonOptions { get; } = new() { MaxDepth = MaxDepth };

    /// <summary>Parser options for bodies (requestObject, responseObject).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = MaxDepth };
}
