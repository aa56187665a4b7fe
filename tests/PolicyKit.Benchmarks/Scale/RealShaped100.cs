// Imported by `policykit import` from generate-scale-policies.
using PolicyKit;
using static PolicyKit.Api;

namespace PolicyKit.Benchmarks.Scale;

[AuditPolicy("real-shaped-100", MinKubernetesVersion = "1.29")]
public static partial class RealShaped100
{
    static void Define(PolicyBuilder policy)
    {
        policy.Rule(Level.RequestResponse, "team-0")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-0-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .UserGroups("team-0:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Users(
                "team-0:system:kube-controller-manager",
                "team-0:system:kube-scheduler",
                "team-0:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-0-kube-system");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .UserGroups("team-0")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-0")
            .Resources(Core.Events)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Request, "team-0")
            .Users(
                "team-0:kubelet",
                "team-0:system:node-problem-detector",
                "team-0:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-0")
            .UserGroups("team-0:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-0")
            .Users("team-0:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-0")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-0")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Request, "team-0")
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
                Api.Policy.All,
                Rbac.All,
                Scheduling.All,
                Resource.Custom("settings.k8s.io"),
                Storage.All)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-0")
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
                Api.Policy.All,
                Rbac.All,
                Scheduling.All,
                Resource.Custom("settings.k8s.io"),
                Storage.All)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-0")
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-0-kube-system");

        policy.Rule(Level.None, "team-0")
            .Users(
                "team-0:system:kube-controller-manager",
                "team-0:system:cloud-controller-manager",
                "team-0:system:kube-scheduler",
                "team-0:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-0-kube-system");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-0-kube-system");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:kube-controller-manager", "team-0:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Metadata, "team-0")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-0")
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
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-0")
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
            .Namespaces("team-0", "team-0-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-0")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .UserGroups("team-0:system:authenticated", "team-0:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-0")
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-0")
            .Verbs(Verb.Create, Verb.Delete, Verb.Update, Verb.Patch)
            .Resources(
                Core.Pods,
                Apps.Deployments,
                Apps.StatefulSets,
                Apps.DaemonSets,
                Apps.ReplicaSets,
                Resource.Custom("cluster.k8s.io", "machines"),
                Resource.Custom("cluster.k8s.io", "machinesets"),
                Resource.Custom("cluster.k8s.io", "machinedeployments"),
                Resource.Custom("templates.gatekeeper.sh"),
                Core.Secrets.Named("usersshkeys"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Request, "team-0")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Metadata, "team-0")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-0")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-0")
            .Resources(Core.Pods)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Metadata, "team-0")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .UserGroups("team-0:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-0")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-0-kube-system");

        policy.Rule(Level.Metadata, "team-0")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.Request, "team-0")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .UserGroups("team-0:system:authenticated", "team-0:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-0")
            .Users("team-0:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-0");

        policy.Rule(Level.Metadata, "team-0")
            .Resources(
                Resource.Custom("route.openshift.io", "routes"),
                Resource.Custom("route.openshift.io", "routes/status"),
                Core.Secrets,
                Core.ServiceAccounts.Token,
                Authentication.TokenReviews,
                Resource.Custom("authentication.k8s.io", "tokenrequests"),
                Resource.Custom("oauth.openshift.io", "oauthclients"),
                Resource.Custom("oauth.openshift.io", "tokenreviews"),
                Resource.Custom("machineconfiguration.openshift.io"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-0")
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-0")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.None, "team-0")
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-0")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-0", "team-0-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-1-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .UserGroups("team-1:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Users(
                "team-1:system:kube-controller-manager",
                "team-1:system:kube-scheduler",
                "team-1:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-1-kube-system");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .UserGroups("team-1")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-1")
            .Resources(Core.Events)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Request, "team-1")
            .Users(
                "team-1:kubelet",
                "team-1:system:node-problem-detector",
                "team-1:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-1")
            .UserGroups("team-1:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-1")
            .Users("team-1:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-1")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-1")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Request, "team-1")
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
                Api.Policy.All,
                Rbac.All,
                Scheduling.All,
                Resource.Custom("settings.k8s.io"),
                Storage.All)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-1")
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
                Api.Policy.All,
                Rbac.All,
                Scheduling.All,
                Resource.Custom("settings.k8s.io"),
                Storage.All)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-1")
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-1-kube-system");

        policy.Rule(Level.None, "team-1")
            .Users(
                "team-1:system:kube-controller-manager",
                "team-1:system:cloud-controller-manager",
                "team-1:system:kube-scheduler",
                "team-1:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-1-kube-system");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-1-kube-system");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:kube-controller-manager", "team-1:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Metadata, "team-1")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-1")
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
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-1")
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
            .Namespaces("team-1", "team-1-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-1")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .UserGroups("team-1:system:authenticated", "team-1:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-1")
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Verbs(Verb.Create, Verb.Delete, Verb.Update, Verb.Patch)
            .Resources(
                Core.Pods,
                Apps.Deployments,
                Apps.StatefulSets,
                Apps.DaemonSets,
                Apps.ReplicaSets,
                Resource.Custom("cluster.k8s.io", "machines"),
                Resource.Custom("cluster.k8s.io", "machinesets"),
                Resource.Custom("cluster.k8s.io", "machinedeployments"),
                Resource.Custom("templates.gatekeeper.sh"),
                Core.Secrets.Named("usersshkeys"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Request, "team-1")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Metadata, "team-1")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Resources(Core.Pods)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Metadata, "team-1")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .UserGroups("team-1:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.None)
            .Users(Users.KubeProxy)
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status);

        policy.Rule(Level.None)
            .Users(Users.Unsecured)
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces(Namespaces.KubeSystem);

        policy.Rule(Level.None)
            .Users(Users.LegacyKubelet)
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status);

        policy.Rule(Level.None)
            .UserGroups(Groups.SystemNodes)
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status);

        policy.Rule(Level.None)
            .Users(
                Users.KubeControllerManager,
                Users.CloudControllerManager,
                Users.KubeScheduler,
                "system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces(Namespaces.KubeSystem);

        policy.Rule(Level.None)
            .Users(Users.ApiServer)
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize);

        policy.Rule(Level.None)
            .Users("cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces(Namespaces.KubeSystem);

        policy.Rule(Level.None)
            .Users(Users.KubeControllerManager, Users.CloudControllerManager)
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"));

        policy.Rule(Level.None)
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None)
            .Resources(Core.Events);

        policy.Rule(Level.Request)
            .Users(
                Users.LegacyKubelet,
                "system:node-problem-detector",
                "system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request)
            .UserGroups(Groups.SystemNodes)
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request)
            .Users("system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata)
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .OmitStages(Stage.RequestReceived);

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

        policy.Rule(Level.Metadata)
            .OmitStages(Stage.RequestReceived);
    }
}
