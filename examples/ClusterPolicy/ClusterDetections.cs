using PolicyKit;
using PolicyKit.Detection;

namespace ClusterPolicy;

/// <summary>
/// This cluster's own detection rules, next to its audit policy: the generator compiles them, the
/// analyzer checks them as you type, and <c>policykit detect --rules ClusterPolicy.dll</c> runs them.
/// </summary>
[DetectionRules]
public static partial class ClusterDetections
{
    /// <summary>Who may open sessions into payments pods; operators add names here (or with --allow payments-on-call=NAME).</summary>
    public static readonly AllowList PaymentsOnCall = new("payments-on-call", "alice");

    /// <summary>Sessions into payments pods by anyone not on call.</summary>
    [Detection("payments-session", "Session into a payments pod by someone not on call", AlertSeverity.High, "T1609", Stage = Stage.ResponseStarted)]
    public static bool PaymentsSession(AuditEvent e)
        => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource.In("exec", "attach", "portforward")
        && e.ObjectRef.Namespace == "payments" && !e.User.Name.In(PaymentsOnCall);

    /// <summary>Payments workloads must run from the internal registry.</summary>
    [Detection("payments-foreign-image", "Payments workload with an image from outside the registry", AlertSeverity.Medium, "T1610")]
    public static bool PaymentsForeignImage(AuditEvent e)
        => e.ObjectRef.Resource.In("pods", "deployments") && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update")
        && e.ObjectRef.Namespace == "payments"
        && e.RequestObject.PodSpec.AllContainers.Any(c => !c.Image.StartsWith("registry.internal/"));
}
