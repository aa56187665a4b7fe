namespace PolicyKit.Events.Filtering;

/// <summary>What <see cref="EventFilter"/> did with an event.</summary>
public enum FilterOutcome
{
    /// <summary>Written, at the policy's level (or the recorded one, when lower).</summary>
    Kept,

    /// <summary>The policy logs the request at None: the apiserver writes no event for it.</summary>
    DroppedNone,

    /// <summary>The event's stage is one the policy omits.</summary>
    DroppedStage,

    /// <summary>
    /// Not written: a member is not JSON inside (the reader checked its structure, the filter rewrites it and
    /// needs its grammar); <see cref="EventFilter.Problem"/> says where.
    /// </summary>
    Unreadable,
}
