using PolicyKit.Detection;

namespace PolicyKit.Detections;

/// <summary>
/// The built-in rule pack: the detection scenarios every Kubernetes audit rule set covers
/// (docs/detections.md lists them). The generator compiles each [Detection] method into IR and adds
/// the <c>Detections</c> table; <c>policykit detect</c> runs it by default. Rules are split by theme
/// over the files of this folder; the allow-lists and shared predicates are here.
/// </summary>
[DetectionRules]
public static partial class BuiltInDetections
{
    /// <summary>Control-plane identities besides nodes and kube-system service accounts.</summary>
    public static readonly AllowList ControlPlaneUsers = new("control-plane-users",
        "system:apiserver", "system:kube-controller-manager", "system:kube-scheduler", "system:kube-proxy",
        "system:volume-scheduler", "system:kube-aggregator");

    /// <summary>Users expected to read secrets (empty by default: add your backup, GitOps and cert managers).</summary>
    public static readonly AllowList SecretReaders = new("secret-readers");

    /// <summary>Users allowed to reach kubelets through nodes/proxy (e.g. a metrics scraper).</summary>
    public static readonly AllowList NodeProxyUsers = new("node-proxy-users");

    /// <summary>Users that manage webhook configurations (e.g. cert-manager's cainjector updating caBundle).</summary>
    public static readonly AllowList WebhookManagers = new("webhook-managers");

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

    /// <summary>The apiserver, controllers, scheduler, nodes and kube-system service accounts.</summary>
    public static bool IsControlPlane(AuditEvent e)
        => e.User.Name.In(ControlPlaneUsers)
        || e.User.Name.StartsWith("system:node:")
        || e.User.Name.StartsWith("system:serviceaccount:kube-system:");

    /// <summary>A person (or a person's credentials): not a system: identity.</summary>
    public static bool IsHuman(AuditEvent e) => !e.User.Name.StartsWith("system:") && e.User.Name != "";

    /// <summary>Resources whose objects carry a pod spec (constants, not an allow-list: the index keys rules on them).</summary>
    public static bool HasPodSpec(AuditEvent e)
        => e.ObjectRef.Resource.In("pods", "deployments", "daemonsets", "statefulsets", "replicasets", "jobs", "cronjobs", "replicationcontrollers", "podtemplates");

    /// <summary>
    /// A create, update or patch of a pod or workload. Create and update send the whole object; a merge or
    /// strategic merge patch (kubectl's default) has the object's shape, so the same fields are read from
    /// it. A JSON patch (a list of operations) has none of them and is not judged.
    /// </summary>
    public static bool WritesPodSpec(AuditEvent e) => HasPodSpec(e) && e.ObjectRef.Subresource == "" && e.Verb.In("create", "update", "patch");
}
