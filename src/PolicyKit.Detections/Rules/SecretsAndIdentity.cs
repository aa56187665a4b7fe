using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 14–19 and 21: credentials, tokens, certificates and identities.
public static partial class BuiltInDetections
{
    [Detection("secrets-dump", "Secrets listed cluster-wide or in kube-system", AlertSeverity.High, "T1552.007")]
    public static bool SecretsDump(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb == "list"
        && e.ObjectRef.Namespace.In("", "kube-system") && !IsControlPlane(e);

    /// <summary>A script-like client: curl, python, or Go's default user agent.</summary>
    public static bool HasScriptUserAgent(AuditEvent e)
        => e.UserAgent.StartsWith("curl/") || e.UserAgent.StartsWith("python-requests/") || e.UserAgent.StartsWith("Python-urllib/")
        || e.UserAgent.StartsWith("Go-http-client/") || e.UserAgent.StartsWith("Wget/");

    /// <summary>
    /// A secret read by someone outside the allow-list, a node listing secrets, or a script-like client.
    /// Denied attempts (401, 403) read nothing: they belong to the scanning scenario.
    /// </summary>
    [Detection("secret-read-unexpected", "Secret read by an unexpected identity or client", AlertSeverity.Medium, "T1552.007")]
    public static bool SecretReadUnexpected(AuditEvent e)
        => e.ObjectRef.Resource == "secrets" && e.ObjectRef.Subresource == "" && e.Verb.In("get", "list", "watch")
        && e.ResponseCode != 401 && e.ResponseCode != 403
        && (HasScriptUserAgent(e)
            || (e.User.Name.StartsWith("system:node:") && e.Verb == "list")
            || !(IsControlPlane(e) || e.User.Name.In(SecretReaders)));

    [Detection("privileged-token-minted", "Service-account token minted for a privileged account", AlertSeverity.High, "T1528")]
    public static bool PrivilegedTokenMinted(AuditEvent e)
        => e.ObjectRef.Resource == "serviceaccounts" && e.ObjectRef.Subresource == "token" && e.Verb == "create"
        && (e.ObjectRef.Namespace == "kube-system" || e.ObjectRef.Name.EndsWith("-controller"))
        && !IsControlPlane(e);

    /// <summary>A CSR created or approved by someone other than a node, a bootstrapper or the control plane.</summary>
    [Detection("client-certificate-persistence", "Client certificate requested or approved by hand", AlertSeverity.Medium, "T1649")]
    public static bool ClientCertificatePersistence(AuditEvent e)
        => e.ObjectRef.Resource == "certificatesigningrequests"
        && ((e.ObjectRef.Subresource == "" && e.Verb == "create") || (e.ObjectRef.Subresource == "approval" && e.Verb.In("update", "patch")))
        && !IsControlPlane(e) && !e.User.Name.StartsWith("system:bootstrap:") && !e.User.Groups.Contains("system:bootstrappers");

    [Detection("impersonate-privileged", "Privileged identity impersonated", AlertSeverity.High, "T1078")]
    public static bool ImpersonatePrivileged(AuditEvent e)
        => e.ImpersonatedUser.Name == "system:admin"
        || e.ImpersonatedUser.Name.StartsWith("system:node:")
        || e.ImpersonatedUser.Name.StartsWith("system:serviceaccount:kube-system:")
        || e.ImpersonatedUser.Groups.Contains("system:masters");

    /// <summary>An anonymous request the authorizer allowed, beyond the health and version endpoints.</summary>
    [Detection("anonymous-allowed", "Anonymous request allowed", AlertSeverity.High, "T1078.001")]
    public static bool AnonymousAllowed(AuditEvent e)
        => (e.User.Name == "system:anonymous" || e.User.Groups.Contains("system:unauthenticated"))
        && e.Annotation("authorization.k8s.io/decision") == "allow"
        && !(e.Path.StartsWith("/healthz") || e.Path.StartsWith("/livez") || e.Path.StartsWith("/readyz") || e.Path == "/version");

    /// <summary>A workload identity asking what it may do: typical first step after stealing a token.</summary>
    [Detection("self-permission-enumeration", "Service account or node enumerates its permissions", AlertSeverity.Low, "T1069")]
    public static bool SelfPermissionEnumeration(AuditEvent e)
        => e.ObjectRef.Resource.In("selfsubjectrulesreviews", "selfsubjectaccessreviews") && e.Verb == "create"
        && ((e.User.Name.StartsWith("system:serviceaccount:") && !e.User.Name.StartsWith("system:serviceaccount:kube-system:"))
            || e.User.Name.StartsWith("system:node:"));
}
