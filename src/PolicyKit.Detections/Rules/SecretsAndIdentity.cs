using System;
using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 14–19 and 21: credentials, tokens, certificates and identities. A request that failed
// (401, 403, 404) read nothing: the reading rules ignore it (secret-read-denied reports a user's denial).
public static partial class BuiltInDetections
{
    [Detection("secrets-dump", "Secrets listed cluster-wide or in kube-system", AlertSeverity.High, "T1552.007", Tags = ["secrets"])]
    public static bool SecretsDump(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb == "list"
        && e.ObjectRef.Namespace.In("", "kube-system") && !Failed(e) && !IsControlPlane(e) && !e.User.Name.In(SecretReaders);

    /// <summary>A script-like client: curl, python, or Go's default user agent.</summary>
    public static bool HasScriptUserAgent(AuditEvent e)
        => e.UserAgent.StartsWith("curl/", StringComparison.Ordinal) || e.UserAgent.StartsWith("python-requests/", StringComparison.Ordinal) || e.UserAgent.StartsWith("Python-urllib/", StringComparison.Ordinal)
        || e.UserAgent.StartsWith("Go-http-client/", StringComparison.Ordinal) || e.UserAgent.StartsWith("Wget/", StringComparison.Ordinal);

    /// <summary>
    /// A kubelet reading the secrets its pods mount: one secret at a time, by name (get, or a list/watch
    /// with fieldSelector=metadata.name=NAME). A node listing secrets without a name is not that.
    /// </summary>
    public static bool IsKubeletSecretRead(AuditEvent e)
        => IsNode(e) && (e.Verb == "get" || e.Query("fieldSelector").Any(f => f.StartsWith("metadata.name=", StringComparison.Ordinal)));

    /// <summary>A secret read by someone outside the control plane and the allow-list, a node listing secrets wholesale, or a script-like client.</summary>
    [Detection("secret-read-unexpected", "Secret read by an unexpected identity or client", AlertSeverity.Medium, "T1552.007", Tags = ["secrets"])]
    public static bool SecretReadUnexpected(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb.In("get", "list", "watch")
        && !Failed(e) && !e.User.Name.In(SecretReaders)
        && (HasScriptUserAgent(e) || (IsNode(e) && !IsKubeletSecretRead(e)) || !IsControlPlane(e));

    /// <summary>One denied secret read by a signed-in user or service account (a node's denials are the node authorizer at work).</summary>
    [Detection("secret-read-denied", "Secret read denied", AlertSeverity.Low, "T1552.007", Tags = ["secrets"])]
    public static bool SecretReadDenied(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb.In("get", "list", "watch")
        && e.ResponseCode == 403 && e.User.Name != "" && e.User.Name != "system:anonymous" && !IsNode(e) && !IsControlPlane(e);

    /// <summary>A long-lived token Secret for a kube-system or controller account: a credential that never expires.</summary>
    [Detection("long-lived-token-secret", "Long-lived service-account token created for a powerful account", AlertSeverity.High, "T1528", Tags = ["secrets", "persistence"])]
    public static bool LongLivedTokenSecret(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update", "patch") && Changes(e) && !IsControlPlane(e)
        && e.RequestObject.Type == "kubernetes.io/service-account-token"
        && (e.ObjectRef.Namespace == "kube-system" || e.RequestObject.Metadata.ServiceAccountAnnotation.EndsWith("-controller", StringComparison.Ordinal)
            || e.RequestObject.Metadata.ServiceAccountAnnotation.Contains("admin"));

    /// <summary>
    /// A secret changed or deleted where only the control plane and known writers change secrets: kube-system,
    /// service-account tokens, bootstrap tokens. Helm's release records (sh.helm.release.v1.*) are Helm's own.
    /// </summary>
    [Detection("secret-tampering", "Control-plane secret changed or deleted", AlertSeverity.Medium, "T1565", Tags = ["secrets"])]
    public static bool SecretTampering(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb.In("update", "patch", "delete") && Changes(e)
        && !IsControlPlane(e) && !e.User.Name.In(SecretWriters) && !e.ObjectRef.Name.StartsWith("sh.helm.release.v1.", StringComparison.Ordinal)
        && (e.ObjectRef.Namespace == "kube-system" || e.ObjectRef.Name.StartsWith("bootstrap-token-", StringComparison.Ordinal)
            || e.RequestObject.Type.In("kubernetes.io/service-account-token", "bootstrap.kubernetes.io/token"));

    [Detection("privileged-token-minted", "Service-account token minted for a privileged account", AlertSeverity.High, "T1528", Tags = ["secrets"])]
    public static bool PrivilegedTokenMinted(AuditEvent e)
        => e.ObjectRef.Resource == "serviceaccounts" && e.ObjectRef.Subresource == "token" && e.Verb == "create"
        && (e.ObjectRef.Namespace == "kube-system" || e.ObjectRef.Name.EndsWith("-controller", StringComparison.Ordinal))
        && !Failed(e) && !IsControlPlane(e);

    /// <summary>A CSR created or approved by someone other than a node, a bootstrapper or the control plane.</summary>
    [Detection("client-certificate-persistence", "Client certificate requested or approved by hand", AlertSeverity.Medium, "T1649", Tags = ["identity", "persistence"])]
    public static bool ClientCertificatePersistence(AuditEvent e)
        => e.ObjectRef.Resource == "certificatesigningrequests"
        && ((e.ObjectRef.Subresource == "" && e.Verb == "create") || (e.ObjectRef.Subresource == "approval" && e.Verb.In("update", "patch")))
        && !IsControlPlane(e) && !e.User.Name.StartsWith("system:bootstrap:", StringComparison.Ordinal) && !e.User.Groups.Contains("system:bootstrappers") && Changes(e);

    [Detection("impersonate-privileged", "Privileged identity impersonated", AlertSeverity.High, "T1078", Tags = ["identity"])]
    public static bool ImpersonatePrivileged(AuditEvent e)
        => e.ImpersonatedUser.Name == "system:admin"
        || e.ImpersonatedUser.Name.StartsWith("system:node:", StringComparison.Ordinal)
        || e.ImpersonatedUser.Name.StartsWith("system:serviceaccount:kube-system:", StringComparison.Ordinal)
        || e.ImpersonatedUser.Groups.Contains("system:masters");

    /// <summary>An anonymous request the authorizer allowed, beyond health, version and OIDC discovery (public by design).</summary>
    [Detection("anonymous-allowed", "Anonymous request allowed", AlertSeverity.High, "T1078.001", Tags = ["identity"])]
    public static bool AnonymousAllowed(AuditEvent e)
        => (e.User.Name == "system:anonymous" || e.User.Groups.Contains("system:unauthenticated"))
        && e.Annotation("authorization.k8s.io/decision") == "allow"
        && !(e.Path.StartsWith("/healthz", StringComparison.Ordinal) || e.Path.StartsWith("/livez", StringComparison.Ordinal) || e.Path.StartsWith("/readyz", StringComparison.Ordinal) || e.Path == "/version"
            || e.Path == "/.well-known/openid-configuration" || e.Path == "/openid/v1/jwks");

    /// <summary>
    /// A workload identity listing what it may do (SelfSubjectRulesReview: kubectl auth can-i --list), or checking
    /// one permission with kubectl from inside a pod: typical first steps after stealing a token. An operator's
    /// single check before it acts (prometheus-operator's SelfSubjectAccessReview) is no enumeration.
    /// </summary>
    [Detection("self-permission-enumeration", "Service account or node enumerates its permissions", AlertSeverity.Low, "T1069", Tags = ["identity", "discovery"])]
    public static bool SelfPermissionEnumeration(AuditEvent e)
        => e.Verb == "create" && (e.User.Name.StartsWith("system:serviceaccount:", StringComparison.Ordinal) || IsNode(e))
        && !e.User.Name.In(ControlPlaneUsers) && !e.User.Name.In(PermissionCheckers)
        && (e.ObjectRef.Resource == "selfsubjectrulesreviews"
            || (e.ObjectRef.Resource == "selfsubjectaccessreviews" && (e.UserAgent.StartsWith("kubectl/", StringComparison.Ordinal) || HasScriptUserAgent(e))));

    /// <summary>A Node object created by someone other than a kubelet: a fake node attracts pods and their secrets.</summary>
    [Detection("node-registered-by-non-node", "Node registered by a non-node identity", AlertSeverity.High, "T1078", Tags = ["identity", "persistence"])]
    public static bool NodeRegisteredByNonNode(AuditEvent e)
        => e.ObjectRef.Resource == "nodes" && e.ObjectRef.Subresource == "" && e.Verb == "create" && Changes(e)
        && !IsNode(e) && !e.User.Name.In(ControlPlaneUsers);
}
