using System;
using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 1–5: getting into running pods and nodes.
public static partial class BuiltInDetections
{
    /// <summary>Exec or attach into a pod; kubectl 1.30+ uses get (WebSocket), older ones create.</summary>
    [Detection("pod-exec", "Exec or attach into a pod", AlertSeverity.Medium, "T1609", Stage = Stage.ResponseStarted)]
    public static bool PodExec(AuditEvent e)
        => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource.In("exec", "attach") && e.Verb.In("create", "get");

    /// <summary>An exec whose command is a shell, a downloader, the token path or the cloud metadata address.</summary>
    [Detection("pod-exec-suspicious-command", "Exec with a shell, network tool or credential path", AlertSeverity.High, "T1059", Stage = Stage.ResponseStarted)]
    public static bool SuspiciousExecCommand(AuditEvent e)
        => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource == "exec" && e.Verb.In("create", "get")
        && e.Query("command").Any(c => c.In(SuspiciousExecCommands)
            || c.EndsWith("/sh", StringComparison.Ordinal) || c.EndsWith("/bash", StringComparison.Ordinal)
            || c.Contains("curl ") || c.Contains("wget ")
            || c.Contains("/var/run/secrets/kubernetes.io/serviceaccount")
            || c.Contains("169.254.169.254"));

    /// <summary>A debug container added to a running pod (kubectl debug).</summary>
    [Detection("ephemeral-container", "Ephemeral debug container added to a pod", AlertSeverity.Medium, "T1609")]
    public static bool EphemeralContainer(AuditEvent e)
        => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource == "ephemeralcontainers" && e.Verb.In("patch", "update");

    /// <summary>kubectl port-forward: a tunnel into a pod (long-running, so seen at ResponseStarted).</summary>
    [Detection("pod-port-forward", "Port-forward into a pod", AlertSeverity.Medium, "T1572", Stage = Stage.ResponseStarted)]
    public static bool PodPortForward(AuditEvent e)
        => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource == "portforward";

    /// <summary>The apiserver proxying a request to a pod or service.</summary>
    [Detection("pod-or-service-proxy", "Proxy to a pod or service through the apiserver", AlertSeverity.Low, "T1090")]
    public static bool PodOrServiceProxy(AuditEvent e)
        => e.ObjectRef.Resource.In("pods", "services") && e.ObjectRef.Subresource == "proxy";

    /// <summary>Kubelet API access through the node proxy: exec, logs and more on every pod of the node.</summary>
    [Detection("node-proxy", "Kubelet access through nodes/proxy", AlertSeverity.High, "T1609")]
    public static bool NodeProxy(AuditEvent e)
        => e.ObjectRef.Resource == "nodes" && e.ObjectRef.Subresource == "proxy" && !IsControlPlane(e) && !e.User.Name.In(NodeProxyUsers);
}
