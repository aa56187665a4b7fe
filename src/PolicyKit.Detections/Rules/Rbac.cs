using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenarios 11–13: RBAC changes that hand out power. A patch body is the patch, not the object: for
// patches the rules read responseObject (the object after the patch).
public static partial class BuiltInDetections
{
    [Detection("binding-to-admin", "Binding to cluster-admin, admin, edit or system:masters", AlertSeverity.High, "T1098")]
    public static bool BindingToAdmin(AuditEvent e)
        => e.ObjectRef.Resource.In("clusterrolebindings", "rolebindings") && e.ObjectRef.Subresource == "" && !IsControlPlane(e)
        && ((e.Verb.In("create", "update")
                && (e.RequestObject.RoleRef.Name.In(AdminRoles) || e.RequestObject.Subjects.Any(s => s.Kind == "Group" && s.Name == "system:masters")))
            || (e.Verb == "patch"
                && (e.ResponseObject.RoleRef.Name.In(AdminRoles) || e.ResponseObject.Subjects.Any(s => s.Kind == "Group" && s.Name == "system:masters"))));

    [Detection("overbroad-role", "Role with wildcards or escalation-enabling permissions", AlertSeverity.High, "T1098")]
    public static bool OverbroadRole(AuditEvent e)
        => e.ObjectRef.Resource.In("clusterroles", "roles") && e.ObjectRef.Subresource == "" && !IsControlPlane(e)
        && ((e.Verb.In("create", "update") && e.RequestObject.Rules.Any(r => r.Verbs.Contains("*") || r.Resources.Contains("*")
                || r.Verbs.Any(v => v.In("escalate", "bind", "impersonate"))
                || r.Resources.Any(x => x.In("pods/exec", "pods/attach", "nodes/proxy", "serviceaccounts/token"))
                || (r.Resources.Contains("secrets") && r.Verbs.Any(v => v.In("get", "list", "watch")))))
            || (e.Verb == "patch" && e.ResponseObject.Rules.Any(r => r.Verbs.Contains("*") || r.Resources.Contains("*")
                || r.Verbs.Any(v => v.In("escalate", "bind", "impersonate"))
                || r.Resources.Any(x => x.In("pods/exec", "pods/attach", "nodes/proxy", "serviceaccounts/token"))
                || (r.Resources.Contains("secrets") && r.Verbs.Any(v => v.In("get", "list", "watch"))))));

    /// <summary>A built-in system: role or binding changed or deleted by someone other than the apiserver's reconciler.</summary>
    [Detection("system-rbac-changed", "Built-in system: RBAC object changed or deleted", AlertSeverity.Medium, "T1098")]
    public static bool SystemRbacChanged(AuditEvent e)
        => e.ObjectRef.Resource.In("clusterroles", "roles", "clusterrolebindings", "rolebindings") && e.ObjectRef.Subresource == ""
        && e.Verb.In("update", "patch", "delete") && e.ObjectRef.Name.StartsWith("system:") && !IsControlPlane(e);
}
