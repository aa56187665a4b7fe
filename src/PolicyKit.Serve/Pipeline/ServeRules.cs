using System;
using System.Collections.Generic;
using PolicyKit.Detection;

namespace PolicyKit.Serve.Pipeline;

/// <summary>
/// What the pipeline judges events with, loaded by the caller (the CLI loads rules DLLs and policies, as for
/// detect and filter): the detection rules with their allow-list additions, and the policy's decision, if any.
/// </summary>
public sealed record ServeRules(IReadOnlyList<DetectionRule> Detections, AllowListAdditions Additions, Func<AuditRequest, AuditDecision>? Decide);
