// Imported by `policykit import` from gke-gce-default.yaml.
// source: kubernetes/kubernetes cluster/gce/gci/configure-helper.sh @ b574b11f6b28f06e17333bb110e9374db3259bad
// function create-master-audit-policy, with ${known_apis} expanded (bash heredoc rendering)
using PolicyKit;
using static PolicyKit.Api;

namespace PolicyKit.Benchmarks;

[AuditPolicy("gke-gce-default", MinKubernetesVersion = "1.29")]
public static partial class GkeDefaultPolicy
{
    static void Define(PolicyBuilder policy)
    {
        // The following requests were manually identified as high-volume and low-risk,
        // so drop them.
        // core
        policy.Rule(Level.None)
            .Users(Users.KubeProxy)
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status);

        // Ingress controller reads 'configmaps/ingress-uid' through the unsecured port.
        // TODO(#46983): Change this to the ingress controller service account.
        // core
        policy.Rule(Level.None)
            .Users(Users.Unsecured)
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces(Namespaces.KubeSystem);

        // legacy kubelet identity
        // core
        policy.Rule(Level.None)
            .Users(Users.LegacyKubelet)
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status);

        // core
        policy.Rule(Level.None)
            .UserGroups(Groups.SystemNodes)
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status);

        // core
        policy.Rule(Level.None)
            .Users(
                Users.KubeControllerManager,
                Users.CloudControllerManager,
                Users.KubeScheduler,
                "system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces(Namespaces.KubeSystem);

        // core
        policy.Rule(Level.None)
            .Users(Users.ApiServer)
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize);

        // core
        policy.Rule(Level.None)
            .Users("cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces(Namespaces.KubeSystem);

        // Don't log HPA fetching metrics.
        policy.Rule(Level.None)
            .Users(Users.KubeControllerManager, Users.CloudControllerManager)
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"));

        // Don't log these read-only URLs.
        policy.Rule(Level.None)
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        // Don't log events requests because of performance impact.
        // core
        policy.Rule(Level.None)
            .Resources(Core.Events);

        // node and pod status calls from nodes are high-volume and can be large, don't log responses for expected updates from nodes
        // core
        policy.Rule(Level.Request)
            .Users(
                Users.LegacyKubelet,
                "system:node-problem-detector",
                "system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .OmitStages(Stage.RequestReceived);

        // core
        policy.Rule(Level.Request)
            .UserGroups(Groups.SystemNodes)
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .OmitStages(Stage.RequestReceived);

        // deletecollection calls can be large, don't log responses for expected namespace deletions
        policy.Rule(Level.Request)
            .Users("system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .OmitStages(Stage.RequestReceived);

        // Secrets, ConfigMaps, TokenRequest and TokenReviews can contain sensitive & binary data,
        // so only log at the Metadata level.
        // core
        policy.Rule(Level.Metadata)
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .OmitStages(Stage.RequestReceived);

        // Get responses can be large; skip them.
        // core
        policy.Rule(Level.Request)
            .Verbs(Verb.Get, Verb.List, Verb.Watch)
            .Resources(
                Core.All,
                AdmissionRegistration.All,
                ApiExtensions.All,
                ApiRegistration.All,
                Apps.All,
                Authentication.All,
                Authorization.All,
                Autoscaling.All,
                Batch.All,
                Certificates.All,
                Resource.Custom("extensions"),
                Resource.Custom("metrics.k8s.io"),
                Networking.All,
                Node.All,
                Api.Policy.All,
                Rbac.All,
                Scheduling.All,
                Storage.All)
            .OmitStages(Stage.RequestReceived);

        // Default level for known APIs
        // core
        policy.Rule(Level.RequestResponse)
            .Resources(
                Core.All,
                AdmissionRegistration.All,
                ApiExtensions.All,
                ApiRegistration.All,
                Apps.All,
                Authentication.All,
                Authorization.All,
                Autoscaling.All,
                Batch.All,
                Certificates.All,
                Resource.Custom("extensions"),
                Resource.Custom("metrics.k8s.io"),
                Networking.All,
                Node.All,
                Api.Policy.All,
                Rbac.All,
                Scheduling.All,
                Storage.All)
            .OmitStages(Stage.RequestReceived);

        // Default level for all other requests.
        policy.Rule(Level.Metadata)
            .OmitStages(Stage.RequestReceived);
    }
}
