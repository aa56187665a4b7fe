using System;
using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 22, 24 and 25: admission control, exposure, and covering tracks; and the tampering that
// blinds a cluster's security tools or hides credentials in plain sight.
public static partial class BuiltInDetections
{
    /// <summary>Webhooks and admission policies changed by someone other than the control plane, a webhook manager, or a CA injector refreshing caBundle.</summary>
    [Detection("admission-control-tampering", "Admission webhook or policy changed", AlertSeverity.High, "T1562", Tags = ["defense-evasion"])]
    public static bool AdmissionControlTampering(AuditEvent e)
        => e.ObjectRef.Resource.In("mutatingwebhookconfigurations", "validatingwebhookconfigurations",
                "validatingadmissionpolicies", "validatingadmissionpolicybindings", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings")
        && e.ObjectRef.Subresource == ""
        && e.Verb.In("create", "update", "patch", "delete", "deletecollection") && Changes(e)
        && !IsControlPlane(e) && !e.User.Name.In(WebhookManagers)
        && !(e.User.Name.In(CaInjectors) && e.Verb.In("update", "patch"));

    /// <summary>A service exposed outside the cluster by the fields the request sets (an annotation patch of a NodePort service sets none).</summary>
    [Detection("service-exposed", "Service exposed through NodePort, LoadBalancer or external IPs", AlertSeverity.Medium, "T1133", Tags = ["network"])]
    public static bool ServiceExposed(AuditEvent e)
        => e.ObjectRef.Resource == "services" && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update", "patch") && !IsDryRun(e)
        && (e.RequestObject.ServiceSpec.Type.In("NodePort", "LoadBalancer") || e.RequestObject.ServiceSpec.ExternalIPs.Any());

    [Detection("ingress-without-tls", "Ingress without TLS", AlertSeverity.Low, "T1133", Tags = ["network"])]
    public static bool IngressWithoutTls(AuditEvent e)
        => e.ObjectRef.Resource == "ingresses" && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update") && !IsDryRun(e)
        && !e.RequestObject.IngressSpec.Tls.Any();

    [Detection("events-deleted", "Events deleted", AlertSeverity.Medium, "T1070", Tags = ["defense-evasion"])]
    public static bool EventsDeleted(AuditEvent e)
        => e.ObjectRef.Resource == "events" && e.Verb.In("delete", "deletecollection") && !IsControlPlane(e) && Changes(e);

    /// <summary>aws-auth (who is admin on EKS) or the CoreDNS configuration changed; kubeadm rewrites CoreDNS's on upgrade.</summary>
    [Detection("kube-system-configmap-tampering", "aws-auth or coredns configmap changed", AlertSeverity.High, "T1098", Tags = ["control-plane"])]
    public static bool KubeSystemConfigMapTampering(AuditEvent e)
        => e.ObjectRef.Resource == "configmaps" && e.ObjectRef.Namespace == "kube-system" && e.ObjectRef.Name.In("aws-auth", "coredns")
        && e.Verb.In("create", "update", "patch", "delete") && !IsControlPlane(e) && Changes(e)
        && !(IsKubeadm(e) && e.ObjectRef.Name == "coredns");

    [Detection("namespace-deleted", "Namespace deleted", AlertSeverity.Medium, "T1485", Tags = ["impact"])]
    public static bool NamespaceDeleted(AuditEvent e)
        => e.ObjectRef.Resource == "namespaces" && e.ObjectRef.Subresource == "" && e.Verb == "delete" && !IsControlPlane(e) && Changes(e);

    /// <summary>Falco, Kyverno or Gatekeeper: by namespace or by name (their workloads, webhooks and RBAC).</summary>
    public static bool IsSecurityTooling(AuditEvent e)
        => e.ObjectRef.Namespace.In("falco", "kyverno", "gatekeeper-system")
        || e.ObjectRef.Name.StartsWith("falco", StringComparison.Ordinal) || e.ObjectRef.Name.StartsWith("kyverno", StringComparison.Ordinal) || e.ObjectRef.Name.StartsWith("gatekeeper", StringComparison.Ordinal)
        || (e.ObjectRef.Resource == "namespaces" && e.ObjectRef.Name.In("falco", "kyverno", "gatekeeper-system"));

    /// <summary>Security tooling deleted or scaled to zero: its workloads, its namespace, its webhooks, its RBAC.</summary>
    [Detection("security-tooling-disabled", "Security tooling deleted or scaled to zero", AlertSeverity.High, "T1562.001", Tags = ["defense-evasion"])]
    public static bool SecurityToolingDisabled(AuditEvent e)
        => IsSecurityTooling(e) && !IsControlPlane(e) && Changes(e)
        && ((e.Verb.In("delete", "deletecollection") && e.ObjectRef.Subresource == ""
                && e.ObjectRef.Resource.In("namespaces", "daemonsets", "deployments", "statefulsets", "validatingwebhookconfigurations",
                    "mutatingwebhookconfigurations", "clusterroles", "clusterrolebindings", "roles", "rolebindings", "serviceaccounts"))
            || (e.Verb.In("update", "patch") && e.ObjectRef.Resource.In("deployments", "statefulsets") && e.ObjectRef.Subresource.In("", "scale")
                && e.RequestObject.Replicas == 0));

    /// <summary>A ConfigMap whose data keys name credentials (only when its body is logged; the values are never read into alerts).</summary>
    [Detection("configmap-credentials", "ConfigMap holds credential-like keys", AlertSeverity.Medium, "T1552", Tags = ["secrets"])]
    public static bool ConfigMapCredentials(AuditEvent e)
        => e.ObjectRef.Resource == "configmaps" && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update", "patch") && Changes(e)
        && e.RequestObject.DataKeys.Any(k => k.Contains("password") || k.Contains("PASSWORD") || k.Contains("Password") || k.Contains("passwd")
            || k.Contains("secret_key") || k.Contains("SECRET_KEY") || k.Contains("secretKey") || k.Contains("client_secret") || k.Contains("CLIENT_SECRET")
            || k.Contains("api_key") || k.Contains("API_KEY") || k.Contains("apiKey") || k.Contains("apikey")
            || k.Contains("access_key") || k.Contains("ACCESS_KEY") || k.Contains("private_key") || k.Contains("PRIVATE_KEY") || k.EndsWith(".pem", StringComparison.Ordinal)
            || k.Contains("auth_token") || k.Contains("AUTH_TOKEN") || k.Contains("credentials"));
}
