using System;
using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 11–13: RBAC changes that hand out power. Every write is judged by the fields it sets:
// create and update send the object, a merge or apply patch the fields it changes, a JSON patch is
// read as the object it sets. An annotation-only patch of an admin binding grants nothing.
public static partial class BuiltInDetections
{
    [Detection("binding-to-admin", "Binding to cluster-admin, admin, edit or system:masters", AlertSeverity.High, "T1098", Tags = ["rbac"])]
    public static bool BindingToAdmin(AuditEvent e)
        => e.ObjectRef.Resource.In("clusterrolebindings", "rolebindings") && e.ObjectRef.Subresource == "" && !IsControlPlane(e) && !IsDryRun(e)
        && e.Verb.In("create", "update", "patch")
        && (e.RequestObject.RoleRef.Name.In(AdminRoles) || e.RequestObject.Subjects.Any(s => s.Kind == "Group" && s.Name == "system:masters")
            // roleRef cannot change: a patch that adds subjects grants what the existing binding's role grants.
            || (e.Verb == "patch" && e.RequestObject.Subjects.Any() && (!e.ResponseObject.IsSet || e.ResponseObject.RoleRef.Name.In(AdminRoles))));

    [Detection("overbroad-role", "Role with wildcards or escalation-enabling permissions", AlertSeverity.High, "T1098", Tags = ["rbac"])]
    public static bool OverbroadRole(AuditEvent e)
        => e.ObjectRef.Resource.In("clusterroles", "roles") && e.ObjectRef.Subresource == "" && !IsControlPlane(e) && !IsDryRun(e)
        && e.Verb.In("create", "update", "patch")
        && e.RequestObject.Rules.Any(r => r.Verbs.Contains("*") || r.Resources.Contains("*")
            || r.Verbs.Any(v => v.In("escalate", "bind", "impersonate"))
            || r.Resources.Any(x => x.In("pods/exec", "pods/attach", "nodes/proxy", "serviceaccounts/token"))
            || (r.Resources.Contains("secrets") && r.Verbs.Any(v => v.In("get", "list", "watch"))));

    /// <summary>A built-in system: role or binding changed or deleted by someone other than the apiserver's reconciler (or kubeadm on its CoreDNS add-on).</summary>
    [Detection("system-rbac-changed", "Built-in system: RBAC object changed or deleted", AlertSeverity.Medium, "T1098", Tags = ["rbac"])]
    public static bool SystemRbacChanged(AuditEvent e)
        => e.ObjectRef.Resource.In("clusterroles", "roles", "clusterrolebindings", "rolebindings") && e.ObjectRef.Subresource == ""
        && e.Verb.In("update", "patch", "delete") && e.ObjectRef.Name.StartsWith("system:", StringComparison.Ordinal) && !IsControlPlane(e) && Changes(e)
        && !(IsKubeadm(e) && e.ObjectRef.Name == "system:coredns");
}
