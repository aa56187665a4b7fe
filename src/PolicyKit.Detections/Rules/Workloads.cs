using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 6–10 and 23: what pods and workloads may do to their node, and where they are created. The
// rules judge the template's author (WritesPodSpec), never the controller that makes pods from it.
public static partial class BuiltInDetections
{
    [Detection("privileged-container", "Privileged container", AlertSeverity.High, "T1611", Tags = ["workload", "node-escape"])]
    public static bool PrivilegedContainer(AuditEvent e)
        => WritesPodSpec(e) && e.RequestObject.PodSpec.AllContainers.Any(c => c.SecurityContext.Privileged);

    /// <summary>
    /// hostPath volumes that reach the node's credentials, runtime, logs or kernel. Paths are normalised
    /// first ("//etc/", "/./etc", "/var/log/../../etc"): the kernel resolves them that way when mounting.
    /// </summary>
    [Detection("sensitive-host-path", "Sensitive host path mounted", AlertSeverity.High, "T1611", Tags = ["workload", "node-escape"])]
    public static bool SensitiveHostPath(AuditEvent e)
        => WritesPodSpec(e) && e.RequestObject.PodSpec.Volumes.Any(v => v.HostPath.IsPath("/")
            || v.HostPath.IsUnder("/proc") || v.HostPath.IsUnder("/sys") || v.HostPath.IsUnder("/dev") || v.HostPath.IsUnder("/boot")
            || v.HostPath.IsUnder("/etc") || v.HostPath.IsUnder("/root") || v.HostPath.IsUnder("/home")
            || v.HostPath.IsUnder("/var/run") || v.HostPath.IsUnder("/run") || v.HostPath.IsUnder("/var/log")
            || v.HostPath.IsUnder("/var/lib/docker") || v.HostPath.IsUnder("/var/lib/containerd") || v.HostPath.IsUnder("/var/lib/crio")
            || v.HostPath.IsUnder("/var/lib/kubelet") || v.HostPath.IsUnder("/var/lib/etcd"));

    [Detection("host-namespaces", "Pod shares the node's PID, IPC or network namespace", AlertSeverity.High, "T1611", Tags = ["workload", "node-escape"])]
    public static bool HostNamespaces(AuditEvent e)
        => WritesPodSpec(e) && (e.RequestObject.PodSpec.HostPID || e.RequestObject.PodSpec.HostIPC || e.RequestObject.PodSpec.HostNetwork);

    [Detection("dangerous-capabilities", "Dangerous capability, privilege escalation or root user", AlertSeverity.Medium, "T1611", Tags = ["workload", "node-escape"])]
    public static bool DangerousCapability(AuditEvent e)
        => WritesPodSpec(e)
        && (e.RequestObject.PodSpec.SecurityContext.RunAsUser == 0
            || e.RequestObject.PodSpec.AllContainers.Any(c => c.SecurityContext.AddedCapabilities.Any(cap => cap.In(DangerousCapabilities))
                || c.SecurityContext.AllowPrivilegeEscalation
                || c.SecurityContext.RunAsUser == 0));

    /// <summary>Pods, workloads or service accounts created in kube-system or kube-public by someone other than the control plane.</summary>
    [Detection("workload-in-system-namespace", "Workload created in kube-system or kube-public", AlertSeverity.Medium, "T1610", Tags = ["workload"])]
    public static bool WorkloadInSystemNamespace(AuditEvent e)
        => e.Verb == "create" && e.ObjectRef.Subresource == ""
        && (HasPodSpec(e) || e.ObjectRef.Resource == "serviceaccounts")
        && e.ObjectRef.Namespace.In("kube-system", "kube-public")
        && !IsControlPlane(e) && !IsDryRun(e);

    /// <summary>
    /// Jobs, cronjobs and daemonsets created, or they and deployments patched in their pod spec, by a person.
    /// A patch of the template's metadata only (kubectl rollout restart) changes no code that runs.
    /// </summary>
    [Detection("persistence-workload", "Workload created or changed by hand", AlertSeverity.Low, "T1053.007", Tags = ["workload"])]
    public static bool PersistenceWorkload(AuditEvent e)
        => e.ObjectRef.Subresource == "" && IsHuman(e) && !IsDryRun(e)
        && ((e.ObjectRef.Resource.In("cronjobs", "jobs", "daemonsets") && e.Verb == "create")
            || (e.ObjectRef.Resource.In("cronjobs", "jobs", "daemonsets", "deployments") && e.Verb == "patch" && PatchMaySetPodSpec(e)));

    /// <summary>A patch whose body sets the pod spec, or whose body was not logged (so it may have).</summary>
    public static bool PatchMaySetPodSpec(AuditEvent e) => !e.RequestObject.IsSet || e.RequestObject.PodSpec.IsSet;
}
