using PolicyKit;
using static PolicyKit.Api;

namespace ClusterPolicy;

/// <summary>
/// The production clusters' audit policy: GKE's default policy (the one EKS's is a variant of), plus
/// what CIS 3.2.2 asks for and GKE leaves implicit: interactive pod sessions explicitly at Metadata,
/// whatever verb they arrive with. Rules are tried in order; the first match decides.
/// </summary>
[AuditPolicy("cluster", MinKubernetesVersion = "1.29")]
public static partial class ClusterAuditPolicy
{
    /// <summary>The groups GKE calls "known APIs": requests to them are logged with bodies below.</summary>
    private static readonly ResourceRef[] KnownApis =
    [
        Core.All, AdmissionRegistration.All, ApiExtensions.All, ApiRegistration.All, Apps.All, Authentication.All,
        Authorization.All, Autoscaling.All, Batch.All, Certificates.All, Resource.Custom("extensions"),
        Resource.Custom("metrics.k8s.io"), Networking.All, Node.All, Api.Policy.All, Rbac.All, Scheduling.All, Storage.All,
    ];

    static void Define(PolicyBuilder policy)
    {
        // Nothing is learnt from the RequestReceived event that ResponseComplete does not repeat.
        policy.OmitStages(Stage.RequestReceived);

        SharedRules.ControlPlaneNoise(policy);

        // Don't log these read-only URLs.
        policy.Rule(Level.None, "read-only-urls")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        // Don't log events requests because of performance impact.
        policy.Rule(Level.None, "events")
            .Resources(Core.Events);

        // Interactive sessions into pods (CIS 3.2.2): always recorded, also when kubectl >= 1.30 opens
        // them over WebSocket as "get". Metadata only: the streams are not bodies the apiserver keeps.
        policy.Rule(Level.Metadata, "pod-sessions")
            .Resources(Core.Pods.Exec, Core.Pods.Attach, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy, Core.Nodes.Proxy);

        // Node and pod status updates from nodes are high-volume and can be large: no response bodies.
        policy.Rule(Level.Request, "node-status")
            .Users(Users.LegacyKubelet, "system:node-problem-detector", Users.ServiceAccountPrefix + "kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status);
        policy.Rule(Level.Request, "node-status-from-nodes")
            .UserGroups(Groups.SystemNodes)
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status);

        // deletecollection calls can be large: no responses for expected namespace deletions.
        policy.Rule(Level.Request, "namespace-controller-deletecollection")
            .Users(Users.ServiceAccountPrefix + "kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection);

        // Secrets, ConfigMaps, TokenRequest and TokenReviews carry credentials: metadata only.
        policy.Rule(Level.Metadata, "credentials")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);

        // Get responses can be large; skip them.
        policy.Rule(Level.Request, "known-api-reads")
            .Verbs(Verb.Get, Verb.List, Verb.Watch)
            .Resources(KnownApis);

        // Default level for known APIs.
        policy.Rule(Level.RequestResponse, "known-api-changes")
            .Resources(KnownApis);

        // Default level for all other requests.
        policy.Rule(Level.Metadata, "catch-all");
    }
}
