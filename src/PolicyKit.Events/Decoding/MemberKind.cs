namespace PolicyKit.Events.Decoding;

/// <summary>What a top-level member's value is, as far as the event needs to know.</summary>
internal enum MemberKind
{
    String,
    Object,
    Array,
    Null,
    Number,
    Boolean,
}
