using System;

namespace PolicyKit.Serve.Journal;

/// <summary>The journal is at its disk budget and the policy is back-pressure: the batch is refused, not lost.</summary>
public sealed class JournalFullException(long bytes, long budget)
    : Exception($"the journal holds {bytes:N0} bytes not yet delivered, its budget is {budget:N0}");
