using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>An audit Event as detection rules read it. Strings are "" when absent.</summary>
public interface IDetectionEvent
{
    /// <summary>A string field (not a list, not ResponseCode); <paramref name="argument"/> names the annotation.</summary>
    string Get(EventField field, string argument = "");

    /// <summary>A list field (groups, source IPs, a query parameter's decoded values).</summary>
    IReadOnlyList<string> GetList(EventField field, string argument = "");

    /// <summary>responseStatus.code, or null.</summary>
    long? ResponseCode { get; }

    /// <summary>requestObject or responseObject, parsed on first use; null when the event has none.</summary>
    IBodyNode? Body(BodyRoot root);
}
