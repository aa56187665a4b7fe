using System;

namespace PolicyKit.Events.Formats;

/// <summary>
/// Where an envelope's readers hand what they find: each audit event as audit.k8s.io/v1 JSON (valid until the
/// call returns), with the line it starts at and where in the envelope it was; or a problem at a line.
/// </summary>
internal interface IEnvelopeSink
{
    void Event(ReadOnlyMemory<byte> eventJson, long line, string place);

    void Problem(long line, string message);
}
