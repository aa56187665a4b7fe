using PolicyKit;
using static PolicyKit.Api;

namespace Company.AuditPolicy;

/// <summary>
/// The clusters' audit policy. Rules are tried in order; the first match decides. Every value must be
/// a compile-time constant: the generator compiles this class into audit-policy.yaml and a matcher.
/// </summary>
[AuditPolicy("POLICY_NAME", MinKubernetesVersion = "1.29")]
public static partial class AuditPolicy
{
    static void Define(PolicyBuilder policy)
    {
        // ResponseComplete repeats everything RequestReceived says.
        policy.OmitStages(Stage.RequestReceived);

        // High-volume, low-risk: kube-proxy watching endpoints and services.
        policy.Rule(Level.None, "kube-proxy-watch")
            .Users(Users.KubeProxy).Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status);

        // Health checks and discovery.
        policy.Rule(Level.None, "read-only-urls")
            .NonResourceUrls("/healthz*", "/livez*", "/readyz*", "/version");

        // Events are high-volume and carry no decisions.
        policy.Rule(Level.None, "events")
            .Resources(Core.Events);

        // Interactive sessions into pods: always recorded, whatever verb they arrive with.
        policy.Rule(Level.Metadata, "pod-sessions")
            .Resources(Core.Pods.Exec, Core.Pods.Attach, Core.Pods.PortForward);

        // Credentials live in these bodies: metadata only.
        policy.Rule(Level.Metadata, "credentials")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);

        // Changes to workloads and access control with request and response. Name what you need: bodies of
        // whole groups are large (PK1011), and a later rule that logs credentials' bodies is an error (PK1010).
        policy.Rule(Level.RequestResponse, "changes")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete, Verb.DeleteCollection)
            .Resources(Core.Pods, Core.Services, Apps.Deployments, Apps.StatefulSets, Apps.DaemonSets, Batch.Jobs, Batch.CronJobs,
                Rbac.Roles, Rbac.RoleBindings, Rbac.ClusterRoles, Rbac.ClusterRoleBindings);

        // Everything else.
        policy.Rule(Level.Metadata, "catch-all");
    }
}
