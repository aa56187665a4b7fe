using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 6–10 and 23: what pods and workloads may do to their node, and where they are created.
public static partial class BuiltInDetections
{
    [Detection("privileged-container", "Privileged container", AlertSeverity.High, "T1611")]
    public static bool PrivilegedContainer(AuditEvent e)
        => WritesPodSpec(e) && e.RequestObject.PodSpec.AllContainers.Any(c => c.SecurityContext.Privileged);

    [Detection("sensitive-host-path", "Sensitive host path mounted", AlertSeverity.High, "T1611")]
    public static bool SensitiveHostPath(AuditEvent e)
        => WritesPodSpec(e) && e.RequestObject.PodSpec.Volumes.Any(v => v.HostPath == "/"
            || v.HostPath.IsUnder("/proc") || v.HostPath.IsUnder("/sys") || v.HostPath.IsUnder("/etc") || v.HostPath.IsUnder("/root")
            || v.HostPath.IsUnder("/var/run/docker.sock") || v.HostPath.IsUnder("/run/containerd") || v.HostPath.IsUnder("/var/run/containerd")
            || v.HostPath.IsUnder("/var/run/crio") || v.HostPath.IsUnder("/run/crio") || v.HostPath.IsUnder("/var/lib/kubelet")
            || v.HostPath.IsUnder("/etc/kubernetes"));

    [Detection("host-namespaces", "Pod shares the node's PID, IPC or network namespace", AlertSeverity.High, "T1611")]
    public static bool HostNamespaces(AuditEvent e)
        => WritesPodSpec(e) && (e.RequestObject.PodSpec.HostPID || e.RequestObject.PodSpec.HostIPC || e.RequestObject.PodSpec.HostNetwork);

    [Detection("dangerous-capabilities", "Dangerous capability, privilege escalation or root user", AlertSeverity.Medium, "T1611")]
    public static bool DangerousCapability(AuditEvent e)
        => WritesPodSpec(e)
        && (e.RequestObject.PodSpec.SecurityContext.RunAsUser == 0
            || e.RequestObject.PodSpec.AllContainers.Any(c => c.SecurityContext.AddedCapabilities.Any(cap => cap.In(DangerousCapabilities))
                || c.SecurityContext.AllowPrivilegeEscalation
                || c.SecurityContext.RunAsUser == 0));

    /// <summary>Pods, workloads or service accounts created in kube-system or kube-public by someone other than the control plane.</summary>
    [Detection("workload-in-system-namespace", "Workload created in kube-system or kube-public", AlertSeverity.Medium, "T1610")]
    public static bool WorkloadInSystemNamespace(AuditEvent e)
        => e.Verb == "create" && e.ObjectRef.Subresource == ""
        && (HasPodSpec(e) || e.ObjectRef.Resource == "serviceaccounts")
        && e.ObjectRef.Namespace.In("kube-system", "kube-public")
        && !IsControlPlane(e);

    /// <summary>Jobs, cronjobs and daemonsets created or patched, or deployments patched, by a person.</summary>
    [Detection("persistence-workload", "Workload created or changed by hand", AlertSeverity.Low, "T1053.007")]
    public static bool PersistenceWorkload(AuditEvent e)
        => e.ObjectRef.Subresource == ""
        && ((e.ObjectRef.Resource.In("cronjobs", "jobs", "daemonsets") && e.Verb.In("create", "patch"))
            || (e.ObjectRef.Resource == "deployments" && e.Verb == "patch"))
        && IsHuman(e);
}
