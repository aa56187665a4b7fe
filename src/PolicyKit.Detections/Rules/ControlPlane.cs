using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 22, 24 and 25: admission control, exposure, and covering tracks.
public static partial class BuiltInDetections
{
    [Detection("admission-control-tampering", "Admission webhook or policy changed", AlertSeverity.High, "T1562")]
    public static bool AdmissionControlTampering(AuditEvent e)
        => e.ObjectRef.Resource.In("mutatingwebhookconfigurations", "validatingwebhookconfigurations",
                "validatingadmissionpolicies", "validatingadmissionpolicybindings", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings")
        && e.ObjectRef.Subresource == ""
        && e.Verb.In("create", "update", "patch", "delete", "deletecollection")
        && !IsControlPlane(e) && !e.User.Name.In(WebhookManagers);

    [Detection("service-exposed", "Service exposed through NodePort, LoadBalancer or external IPs", AlertSeverity.Medium, "T1133")]
    public static bool ServiceExposed(AuditEvent e)
        => e.ObjectRef.Resource == "services" && e.ObjectRef.Subresource == ""
        && ((e.Verb.In("create", "update")
                && (e.RequestObject.ServiceSpec.Type.In("NodePort", "LoadBalancer") || e.RequestObject.ServiceSpec.ExternalIPs.Any()))
            || (e.Verb == "patch"
                && (e.ResponseObject.ServiceSpec.Type.In("NodePort", "LoadBalancer") || e.ResponseObject.ServiceSpec.ExternalIPs.Any())));

    [Detection("ingress-without-tls", "Ingress without TLS", AlertSeverity.Low, "T1133")]
    public static bool IngressWithoutTls(AuditEvent e)
        => e.ObjectRef.Resource == "ingresses" && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update")
        && !e.RequestObject.IngressSpec.Tls.Any();

    [Detection("events-deleted", "Events deleted", AlertSeverity.Medium, "T1070")]
    public static bool EventsDeleted(AuditEvent e)
        => e.ObjectRef.Resource == "events" && e.Verb.In("delete", "deletecollection") && !IsControlPlane(e);

    [Detection("kube-system-configmap-tampering", "aws-auth or coredns configmap changed", AlertSeverity.High, "T1098")]
    public static bool KubeSystemConfigMapTampering(AuditEvent e)
        => e.ObjectRef.Resource == "configmaps" && e.ObjectRef.Namespace == "kube-system" && e.ObjectRef.Name.In("aws-auth", "coredns")
        && e.Verb.In("create", "update", "patch", "delete") && !IsControlPlane(e);

    [Detection("namespace-deleted", "Namespace deleted", AlertSeverity.Medium, "T1485")]
    public static bool NamespaceDeleted(AuditEvent e)
        => e.ObjectRef.Resource == "namespaces" && e.ObjectRef.Subresource == "" && e.Verb == "delete" && !IsControlPlane(e);
}
