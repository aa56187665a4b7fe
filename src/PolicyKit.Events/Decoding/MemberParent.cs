namespace PolicyKit.Events.Decoding;

/// <summary>Which object a member belongs to: the event, or one of the event's objects it reads member by member.</summary>
internal enum MemberParent
{
    Event,
    User,
    ObjectRef,
}
