using System.Collections.Generic;

namespace PolicyKit.Diff;

/// <summary>
/// The requests of a region that one old rule and one new rule decide (−1: no rule matched, the implicit None),
/// with a witness request the reference evaluators decide by exactly those rules. <see cref="Pieces"/> spell the
/// set out, one product of attribute sets each, as the analysis found it.
/// </summary>
public sealed class DiffPart
{
    internal DiffPart(int oldRule, int newRule, AuditRequest witness, IReadOnlyList<string> pieces)
    {
        OldRule = oldRule;
        NewRule = newRule;
        Witness = witness;
        Pieces = pieces;
    }

    /// <summary>The deciding rule of the old policy, or −1 when none matches.</summary>
    public int OldRule { get; }

    /// <summary>The deciding rule of the new policy, or −1 when none matches.</summary>
    public int NewRule { get; }

    public AuditRequest Witness { get; }

    public IReadOnlyList<string> Pieces { get; }
}
