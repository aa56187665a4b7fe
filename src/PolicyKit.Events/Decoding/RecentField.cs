using System;

namespace PolicyKit.Events.Decoding;

/// <summary>The pooled fields of an event, each remembering the pool slot of its last value (see <see cref="Utf8StringPool"/>).</summary>
internal enum RecentField
{
    Kind,
    ApiVersion,
    Verb,
    Stage,
    Level,
    RequestUri,
    UserAgent,
    Username,
    Resource,
    Subresource,
    Namespace,
    ApiGroup,
    Name,
}

internal static class RecentSlots
{
    /// <summary>One slot per field, none known yet.</summary>
    public static int[] None()
    {
        var slots = new int[Enum.GetValues<RecentField>().Length];
        Array.Fill(slots, -1);
        return slots;
    }
}
