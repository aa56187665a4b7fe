using PolicyKit;
using static PolicyKit.Api;

namespace ClusterPolicy;

/// <summary>Rules shared by every cluster's policy.</summary>
public static class SharedRules
{
    /// <summary>
    /// High-volume, low-risk requests from control-plane components, identified by GKE as safe to drop
    /// (kubernetes/kubernetes cluster/gce/gci/configure-helper.sh, create-master-audit-policy).
    /// </summary>
    [RuleSet]
    public static void ControlPlaneNoise(PolicyBuilder policy)
    {
        policy.Rule(Level.None, "kube-proxy-watch")
            .Users(Users.KubeProxy)
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status);

        // Ingress controller reads 'configmaps/ingress-uid' through the unsecured port.
        policy.Rule(Level.None, "ingress-uid")
            .Users(Users.Unsecured)
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces(Namespaces.KubeSystem);

        policy.Rule(Level.None, "legacy-kubelet-nodes")
            .Users(Users.LegacyKubelet)
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status);

        policy.Rule(Level.None, "node-reads-nodes")
            .UserGroups(Groups.SystemNodes)
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status);

        policy.Rule(Level.None, "controllers-endpoints")
            .Users(Users.KubeControllerManager, Users.CloudControllerManager, Users.KubeScheduler, EndpointController)
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces(Namespaces.KubeSystem);

        policy.Rule(Level.None, "apiserver-namespaces")
            .Users(Users.ApiServer)
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize);

        policy.Rule(Level.None, "cluster-autoscaler")
            .Users("cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces(Namespaces.KubeSystem);

        // Don't log HPA fetching metrics.
        policy.Rule(Level.None, "hpa-metrics")
            .Users(Users.KubeControllerManager, Users.CloudControllerManager)
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"));
    }

    private const string EndpointController = Users.ServiceAccountPrefix + "kube-system:endpoint-controller";
}
