using PolicyKit.Detection;

namespace PolicyKit.Detections;

/// <summary>
/// The built-in rule pack: the detection scenarios every Kubernetes audit rule set covers
/// (docs/detections.md lists them). The generator compiles each [Detection] method into IR and adds
/// the <c>Detections</c> table; <c>policykit detect</c> runs it by default. Rules are split by theme
/// over the files of this folder; identities are in Identities.cs, the allow-lists and shared predicates here.
/// </summary>
[DetectionRules]
[DetectionException("node-agents", Rules = ["privileged-container", "sensitive-host-path", "host-namespaces", "dangerous-capabilities", "workload-in-system-namespace"],
    Image = [CalicoImages, CalicoQuayImages, CiliumImages, KubeProxyImage, IpMasqAgentImage, IpMasqAgentGkeImage, NodeExporterImage, NodeExporterDockerImage],
    Namespace = ["kube-system", "calico-system", "tigera-operator", "cilium", "monitoring", "prometheus", "kube-prometheus-stack"])]
public static partial class BuiltInDetections
{
    // The images of node agents that need the node (networking, metrics) by design: any tag or digest.
    private const string CalicoImages = "docker.io/calico/*";
    private const string CalicoQuayImages = "quay.io/calico/*";
    private const string CiliumImages = "quay.io/cilium/*";
    private const string KubeProxyImage = "registry.k8s.io/kube-proxy:*";
    private const string IpMasqAgentImage = "registry.k8s.io/networking/ip-masq-agent:*";
    private const string IpMasqAgentGkeImage = "gke.gcr.io/ip-masq-agent:*";
    private const string NodeExporterImage = "quay.io/prometheus/node-exporter:*";
    private const string NodeExporterDockerImage = "docker.io/prom/node-exporter:*";

    /// <summary>Users expected to read secrets (empty by default: add your backup, GitOps and cert managers).</summary>
    public static readonly AllowList SecretReaders = new("secret-readers");

    /// <summary>Users that write secrets they do not own: cert-manager issuing certificates, external-secrets syncing them.</summary>
    public static readonly AllowList SecretWriters = new("secret-writers",
        "system:serviceaccount:cert-manager:cert-manager", "system:serviceaccount:external-secrets:external-secrets",
        "system:serviceaccount:kube-system:sealed-secrets-controller");

    /// <summary>Users allowed to reach kubelets through nodes/proxy (e.g. a metrics scraper).</summary>
    public static readonly AllowList NodeProxyUsers = new("node-proxy-users");

    /// <summary>Users that manage webhook configurations (create, change, delete).</summary>
    public static readonly AllowList WebhookManagers = new("webhook-managers");

    /// <summary>Users that only refresh webhooks' caBundle (update and patch, never create or delete): cert-manager's cainjector.</summary>
    public static readonly AllowList CaInjectors = new("ca-injectors", "system:serviceaccount:cert-manager:cert-manager-cainjector");

    /// <summary>Service accounts that check a permission before using it (SelfSubjectAccessReview), e.g. prometheus-operator.</summary>
    public static readonly AllowList PermissionCheckers = new("permission-checkers");

    /// <summary>Commands that suggest hands-on-keyboard activity in an exec session.</summary>
    public static readonly AllowList SuspiciousExecCommands = new("suspicious-exec-commands",
        "sh", "bash", "zsh", "ash", "dash", "ksh", "csh", "tcsh", "/bin/sh", "/bin/bash", "/bin/zsh", "/bin/ash", "/bin/dash",
        "/usr/bin/sh", "/usr/bin/bash", "curl", "wget", "nc", "ncat", "netcat", "socat", "python", "python3", "perl");

    /// <summary>Linux capabilities that amount to root on the node.</summary>
    public static readonly AllowList DangerousCapabilities = new("dangerous-capabilities",
        "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "BPF", "DAC_READ_SEARCH", "SYS_RAWIO", "ALL",
        "CAP_SYS_ADMIN", "CAP_NET_ADMIN", "CAP_SYS_PTRACE", "CAP_SYS_MODULE", "CAP_BPF", "CAP_DAC_READ_SEARCH", "CAP_SYS_RAWIO");

    /// <summary>Roles whose binding hands out (near) full control.</summary>
    public static readonly AllowList AdminRoles = new("admin-roles", "cluster-admin", "admin", "edit");

    /// <summary>A server-side dry run (dryRun=All): admitted and validated, never stored; it changes nothing.</summary>
    public static bool IsDryRun(AuditEvent e) => e.Query("dryRun").Contains("All");

    /// <summary>The request failed (401, 403, 404, 409, 5xx...): it read and changed nothing. An event with no response counts as not failed.</summary>
    public static bool Failed(AuditEvent e) => e.ResponseCode >= 400;

    /// <summary>Resources whose objects carry a pod spec (constants, not an allow-list: the index keys rules on them).</summary>
    public static bool HasPodSpec(AuditEvent e)
        => e.ObjectRef.Resource.In("pods", "deployments", "daemonsets", "statefulsets", "replicasets", "jobs", "cronjobs", "replicationcontrollers", "podtemplates");

    /// <summary>
    /// A pod a workload controller made from a template, or a node's mirror pod of a static pod: not the
    /// actor. The rules judge whoever wrote the template (or the node's manifest, which no API request writes).
    /// </summary>
    public static bool IsControllerMadePod(AuditEvent e) => e.ObjectRef.Resource == "pods" && (e.User.Name.In(WorkloadControllers) || IsNode(e));

    /// <summary>
    /// A create, update or patch of a pod or workload template by its author (not a dry run, not a controller's
    /// pod). Create and update send the whole object; a merge, strategic merge or apply patch has the object's
    /// shape and a JSON patch is read as the object it sets, so the rules judge the fields the request sets.
    /// </summary>
    public static bool WritesPodSpec(AuditEvent e)
        => HasPodSpec(e) && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update", "patch") && !IsDryRun(e) && !IsControllerMadePod(e);

    /// <summary>A change that may have happened: not a dry run, not failed.</summary>
    public static bool Changes(AuditEvent e) => !IsDryRun(e) && !Failed(e);
}
