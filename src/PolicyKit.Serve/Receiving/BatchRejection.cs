using System;

namespace PolicyKit.Serve.Receiving;

/// <summary>Why a batch was refused: the HTTP status, a metric label, and the reason sent back in the body.</summary>
public sealed class BatchRejection(int status, string label, string reason) : Exception(reason)
{
    public int Status { get; } = status;

    /// <summary>The <c>reason</c> label of policykit_serve_rejected_batches_total.</summary>
    public string Label { get; } = label;
}
