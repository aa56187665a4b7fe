using System;
using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Who is who. The control plane is a list of named identities, not a namespace: an add-on's service
// account in kube-system (a CNI, sealed-secrets, a CSI driver) is an add-on, and its stolen token must
// not pass for the controller manager. docs/detections.md lists the identities.
public static partial class BuiltInDetections
{
    /// <summary>
    /// The control plane: the apiserver, scheduler and controller manager, and the service accounts the
    /// controller manager's controllers run as (--use-service-account-credentials, kubeadm's default).
    /// Nodes (system:node:NAME, confined by the node authorizer) count too, see <see cref="IsControlPlane"/>.
    /// </summary>
    public static readonly AllowList ControlPlaneUsers = new("control-plane-users",
        "system:apiserver", "system:kube-controller-manager", "system:kube-scheduler",
        "system:serviceaccount:kube-system:attachdetach-controller", "system:serviceaccount:kube-system:bootstrap-signer",
        "system:serviceaccount:kube-system:certificate-controller", "system:serviceaccount:kube-system:clusterrole-aggregation-controller",
        "system:serviceaccount:kube-system:cronjob-controller", "system:serviceaccount:kube-system:daemon-set-controller",
        "system:serviceaccount:kube-system:deployment-controller", "system:serviceaccount:kube-system:disruption-controller",
        "system:serviceaccount:kube-system:endpoint-controller", "system:serviceaccount:kube-system:endpointslice-controller",
        "system:serviceaccount:kube-system:endpointslicemirroring-controller", "system:serviceaccount:kube-system:ephemeral-volume-controller",
        "system:serviceaccount:kube-system:expand-controller", "system:serviceaccount:kube-system:generic-garbage-collector",
        "system:serviceaccount:kube-system:horizontal-pod-autoscaler", "system:serviceaccount:kube-system:job-controller",
        "system:serviceaccount:kube-system:legacy-service-account-token-cleaner", "system:serviceaccount:kube-system:namespace-controller",
        "system:serviceaccount:kube-system:node-controller", "system:serviceaccount:kube-system:persistent-volume-binder",
        "system:serviceaccount:kube-system:pod-garbage-collector", "system:serviceaccount:kube-system:pv-protection-controller",
        "system:serviceaccount:kube-system:pvc-protection-controller", "system:serviceaccount:kube-system:replicaset-controller",
        "system:serviceaccount:kube-system:replication-controller", "system:serviceaccount:kube-system:resourcequota-controller",
        "system:serviceaccount:kube-system:root-ca-cert-publisher", "system:serviceaccount:kube-system:route-controller",
        "system:serviceaccount:kube-system:service-account-controller", "system:serviceaccount:kube-system:service-controller",
        "system:serviceaccount:kube-system:statefulset-controller", "system:serviceaccount:kube-system:token-cleaner",
        "system:serviceaccount:kube-system:ttl-after-finished-controller", "system:serviceaccount:kube-system:ttl-controller",
        "system:serviceaccount:kube-system:validatingadmissionpolicy-status-controller");

    /// <summary>The controllers that create pods from a template someone else wrote (the template write is what the rules judge).</summary>
    public static readonly AllowList WorkloadControllers = new("workload-controllers",
        "system:serviceaccount:kube-system:daemon-set-controller", "system:serviceaccount:kube-system:replicaset-controller",
        "system:serviceaccount:kube-system:job-controller", "system:serviceaccount:kube-system:statefulset-controller",
        "system:serviceaccount:kube-system:replication-controller", "system:kube-controller-manager");

    /// <summary>The named control-plane identities and the nodes.</summary>
    public static bool IsControlPlane(AuditEvent e) => e.User.Name.In(ControlPlaneUsers) || IsNode(e);

    /// <summary>A kubelet's identity (system:node:NAME): the node authorizer confines it to its own pods' objects.</summary>
    public static bool IsNode(AuditEvent e) => e.User.Name.StartsWith("system:node:", StringComparison.Ordinal);

    /// <summary>A person (or a person's credentials): not a system: identity.</summary>
    public static bool IsHuman(AuditEvent e) => !e.User.Name.StartsWith("system:", StringComparison.Ordinal) && e.User.Name != "";

    /// <summary>
    /// kubeadm (init, upgrade) with its admin credentials: user agent kubeadm/ and a cluster-admin group. It
    /// rewrites the CoreDNS add-on's RBAC and ConfigMap on every upgrade. The agent is the client's word, so
    /// this excuses only those objects, and only for holders of cluster-admin credentials (who need no excuse).
    /// </summary>
    public static bool IsKubeadm(AuditEvent e)
        => e.UserAgent.StartsWith("kubeadm/", StringComparison.Ordinal) && (e.User.Groups.Contains("kubeadm:cluster-admins") || e.User.Groups.Contains("system:masters"));
}
