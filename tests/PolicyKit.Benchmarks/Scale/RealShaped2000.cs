// Imported by `policykit import` from generate-scale-policies.
using PolicyKit;
using static PolicyKit.Api;

namespace PolicyKit.Benchmarks.Scale;

[AuditPolicy("real-shaped-2000", MinKubernetesVersion = "1.29")]
public static partial class RealShaped2000
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

        policy.Rule(Level.Request, "team-1")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-1-kube-system");

        policy.Rule(Level.Metadata, "team-1")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.Request, "team-1")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .UserGroups("team-1:system:authenticated", "team-1:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-1")
            .Users("team-1:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-1");

        policy.Rule(Level.Metadata, "team-1")
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
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.None, "team-1")
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-1")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-1", "team-1-staging");

        policy.Rule(Level.RequestResponse, "team-2")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-2-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .UserGroups("team-2:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Users(
                "team-2:system:kube-controller-manager",
                "team-2:system:kube-scheduler",
                "team-2:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-2-kube-system");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .UserGroups("team-2")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-2")
            .Resources(Core.Events)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Request, "team-2")
            .Users(
                "team-2:kubelet",
                "team-2:system:node-problem-detector",
                "team-2:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-2")
            .UserGroups("team-2:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-2")
            .Users("team-2:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-2")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-2")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Request, "team-2")
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
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-2")
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
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-2")
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-2-kube-system");

        policy.Rule(Level.None, "team-2")
            .Users(
                "team-2:system:kube-controller-manager",
                "team-2:system:cloud-controller-manager",
                "team-2:system:kube-scheduler",
                "team-2:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-2-kube-system");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-2-kube-system");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:kube-controller-manager", "team-2:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Metadata, "team-2")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-2")
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
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-2")
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
            .Namespaces("team-2", "team-2-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-2")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .UserGroups("team-2:system:authenticated", "team-2:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-2")
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-2")
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
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Request, "team-2")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Metadata, "team-2")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-2")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-2")
            .Resources(Core.Pods)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Metadata, "team-2")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .UserGroups("team-2:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-2")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-2-kube-system");

        policy.Rule(Level.Metadata, "team-2")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.Request, "team-2")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .UserGroups("team-2:system:authenticated", "team-2:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-2")
            .Users("team-2:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-2");

        policy.Rule(Level.Metadata, "team-2")
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
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-2")
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-2")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.None, "team-2")
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-2")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-2", "team-2-staging");

        policy.Rule(Level.RequestResponse, "team-3")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-3-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .UserGroups("team-3:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Users(
                "team-3:system:kube-controller-manager",
                "team-3:system:kube-scheduler",
                "team-3:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-3-kube-system");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .UserGroups("team-3")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-3")
            .Resources(Core.Events)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Request, "team-3")
            .Users(
                "team-3:kubelet",
                "team-3:system:node-problem-detector",
                "team-3:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-3")
            .UserGroups("team-3:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-3")
            .Users("team-3:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-3")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-3")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Request, "team-3")
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
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-3")
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
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-3")
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-3-kube-system");

        policy.Rule(Level.None, "team-3")
            .Users(
                "team-3:system:kube-controller-manager",
                "team-3:system:cloud-controller-manager",
                "team-3:system:kube-scheduler",
                "team-3:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-3-kube-system");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-3-kube-system");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:kube-controller-manager", "team-3:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Metadata, "team-3")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-3")
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
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-3")
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
            .Namespaces("team-3", "team-3-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-3")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .UserGroups("team-3:system:authenticated", "team-3:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-3")
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-3")
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
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Request, "team-3")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Metadata, "team-3")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-3")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-3")
            .Resources(Core.Pods)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Metadata, "team-3")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .UserGroups("team-3:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-3")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-3-kube-system");

        policy.Rule(Level.Metadata, "team-3")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.Request, "team-3")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .UserGroups("team-3:system:authenticated", "team-3:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-3")
            .Users("team-3:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-3");

        policy.Rule(Level.Metadata, "team-3")
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
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-3")
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-3")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.None, "team-3")
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-3")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-3", "team-3-staging");

        policy.Rule(Level.RequestResponse, "team-4")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-4-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .UserGroups("team-4:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Users(
                "team-4:system:kube-controller-manager",
                "team-4:system:kube-scheduler",
                "team-4:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-4-kube-system");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .UserGroups("team-4")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-4")
            .Resources(Core.Events)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Request, "team-4")
            .Users(
                "team-4:kubelet",
                "team-4:system:node-problem-detector",
                "team-4:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-4")
            .UserGroups("team-4:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-4")
            .Users("team-4:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-4")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-4")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Request, "team-4")
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
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-4")
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
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-4")
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-4-kube-system");

        policy.Rule(Level.None, "team-4")
            .Users(
                "team-4:system:kube-controller-manager",
                "team-4:system:cloud-controller-manager",
                "team-4:system:kube-scheduler",
                "team-4:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-4-kube-system");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-4-kube-system");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:kube-controller-manager", "team-4:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Metadata, "team-4")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-4")
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
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-4")
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
            .Namespaces("team-4", "team-4-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-4")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .UserGroups("team-4:system:authenticated", "team-4:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-4")
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-4")
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
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Request, "team-4")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Metadata, "team-4")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-4")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-4")
            .Resources(Core.Pods)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Metadata, "team-4")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .UserGroups("team-4:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-4")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-4-kube-system");

        policy.Rule(Level.Metadata, "team-4")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.Request, "team-4")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .UserGroups("team-4:system:authenticated", "team-4:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-4")
            .Users("team-4:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-4");

        policy.Rule(Level.Metadata, "team-4")
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
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-4")
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-4")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.None, "team-4")
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-4")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-4", "team-4-staging");

        policy.Rule(Level.RequestResponse, "team-5")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-5-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .UserGroups("team-5:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Users(
                "team-5:system:kube-controller-manager",
                "team-5:system:kube-scheduler",
                "team-5:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-5-kube-system");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .UserGroups("team-5")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-5")
            .Resources(Core.Events)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Request, "team-5")
            .Users(
                "team-5:kubelet",
                "team-5:system:node-problem-detector",
                "team-5:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-5")
            .UserGroups("team-5:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-5")
            .Users("team-5:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-5")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-5")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Request, "team-5")
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
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-5")
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
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-5")
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-5-kube-system");

        policy.Rule(Level.None, "team-5")
            .Users(
                "team-5:system:kube-controller-manager",
                "team-5:system:cloud-controller-manager",
                "team-5:system:kube-scheduler",
                "team-5:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-5-kube-system");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-5-kube-system");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:kube-controller-manager", "team-5:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Metadata, "team-5")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-5")
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
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-5")
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
            .Namespaces("team-5", "team-5-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-5")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .UserGroups("team-5:system:authenticated", "team-5:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-5")
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-5")
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
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Request, "team-5")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Metadata, "team-5")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-5")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-5")
            .Resources(Core.Pods)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Metadata, "team-5")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .UserGroups("team-5:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-5")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-5-kube-system");

        policy.Rule(Level.Metadata, "team-5")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.Request, "team-5")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .UserGroups("team-5:system:authenticated", "team-5:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-5")
            .Users("team-5:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-5");

        policy.Rule(Level.Metadata, "team-5")
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
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-5")
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-5")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.None, "team-5")
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-5")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-5", "team-5-staging");

        policy.Rule(Level.RequestResponse, "team-6")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-6-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .UserGroups("team-6:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Users(
                "team-6:system:kube-controller-manager",
                "team-6:system:kube-scheduler",
                "team-6:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-6-kube-system");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .UserGroups("team-6")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-6")
            .Resources(Core.Events)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Request, "team-6")
            .Users(
                "team-6:kubelet",
                "team-6:system:node-problem-detector",
                "team-6:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-6")
            .UserGroups("team-6:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-6")
            .Users("team-6:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-6")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-6")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Request, "team-6")
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
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-6")
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
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-6")
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-6-kube-system");

        policy.Rule(Level.None, "team-6")
            .Users(
                "team-6:system:kube-controller-manager",
                "team-6:system:cloud-controller-manager",
                "team-6:system:kube-scheduler",
                "team-6:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-6-kube-system");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-6-kube-system");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:kube-controller-manager", "team-6:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Metadata, "team-6")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-6")
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
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-6")
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
            .Namespaces("team-6", "team-6-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-6")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .UserGroups("team-6:system:authenticated", "team-6:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-6")
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-6")
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
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Request, "team-6")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Metadata, "team-6")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-6")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-6")
            .Resources(Core.Pods)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Metadata, "team-6")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .UserGroups("team-6:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-6")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-6-kube-system");

        policy.Rule(Level.Metadata, "team-6")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.Request, "team-6")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .UserGroups("team-6:system:authenticated", "team-6:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-6")
            .Users("team-6:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-6");

        policy.Rule(Level.Metadata, "team-6")
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
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-6")
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-6")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.None, "team-6")
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-6")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-6", "team-6-staging");

        policy.Rule(Level.RequestResponse, "team-7")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-7-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .UserGroups("team-7:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Users(
                "team-7:system:kube-controller-manager",
                "team-7:system:kube-scheduler",
                "team-7:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-7-kube-system");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .UserGroups("team-7")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-7")
            .Resources(Core.Events)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Request, "team-7")
            .Users(
                "team-7:kubelet",
                "team-7:system:node-problem-detector",
                "team-7:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-7")
            .UserGroups("team-7:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-7")
            .Users("team-7:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-7")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-7")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Request, "team-7")
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
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-7")
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
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-7")
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-7-kube-system");

        policy.Rule(Level.None, "team-7")
            .Users(
                "team-7:system:kube-controller-manager",
                "team-7:system:cloud-controller-manager",
                "team-7:system:kube-scheduler",
                "team-7:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-7-kube-system");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-7-kube-system");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:kube-controller-manager", "team-7:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Metadata, "team-7")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-7")
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
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-7")
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
            .Namespaces("team-7", "team-7-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-7")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .UserGroups("team-7:system:authenticated", "team-7:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-7")
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-7")
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
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Request, "team-7")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Metadata, "team-7")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-7")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-7")
            .Resources(Core.Pods)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Metadata, "team-7")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .UserGroups("team-7:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-7")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-7-kube-system");

        policy.Rule(Level.Metadata, "team-7")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.Request, "team-7")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .UserGroups("team-7:system:authenticated", "team-7:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-7")
            .Users("team-7:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-7");

        policy.Rule(Level.Metadata, "team-7")
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
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-7")
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-7")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.None, "team-7")
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-7")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-7", "team-7-staging");

        policy.Rule(Level.RequestResponse, "team-8")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-8-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .UserGroups("team-8:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Users(
                "team-8:system:kube-controller-manager",
                "team-8:system:kube-scheduler",
                "team-8:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-8-kube-system");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .UserGroups("team-8")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-8")
            .Resources(Core.Events)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Request, "team-8")
            .Users(
                "team-8:kubelet",
                "team-8:system:node-problem-detector",
                "team-8:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-8")
            .UserGroups("team-8:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-8")
            .Users("team-8:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-8")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-8")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Request, "team-8")
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
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-8")
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
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-8")
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-8-kube-system");

        policy.Rule(Level.None, "team-8")
            .Users(
                "team-8:system:kube-controller-manager",
                "team-8:system:cloud-controller-manager",
                "team-8:system:kube-scheduler",
                "team-8:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-8-kube-system");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-8-kube-system");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:kube-controller-manager", "team-8:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Metadata, "team-8")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-8")
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
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-8")
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
            .Namespaces("team-8", "team-8-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-8")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .UserGroups("team-8:system:authenticated", "team-8:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-8")
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-8")
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
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Request, "team-8")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Metadata, "team-8")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-8")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-8")
            .Resources(Core.Pods)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Metadata, "team-8")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .UserGroups("team-8:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-8")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-8-kube-system");

        policy.Rule(Level.Metadata, "team-8")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.Request, "team-8")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .UserGroups("team-8:system:authenticated", "team-8:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-8")
            .Users("team-8:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-8");

        policy.Rule(Level.Metadata, "team-8")
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
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-8")
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-8")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.None, "team-8")
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-8")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-8", "team-8-staging");

        policy.Rule(Level.RequestResponse, "team-9")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-9-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .UserGroups("team-9:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Users(
                "team-9:system:kube-controller-manager",
                "team-9:system:kube-scheduler",
                "team-9:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-9-kube-system");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .UserGroups("team-9")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-9")
            .Resources(Core.Events)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Request, "team-9")
            .Users(
                "team-9:kubelet",
                "team-9:system:node-problem-detector",
                "team-9:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-9")
            .UserGroups("team-9:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-9")
            .Users("team-9:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-9")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-9")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Request, "team-9")
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
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-9")
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
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-9")
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-9-kube-system");

        policy.Rule(Level.None, "team-9")
            .Users(
                "team-9:system:kube-controller-manager",
                "team-9:system:cloud-controller-manager",
                "team-9:system:kube-scheduler",
                "team-9:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-9-kube-system");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-9-kube-system");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:kube-controller-manager", "team-9:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Metadata, "team-9")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-9")
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
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-9")
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
            .Namespaces("team-9", "team-9-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-9")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .UserGroups("team-9:system:authenticated", "team-9:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-9")
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-9")
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
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Request, "team-9")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Metadata, "team-9")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-9")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-9")
            .Resources(Core.Pods)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Metadata, "team-9")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .UserGroups("team-9:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-9")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-9-kube-system");

        policy.Rule(Level.Metadata, "team-9")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.Request, "team-9")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .UserGroups("team-9:system:authenticated", "team-9:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-9")
            .Users("team-9:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-9");

        policy.Rule(Level.Metadata, "team-9")
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
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-9")
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-9")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.None, "team-9")
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-9")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-9", "team-9-staging");

        policy.Rule(Level.RequestResponse, "team-10")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-10-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .UserGroups("team-10:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Users(
                "team-10:system:kube-controller-manager",
                "team-10:system:kube-scheduler",
                "team-10:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-10-kube-system");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .UserGroups("team-10")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-10")
            .Resources(Core.Events)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Request, "team-10")
            .Users(
                "team-10:kubelet",
                "team-10:system:node-problem-detector",
                "team-10:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-10")
            .UserGroups("team-10:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-10")
            .Users("team-10:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-10")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-10")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Request, "team-10")
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
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-10")
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
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-10")
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-10-kube-system");

        policy.Rule(Level.None, "team-10")
            .Users(
                "team-10:system:kube-controller-manager",
                "team-10:system:cloud-controller-manager",
                "team-10:system:kube-scheduler",
                "team-10:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-10-kube-system");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-10-kube-system");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:kube-controller-manager", "team-10:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Metadata, "team-10")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-10")
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
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-10")
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
            .Namespaces("team-10", "team-10-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-10")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .UserGroups("team-10:system:authenticated", "team-10:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-10")
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-10")
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
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Request, "team-10")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Metadata, "team-10")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-10")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-10")
            .Resources(Core.Pods)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Metadata, "team-10")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .UserGroups("team-10:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-10")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-10-kube-system");

        policy.Rule(Level.Metadata, "team-10")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.Request, "team-10")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .UserGroups("team-10:system:authenticated", "team-10:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-10")
            .Users("team-10:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-10");

        policy.Rule(Level.Metadata, "team-10")
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
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-10")
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-10")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.None, "team-10")
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-10")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-10", "team-10-staging");

        policy.Rule(Level.RequestResponse, "team-11")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-11-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .UserGroups("team-11:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Users(
                "team-11:system:kube-controller-manager",
                "team-11:system:kube-scheduler",
                "team-11:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-11-kube-system");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .UserGroups("team-11")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-11")
            .Resources(Core.Events)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Request, "team-11")
            .Users(
                "team-11:kubelet",
                "team-11:system:node-problem-detector",
                "team-11:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-11")
            .UserGroups("team-11:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-11")
            .Users("team-11:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-11")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-11")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Request, "team-11")
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
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-11")
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
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-11")
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-11-kube-system");

        policy.Rule(Level.None, "team-11")
            .Users(
                "team-11:system:kube-controller-manager",
                "team-11:system:cloud-controller-manager",
                "team-11:system:kube-scheduler",
                "team-11:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-11-kube-system");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-11-kube-system");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:kube-controller-manager", "team-11:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Metadata, "team-11")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-11")
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
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-11")
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
            .Namespaces("team-11", "team-11-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-11")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .UserGroups("team-11:system:authenticated", "team-11:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-11")
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-11")
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
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Request, "team-11")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Metadata, "team-11")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-11")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-11")
            .Resources(Core.Pods)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Metadata, "team-11")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .UserGroups("team-11:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-11")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-11-kube-system");

        policy.Rule(Level.Metadata, "team-11")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.Request, "team-11")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .UserGroups("team-11:system:authenticated", "team-11:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-11")
            .Users("team-11:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-11");

        policy.Rule(Level.Metadata, "team-11")
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
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-11")
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-11")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.None, "team-11")
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-11")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-11", "team-11-staging");

        policy.Rule(Level.RequestResponse, "team-12")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-12-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .UserGroups("team-12:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Users(
                "team-12:system:kube-controller-manager",
                "team-12:system:kube-scheduler",
                "team-12:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-12-kube-system");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .UserGroups("team-12")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-12")
            .Resources(Core.Events)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Request, "team-12")
            .Users(
                "team-12:kubelet",
                "team-12:system:node-problem-detector",
                "team-12:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-12")
            .UserGroups("team-12:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-12")
            .Users("team-12:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-12")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-12")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Request, "team-12")
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
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-12")
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
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-12")
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-12-kube-system");

        policy.Rule(Level.None, "team-12")
            .Users(
                "team-12:system:kube-controller-manager",
                "team-12:system:cloud-controller-manager",
                "team-12:system:kube-scheduler",
                "team-12:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-12-kube-system");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-12-kube-system");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:kube-controller-manager", "team-12:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Metadata, "team-12")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-12")
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
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-12")
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
            .Namespaces("team-12", "team-12-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-12")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .UserGroups("team-12:system:authenticated", "team-12:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-12")
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-12")
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
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Request, "team-12")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Metadata, "team-12")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-12")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-12")
            .Resources(Core.Pods)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Metadata, "team-12")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .UserGroups("team-12:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-12")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-12-kube-system");

        policy.Rule(Level.Metadata, "team-12")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.Request, "team-12")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .UserGroups("team-12:system:authenticated", "team-12:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-12")
            .Users("team-12:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-12");

        policy.Rule(Level.Metadata, "team-12")
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
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-12")
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-12")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.None, "team-12")
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-12")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-12", "team-12-staging");

        policy.Rule(Level.RequestResponse, "team-13")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-13-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .UserGroups("team-13:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Users(
                "team-13:system:kube-controller-manager",
                "team-13:system:kube-scheduler",
                "team-13:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-13-kube-system");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .UserGroups("team-13")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-13")
            .Resources(Core.Events)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Request, "team-13")
            .Users(
                "team-13:kubelet",
                "team-13:system:node-problem-detector",
                "team-13:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-13")
            .UserGroups("team-13:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-13")
            .Users("team-13:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-13")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-13")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Request, "team-13")
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
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-13")
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
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-13")
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-13-kube-system");

        policy.Rule(Level.None, "team-13")
            .Users(
                "team-13:system:kube-controller-manager",
                "team-13:system:cloud-controller-manager",
                "team-13:system:kube-scheduler",
                "team-13:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-13-kube-system");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-13-kube-system");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:kube-controller-manager", "team-13:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Metadata, "team-13")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-13")
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
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-13")
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
            .Namespaces("team-13", "team-13-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-13")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .UserGroups("team-13:system:authenticated", "team-13:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-13")
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-13")
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
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Request, "team-13")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Metadata, "team-13")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-13")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-13")
            .Resources(Core.Pods)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Metadata, "team-13")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .UserGroups("team-13:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-13")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-13-kube-system");

        policy.Rule(Level.Metadata, "team-13")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.Request, "team-13")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .UserGroups("team-13:system:authenticated", "team-13:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-13")
            .Users("team-13:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-13");

        policy.Rule(Level.Metadata, "team-13")
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
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-13")
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-13")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.None, "team-13")
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-13")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-13", "team-13-staging");

        policy.Rule(Level.RequestResponse, "team-14")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-14-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .UserGroups("team-14:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Users(
                "team-14:system:kube-controller-manager",
                "team-14:system:kube-scheduler",
                "team-14:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-14-kube-system");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .UserGroups("team-14")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-14")
            .Resources(Core.Events)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Request, "team-14")
            .Users(
                "team-14:kubelet",
                "team-14:system:node-problem-detector",
                "team-14:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-14")
            .UserGroups("team-14:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-14")
            .Users("team-14:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-14")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-14")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Request, "team-14")
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
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-14")
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
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-14")
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-14-kube-system");

        policy.Rule(Level.None, "team-14")
            .Users(
                "team-14:system:kube-controller-manager",
                "team-14:system:cloud-controller-manager",
                "team-14:system:kube-scheduler",
                "team-14:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-14-kube-system");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-14-kube-system");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:kube-controller-manager", "team-14:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Metadata, "team-14")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-14")
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
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-14")
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
            .Namespaces("team-14", "team-14-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-14")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .UserGroups("team-14:system:authenticated", "team-14:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-14")
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-14")
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
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Request, "team-14")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Metadata, "team-14")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-14")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-14")
            .Resources(Core.Pods)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Metadata, "team-14")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .UserGroups("team-14:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-14")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-14-kube-system");

        policy.Rule(Level.Metadata, "team-14")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.Request, "team-14")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .UserGroups("team-14:system:authenticated", "team-14:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-14")
            .Users("team-14:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-14");

        policy.Rule(Level.Metadata, "team-14")
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
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-14")
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-14")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.None, "team-14")
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-14")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-14", "team-14-staging");

        policy.Rule(Level.RequestResponse, "team-15")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-15-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .UserGroups("team-15:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Users(
                "team-15:system:kube-controller-manager",
                "team-15:system:kube-scheduler",
                "team-15:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-15-kube-system");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .UserGroups("team-15")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-15")
            .Resources(Core.Events)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Request, "team-15")
            .Users(
                "team-15:kubelet",
                "team-15:system:node-problem-detector",
                "team-15:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-15")
            .UserGroups("team-15:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-15")
            .Users("team-15:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-15")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-15")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Request, "team-15")
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
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-15")
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
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-15")
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-15-kube-system");

        policy.Rule(Level.None, "team-15")
            .Users(
                "team-15:system:kube-controller-manager",
                "team-15:system:cloud-controller-manager",
                "team-15:system:kube-scheduler",
                "team-15:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-15-kube-system");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-15-kube-system");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:kube-controller-manager", "team-15:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Metadata, "team-15")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-15")
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
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-15")
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
            .Namespaces("team-15", "team-15-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-15")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .UserGroups("team-15:system:authenticated", "team-15:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-15")
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-15")
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
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Request, "team-15")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Metadata, "team-15")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-15")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-15")
            .Resources(Core.Pods)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Metadata, "team-15")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .UserGroups("team-15:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-15")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-15-kube-system");

        policy.Rule(Level.Metadata, "team-15")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.Request, "team-15")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .UserGroups("team-15:system:authenticated", "team-15:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-15")
            .Users("team-15:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-15");

        policy.Rule(Level.Metadata, "team-15")
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
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-15")
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-15")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.None, "team-15")
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-15")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-15", "team-15-staging");

        policy.Rule(Level.RequestResponse, "team-16")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-16-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .UserGroups("team-16:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Users(
                "team-16:system:kube-controller-manager",
                "team-16:system:kube-scheduler",
                "team-16:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-16-kube-system");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .UserGroups("team-16")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-16")
            .Resources(Core.Events)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Request, "team-16")
            .Users(
                "team-16:kubelet",
                "team-16:system:node-problem-detector",
                "team-16:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-16")
            .UserGroups("team-16:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-16")
            .Users("team-16:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-16")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-16")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Request, "team-16")
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
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-16")
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
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-16")
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-16-kube-system");

        policy.Rule(Level.None, "team-16")
            .Users(
                "team-16:system:kube-controller-manager",
                "team-16:system:cloud-controller-manager",
                "team-16:system:kube-scheduler",
                "team-16:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-16-kube-system");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-16-kube-system");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:kube-controller-manager", "team-16:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Metadata, "team-16")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-16")
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
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-16")
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
            .Namespaces("team-16", "team-16-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-16")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .UserGroups("team-16:system:authenticated", "team-16:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-16")
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-16")
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
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Request, "team-16")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Metadata, "team-16")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-16")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-16")
            .Resources(Core.Pods)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Metadata, "team-16")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .UserGroups("team-16:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-16")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-16-kube-system");

        policy.Rule(Level.Metadata, "team-16")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.Request, "team-16")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .UserGroups("team-16:system:authenticated", "team-16:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-16")
            .Users("team-16:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-16");

        policy.Rule(Level.Metadata, "team-16")
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
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-16")
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-16")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.None, "team-16")
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-16")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-16", "team-16-staging");

        policy.Rule(Level.RequestResponse, "team-17")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-17-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .UserGroups("team-17:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Users(
                "team-17:system:kube-controller-manager",
                "team-17:system:kube-scheduler",
                "team-17:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-17-kube-system");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .UserGroups("team-17")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-17")
            .Resources(Core.Events)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Request, "team-17")
            .Users(
                "team-17:kubelet",
                "team-17:system:node-problem-detector",
                "team-17:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-17")
            .UserGroups("team-17:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-17")
            .Users("team-17:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-17")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-17")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Request, "team-17")
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
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-17")
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
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-17")
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-17-kube-system");

        policy.Rule(Level.None, "team-17")
            .Users(
                "team-17:system:kube-controller-manager",
                "team-17:system:cloud-controller-manager",
                "team-17:system:kube-scheduler",
                "team-17:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-17-kube-system");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-17-kube-system");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:kube-controller-manager", "team-17:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Metadata, "team-17")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-17")
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
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-17")
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
            .Namespaces("team-17", "team-17-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-17")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .UserGroups("team-17:system:authenticated", "team-17:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-17")
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-17")
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
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Request, "team-17")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Metadata, "team-17")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-17")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-17")
            .Resources(Core.Pods)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Metadata, "team-17")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .UserGroups("team-17:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-17")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-17-kube-system");

        policy.Rule(Level.Metadata, "team-17")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.Request, "team-17")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .UserGroups("team-17:system:authenticated", "team-17:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-17")
            .Users("team-17:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-17");

        policy.Rule(Level.Metadata, "team-17")
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
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-17")
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-17")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.None, "team-17")
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-17")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-17", "team-17-staging");

        policy.Rule(Level.RequestResponse, "team-18")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-18-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .UserGroups("team-18:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Users(
                "team-18:system:kube-controller-manager",
                "team-18:system:kube-scheduler",
                "team-18:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-18-kube-system");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .UserGroups("team-18")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-18")
            .Resources(Core.Events)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Request, "team-18")
            .Users(
                "team-18:kubelet",
                "team-18:system:node-problem-detector",
                "team-18:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-18")
            .UserGroups("team-18:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-18")
            .Users("team-18:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-18")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-18")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Request, "team-18")
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
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-18")
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
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-18")
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-18-kube-system");

        policy.Rule(Level.None, "team-18")
            .Users(
                "team-18:system:kube-controller-manager",
                "team-18:system:cloud-controller-manager",
                "team-18:system:kube-scheduler",
                "team-18:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-18-kube-system");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-18-kube-system");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:kube-controller-manager", "team-18:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Metadata, "team-18")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-18")
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
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-18")
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
            .Namespaces("team-18", "team-18-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-18")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .UserGroups("team-18:system:authenticated", "team-18:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-18")
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-18")
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
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Request, "team-18")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Metadata, "team-18")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-18")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-18")
            .Resources(Core.Pods)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Metadata, "team-18")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .UserGroups("team-18:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-18")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-18-kube-system");

        policy.Rule(Level.Metadata, "team-18")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.Request, "team-18")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .UserGroups("team-18:system:authenticated", "team-18:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-18")
            .Users("team-18:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-18");

        policy.Rule(Level.Metadata, "team-18")
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
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-18")
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-18")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.None, "team-18")
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-18")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-18", "team-18-staging");

        policy.Rule(Level.RequestResponse, "team-19")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-19-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .UserGroups("team-19:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Users(
                "team-19:system:kube-controller-manager",
                "team-19:system:kube-scheduler",
                "team-19:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-19-kube-system");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .UserGroups("team-19")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-19")
            .Resources(Core.Events)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Request, "team-19")
            .Users(
                "team-19:kubelet",
                "team-19:system:node-problem-detector",
                "team-19:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-19")
            .UserGroups("team-19:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-19")
            .Users("team-19:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-19")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-19")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Request, "team-19")
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
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-19")
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
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-19")
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-19-kube-system");

        policy.Rule(Level.None, "team-19")
            .Users(
                "team-19:system:kube-controller-manager",
                "team-19:system:cloud-controller-manager",
                "team-19:system:kube-scheduler",
                "team-19:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-19-kube-system");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-19-kube-system");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:kube-controller-manager", "team-19:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Metadata, "team-19")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-19")
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
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-19")
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
            .Namespaces("team-19", "team-19-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-19")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .UserGroups("team-19:system:authenticated", "team-19:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-19")
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-19")
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
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Request, "team-19")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Metadata, "team-19")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-19")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-19")
            .Resources(Core.Pods)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Metadata, "team-19")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .UserGroups("team-19:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-19")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-19-kube-system");

        policy.Rule(Level.Metadata, "team-19")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.Request, "team-19")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .UserGroups("team-19:system:authenticated", "team-19:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-19")
            .Users("team-19:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-19");

        policy.Rule(Level.Metadata, "team-19")
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
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-19")
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-19")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.None, "team-19")
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-19")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-19", "team-19-staging");

        policy.Rule(Level.RequestResponse, "team-20")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-20-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .UserGroups("team-20:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Users(
                "team-20:system:kube-controller-manager",
                "team-20:system:kube-scheduler",
                "team-20:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-20-kube-system");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .UserGroups("team-20")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-20")
            .Resources(Core.Events)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Request, "team-20")
            .Users(
                "team-20:kubelet",
                "team-20:system:node-problem-detector",
                "team-20:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-20")
            .UserGroups("team-20:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-20")
            .Users("team-20:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-20")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-20")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Request, "team-20")
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
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-20")
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
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-20")
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-20-kube-system");

        policy.Rule(Level.None, "team-20")
            .Users(
                "team-20:system:kube-controller-manager",
                "team-20:system:cloud-controller-manager",
                "team-20:system:kube-scheduler",
                "team-20:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-20-kube-system");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-20-kube-system");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:kube-controller-manager", "team-20:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Metadata, "team-20")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-20")
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
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-20")
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
            .Namespaces("team-20", "team-20-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-20")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .UserGroups("team-20:system:authenticated", "team-20:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-20")
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-20")
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
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Request, "team-20")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Metadata, "team-20")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-20")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-20")
            .Resources(Core.Pods)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Metadata, "team-20")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .UserGroups("team-20:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-20")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-20-kube-system");

        policy.Rule(Level.Metadata, "team-20")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.Request, "team-20")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .UserGroups("team-20:system:authenticated", "team-20:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-20")
            .Users("team-20:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-20");

        policy.Rule(Level.Metadata, "team-20")
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
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-20")
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-20")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.None, "team-20")
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-20")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-20", "team-20-staging");

        policy.Rule(Level.RequestResponse, "team-21")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-21-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .UserGroups("team-21:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Users(
                "team-21:system:kube-controller-manager",
                "team-21:system:kube-scheduler",
                "team-21:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-21-kube-system");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .UserGroups("team-21")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-21")
            .Resources(Core.Events)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Request, "team-21")
            .Users(
                "team-21:kubelet",
                "team-21:system:node-problem-detector",
                "team-21:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-21")
            .UserGroups("team-21:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-21")
            .Users("team-21:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-21")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-21")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Request, "team-21")
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
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-21")
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
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-21")
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-21-kube-system");

        policy.Rule(Level.None, "team-21")
            .Users(
                "team-21:system:kube-controller-manager",
                "team-21:system:cloud-controller-manager",
                "team-21:system:kube-scheduler",
                "team-21:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-21-kube-system");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-21-kube-system");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:kube-controller-manager", "team-21:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Metadata, "team-21")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-21")
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
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-21")
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
            .Namespaces("team-21", "team-21-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-21")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .UserGroups("team-21:system:authenticated", "team-21:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-21")
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-21")
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
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Request, "team-21")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Metadata, "team-21")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-21")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-21")
            .Resources(Core.Pods)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Metadata, "team-21")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .UserGroups("team-21:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-21")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-21-kube-system");

        policy.Rule(Level.Metadata, "team-21")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.Request, "team-21")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .UserGroups("team-21:system:authenticated", "team-21:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-21")
            .Users("team-21:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-21");

        policy.Rule(Level.Metadata, "team-21")
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
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-21")
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-21")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.None, "team-21")
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-21")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-21", "team-21-staging");

        policy.Rule(Level.RequestResponse, "team-22")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-22-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .UserGroups("team-22:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Users(
                "team-22:system:kube-controller-manager",
                "team-22:system:kube-scheduler",
                "team-22:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-22-kube-system");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .UserGroups("team-22")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-22")
            .Resources(Core.Events)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Request, "team-22")
            .Users(
                "team-22:kubelet",
                "team-22:system:node-problem-detector",
                "team-22:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-22")
            .UserGroups("team-22:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-22")
            .Users("team-22:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-22")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-22")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Request, "team-22")
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
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-22")
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
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-22")
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-22-kube-system");

        policy.Rule(Level.None, "team-22")
            .Users(
                "team-22:system:kube-controller-manager",
                "team-22:system:cloud-controller-manager",
                "team-22:system:kube-scheduler",
                "team-22:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-22-kube-system");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-22-kube-system");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:kube-controller-manager", "team-22:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Metadata, "team-22")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-22")
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
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-22")
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
            .Namespaces("team-22", "team-22-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-22")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .UserGroups("team-22:system:authenticated", "team-22:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-22")
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-22")
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
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Request, "team-22")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Metadata, "team-22")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-22")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-22")
            .Resources(Core.Pods)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Metadata, "team-22")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .UserGroups("team-22:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-22")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-22-kube-system");

        policy.Rule(Level.Metadata, "team-22")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.Request, "team-22")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .UserGroups("team-22:system:authenticated", "team-22:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-22")
            .Users("team-22:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-22");

        policy.Rule(Level.Metadata, "team-22")
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
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-22")
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-22")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.None, "team-22")
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-22")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-22", "team-22-staging");

        policy.Rule(Level.RequestResponse, "team-23")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-23-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .UserGroups("team-23:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Users(
                "team-23:system:kube-controller-manager",
                "team-23:system:kube-scheduler",
                "team-23:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-23-kube-system");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .UserGroups("team-23")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-23")
            .Resources(Core.Events)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Request, "team-23")
            .Users(
                "team-23:kubelet",
                "team-23:system:node-problem-detector",
                "team-23:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-23")
            .UserGroups("team-23:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-23")
            .Users("team-23:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-23")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-23")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Request, "team-23")
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
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-23")
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
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-23")
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-23-kube-system");

        policy.Rule(Level.None, "team-23")
            .Users(
                "team-23:system:kube-controller-manager",
                "team-23:system:cloud-controller-manager",
                "team-23:system:kube-scheduler",
                "team-23:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-23-kube-system");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-23-kube-system");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:kube-controller-manager", "team-23:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Metadata, "team-23")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-23")
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
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-23")
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
            .Namespaces("team-23", "team-23-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-23")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .UserGroups("team-23:system:authenticated", "team-23:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-23")
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-23")
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
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Request, "team-23")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Metadata, "team-23")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-23")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-23")
            .Resources(Core.Pods)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Metadata, "team-23")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .UserGroups("team-23:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-23")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-23-kube-system");

        policy.Rule(Level.Metadata, "team-23")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.Request, "team-23")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .UserGroups("team-23:system:authenticated", "team-23:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-23")
            .Users("team-23:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-23");

        policy.Rule(Level.Metadata, "team-23")
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
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-23")
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-23")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.None, "team-23")
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-23")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-23", "team-23-staging");

        policy.Rule(Level.RequestResponse, "team-24")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-24-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .UserGroups("team-24:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Users(
                "team-24:system:kube-controller-manager",
                "team-24:system:kube-scheduler",
                "team-24:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-24-kube-system");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .UserGroups("team-24")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-24")
            .Resources(Core.Events)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Request, "team-24")
            .Users(
                "team-24:kubelet",
                "team-24:system:node-problem-detector",
                "team-24:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-24")
            .UserGroups("team-24:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-24")
            .Users("team-24:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-24")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-24")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Request, "team-24")
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
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-24")
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
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-24")
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-24-kube-system");

        policy.Rule(Level.None, "team-24")
            .Users(
                "team-24:system:kube-controller-manager",
                "team-24:system:cloud-controller-manager",
                "team-24:system:kube-scheduler",
                "team-24:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-24-kube-system");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-24-kube-system");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:kube-controller-manager", "team-24:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Metadata, "team-24")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-24")
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
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-24")
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
            .Namespaces("team-24", "team-24-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-24")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .UserGroups("team-24:system:authenticated", "team-24:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-24")
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-24")
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
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Request, "team-24")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Metadata, "team-24")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-24")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-24")
            .Resources(Core.Pods)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Metadata, "team-24")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .UserGroups("team-24:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-24")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-24-kube-system");

        policy.Rule(Level.Metadata, "team-24")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.Request, "team-24")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .UserGroups("team-24:system:authenticated", "team-24:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-24")
            .Users("team-24:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-24");

        policy.Rule(Level.Metadata, "team-24")
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
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-24")
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-24")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.None, "team-24")
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-24")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-24", "team-24-staging");

        policy.Rule(Level.RequestResponse, "team-25")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-25-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .UserGroups("team-25:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Users(
                "team-25:system:kube-controller-manager",
                "team-25:system:kube-scheduler",
                "team-25:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-25-kube-system");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .UserGroups("team-25")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-25")
            .Resources(Core.Events)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Request, "team-25")
            .Users(
                "team-25:kubelet",
                "team-25:system:node-problem-detector",
                "team-25:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-25")
            .UserGroups("team-25:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-25")
            .Users("team-25:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-25")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-25")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Request, "team-25")
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
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-25")
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
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-25")
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-25-kube-system");

        policy.Rule(Level.None, "team-25")
            .Users(
                "team-25:system:kube-controller-manager",
                "team-25:system:cloud-controller-manager",
                "team-25:system:kube-scheduler",
                "team-25:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-25-kube-system");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-25-kube-system");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:kube-controller-manager", "team-25:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Metadata, "team-25")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-25")
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
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-25")
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
            .Namespaces("team-25", "team-25-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-25")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .UserGroups("team-25:system:authenticated", "team-25:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-25")
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-25")
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
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Request, "team-25")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Metadata, "team-25")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-25")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-25")
            .Resources(Core.Pods)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Metadata, "team-25")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .UserGroups("team-25:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-25")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-25-kube-system");

        policy.Rule(Level.Metadata, "team-25")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.Request, "team-25")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .UserGroups("team-25:system:authenticated", "team-25:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-25")
            .Users("team-25:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-25");

        policy.Rule(Level.Metadata, "team-25")
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
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-25")
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-25")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.None, "team-25")
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-25")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-25", "team-25-staging");

        policy.Rule(Level.RequestResponse, "team-26")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-26-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .UserGroups("team-26:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Users(
                "team-26:system:kube-controller-manager",
                "team-26:system:kube-scheduler",
                "team-26:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-26-kube-system");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .UserGroups("team-26")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-26")
            .Resources(Core.Events)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Request, "team-26")
            .Users(
                "team-26:kubelet",
                "team-26:system:node-problem-detector",
                "team-26:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-26")
            .UserGroups("team-26:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-26")
            .Users("team-26:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-26")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-26")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Request, "team-26")
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
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-26")
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
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-26")
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-26-kube-system");

        policy.Rule(Level.None, "team-26")
            .Users(
                "team-26:system:kube-controller-manager",
                "team-26:system:cloud-controller-manager",
                "team-26:system:kube-scheduler",
                "team-26:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-26-kube-system");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-26-kube-system");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:kube-controller-manager", "team-26:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Metadata, "team-26")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-26")
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
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-26")
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
            .Namespaces("team-26", "team-26-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-26")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .UserGroups("team-26:system:authenticated", "team-26:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-26")
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-26")
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
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Request, "team-26")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Metadata, "team-26")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-26")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-26")
            .Resources(Core.Pods)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Metadata, "team-26")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .UserGroups("team-26:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-26")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-26-kube-system");

        policy.Rule(Level.Metadata, "team-26")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.Request, "team-26")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .UserGroups("team-26:system:authenticated", "team-26:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-26")
            .Users("team-26:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-26");

        policy.Rule(Level.Metadata, "team-26")
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
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-26")
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-26")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.None, "team-26")
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-26")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-26", "team-26-staging");

        policy.Rule(Level.RequestResponse, "team-27")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-27-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .UserGroups("team-27:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Users(
                "team-27:system:kube-controller-manager",
                "team-27:system:kube-scheduler",
                "team-27:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-27-kube-system");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .UserGroups("team-27")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-27")
            .Resources(Core.Events)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Request, "team-27")
            .Users(
                "team-27:kubelet",
                "team-27:system:node-problem-detector",
                "team-27:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-27")
            .UserGroups("team-27:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-27")
            .Users("team-27:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-27")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-27")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Request, "team-27")
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
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-27")
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
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-27")
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-27-kube-system");

        policy.Rule(Level.None, "team-27")
            .Users(
                "team-27:system:kube-controller-manager",
                "team-27:system:cloud-controller-manager",
                "team-27:system:kube-scheduler",
                "team-27:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-27-kube-system");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-27-kube-system");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:kube-controller-manager", "team-27:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Metadata, "team-27")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-27")
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
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-27")
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
            .Namespaces("team-27", "team-27-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-27")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .UserGroups("team-27:system:authenticated", "team-27:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-27")
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-27")
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
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Request, "team-27")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Metadata, "team-27")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-27")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-27")
            .Resources(Core.Pods)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Metadata, "team-27")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .UserGroups("team-27:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-27")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-27-kube-system");

        policy.Rule(Level.Metadata, "team-27")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.Request, "team-27")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .UserGroups("team-27:system:authenticated", "team-27:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-27")
            .Users("team-27:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-27");

        policy.Rule(Level.Metadata, "team-27")
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
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-27")
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-27")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.None, "team-27")
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-27")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-27", "team-27-staging");

        policy.Rule(Level.RequestResponse, "team-28")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-28-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .UserGroups("team-28:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Users(
                "team-28:system:kube-controller-manager",
                "team-28:system:kube-scheduler",
                "team-28:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-28-kube-system");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .UserGroups("team-28")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-28")
            .Resources(Core.Events)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Request, "team-28")
            .Users(
                "team-28:kubelet",
                "team-28:system:node-problem-detector",
                "team-28:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-28")
            .UserGroups("team-28:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-28")
            .Users("team-28:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-28")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-28")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Request, "team-28")
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
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-28")
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
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-28")
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-28-kube-system");

        policy.Rule(Level.None, "team-28")
            .Users(
                "team-28:system:kube-controller-manager",
                "team-28:system:cloud-controller-manager",
                "team-28:system:kube-scheduler",
                "team-28:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-28-kube-system");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-28-kube-system");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:kube-controller-manager", "team-28:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Metadata, "team-28")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-28")
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
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-28")
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
            .Namespaces("team-28", "team-28-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-28")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .UserGroups("team-28:system:authenticated", "team-28:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-28")
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-28")
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
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Request, "team-28")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Metadata, "team-28")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-28")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-28")
            .Resources(Core.Pods)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Metadata, "team-28")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .UserGroups("team-28:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-28")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-28-kube-system");

        policy.Rule(Level.Metadata, "team-28")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.Request, "team-28")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .UserGroups("team-28:system:authenticated", "team-28:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-28")
            .Users("team-28:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-28");

        policy.Rule(Level.Metadata, "team-28")
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
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-28")
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-28")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.None, "team-28")
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-28")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-28", "team-28-staging");

        policy.Rule(Level.RequestResponse, "team-29")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-29-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .UserGroups("team-29:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Users(
                "team-29:system:kube-controller-manager",
                "team-29:system:kube-scheduler",
                "team-29:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-29-kube-system");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .UserGroups("team-29")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-29")
            .Resources(Core.Events)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Request, "team-29")
            .Users(
                "team-29:kubelet",
                "team-29:system:node-problem-detector",
                "team-29:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-29")
            .UserGroups("team-29:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-29")
            .Users("team-29:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-29")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-29")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Request, "team-29")
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
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-29")
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
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-29")
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-29-kube-system");

        policy.Rule(Level.None, "team-29")
            .Users(
                "team-29:system:kube-controller-manager",
                "team-29:system:cloud-controller-manager",
                "team-29:system:kube-scheduler",
                "team-29:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-29-kube-system");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-29-kube-system");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:kube-controller-manager", "team-29:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Metadata, "team-29")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-29")
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
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-29")
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
            .Namespaces("team-29", "team-29-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-29")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .UserGroups("team-29:system:authenticated", "team-29:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-29")
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-29")
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
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Request, "team-29")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Metadata, "team-29")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-29")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-29")
            .Resources(Core.Pods)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Metadata, "team-29")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .UserGroups("team-29:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-29")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-29-kube-system");

        policy.Rule(Level.Metadata, "team-29")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.Request, "team-29")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .UserGroups("team-29:system:authenticated", "team-29:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-29")
            .Users("team-29:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-29");

        policy.Rule(Level.Metadata, "team-29")
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
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-29")
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-29")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.None, "team-29")
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-29")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-29", "team-29-staging");

        policy.Rule(Level.RequestResponse, "team-30")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-30-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .UserGroups("team-30:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Users(
                "team-30:system:kube-controller-manager",
                "team-30:system:kube-scheduler",
                "team-30:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-30-kube-system");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .UserGroups("team-30")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-30")
            .Resources(Core.Events)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Request, "team-30")
            .Users(
                "team-30:kubelet",
                "team-30:system:node-problem-detector",
                "team-30:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-30")
            .UserGroups("team-30:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-30")
            .Users("team-30:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-30")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-30")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Request, "team-30")
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
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-30")
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
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-30")
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-30-kube-system");

        policy.Rule(Level.None, "team-30")
            .Users(
                "team-30:system:kube-controller-manager",
                "team-30:system:cloud-controller-manager",
                "team-30:system:kube-scheduler",
                "team-30:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-30-kube-system");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-30-kube-system");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:kube-controller-manager", "team-30:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Metadata, "team-30")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-30")
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
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-30")
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
            .Namespaces("team-30", "team-30-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-30")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .UserGroups("team-30:system:authenticated", "team-30:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-30")
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-30")
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
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Request, "team-30")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Metadata, "team-30")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-30")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-30")
            .Resources(Core.Pods)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Metadata, "team-30")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .UserGroups("team-30:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-30")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-30-kube-system");

        policy.Rule(Level.Metadata, "team-30")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.Request, "team-30")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .UserGroups("team-30:system:authenticated", "team-30:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-30")
            .Users("team-30:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-30");

        policy.Rule(Level.Metadata, "team-30")
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
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-30")
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-30")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.None, "team-30")
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-30")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-30", "team-30-staging");

        policy.Rule(Level.RequestResponse, "team-31")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-31-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .UserGroups("team-31:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Users(
                "team-31:system:kube-controller-manager",
                "team-31:system:kube-scheduler",
                "team-31:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-31-kube-system");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .UserGroups("team-31")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-31")
            .Resources(Core.Events)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Request, "team-31")
            .Users(
                "team-31:kubelet",
                "team-31:system:node-problem-detector",
                "team-31:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-31")
            .UserGroups("team-31:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-31")
            .Users("team-31:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-31")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-31")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Request, "team-31")
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
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-31")
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
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-31")
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-31-kube-system");

        policy.Rule(Level.None, "team-31")
            .Users(
                "team-31:system:kube-controller-manager",
                "team-31:system:cloud-controller-manager",
                "team-31:system:kube-scheduler",
                "team-31:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-31-kube-system");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-31-kube-system");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:kube-controller-manager", "team-31:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Metadata, "team-31")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-31")
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
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-31")
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
            .Namespaces("team-31", "team-31-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-31")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .UserGroups("team-31:system:authenticated", "team-31:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-31")
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-31")
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
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Request, "team-31")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Metadata, "team-31")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-31")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-31")
            .Resources(Core.Pods)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Metadata, "team-31")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .UserGroups("team-31:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-31")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-31-kube-system");

        policy.Rule(Level.Metadata, "team-31")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.Request, "team-31")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .UserGroups("team-31:system:authenticated", "team-31:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-31")
            .Users("team-31:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-31");

        policy.Rule(Level.Metadata, "team-31")
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
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-31")
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-31")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.None, "team-31")
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-31")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-31", "team-31-staging");

        policy.Rule(Level.RequestResponse, "team-32")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-32-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .UserGroups("team-32:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Users(
                "team-32:system:kube-controller-manager",
                "team-32:system:kube-scheduler",
                "team-32:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-32-kube-system");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .UserGroups("team-32")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-32")
            .Resources(Core.Events)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Request, "team-32")
            .Users(
                "team-32:kubelet",
                "team-32:system:node-problem-detector",
                "team-32:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-32")
            .UserGroups("team-32:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-32")
            .Users("team-32:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-32")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-32")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Request, "team-32")
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
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-32")
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
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-32")
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-32-kube-system");

        policy.Rule(Level.None, "team-32")
            .Users(
                "team-32:system:kube-controller-manager",
                "team-32:system:cloud-controller-manager",
                "team-32:system:kube-scheduler",
                "team-32:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-32-kube-system");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-32-kube-system");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:kube-controller-manager", "team-32:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Metadata, "team-32")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-32")
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
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-32")
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
            .Namespaces("team-32", "team-32-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-32")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .UserGroups("team-32:system:authenticated", "team-32:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-32")
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-32")
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
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Request, "team-32")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Metadata, "team-32")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-32")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-32")
            .Resources(Core.Pods)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Metadata, "team-32")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .UserGroups("team-32:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-32")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-32-kube-system");

        policy.Rule(Level.Metadata, "team-32")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.Request, "team-32")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .UserGroups("team-32:system:authenticated", "team-32:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-32")
            .Users("team-32:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-32");

        policy.Rule(Level.Metadata, "team-32")
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
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-32")
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-32")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.None, "team-32")
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-32")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-32", "team-32-staging");

        policy.Rule(Level.RequestResponse, "team-33")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-33-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .UserGroups("team-33:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Users(
                "team-33:system:kube-controller-manager",
                "team-33:system:kube-scheduler",
                "team-33:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-33-kube-system");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .UserGroups("team-33")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-33")
            .Resources(Core.Events)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Request, "team-33")
            .Users(
                "team-33:kubelet",
                "team-33:system:node-problem-detector",
                "team-33:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-33")
            .UserGroups("team-33:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-33")
            .Users("team-33:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-33")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-33")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Request, "team-33")
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
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-33")
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
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-33")
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-33-kube-system");

        policy.Rule(Level.None, "team-33")
            .Users(
                "team-33:system:kube-controller-manager",
                "team-33:system:cloud-controller-manager",
                "team-33:system:kube-scheduler",
                "team-33:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-33-kube-system");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-33-kube-system");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:kube-controller-manager", "team-33:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Metadata, "team-33")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-33")
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
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-33")
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
            .Namespaces("team-33", "team-33-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-33")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .UserGroups("team-33:system:authenticated", "team-33:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-33")
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-33")
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
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Request, "team-33")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Metadata, "team-33")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-33")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-33")
            .Resources(Core.Pods)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Metadata, "team-33")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .UserGroups("team-33:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-33")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-33-kube-system");

        policy.Rule(Level.Metadata, "team-33")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.Request, "team-33")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .UserGroups("team-33:system:authenticated", "team-33:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-33")
            .Users("team-33:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-33");

        policy.Rule(Level.Metadata, "team-33")
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
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-33")
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-33")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.None, "team-33")
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-33")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-33", "team-33-staging");

        policy.Rule(Level.RequestResponse, "team-34")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-34-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .UserGroups("team-34:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Users(
                "team-34:system:kube-controller-manager",
                "team-34:system:kube-scheduler",
                "team-34:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-34-kube-system");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .UserGroups("team-34")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-34")
            .Resources(Core.Events)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Request, "team-34")
            .Users(
                "team-34:kubelet",
                "team-34:system:node-problem-detector",
                "team-34:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-34")
            .UserGroups("team-34:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-34")
            .Users("team-34:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-34")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-34")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Request, "team-34")
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
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-34")
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
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-34")
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-34-kube-system");

        policy.Rule(Level.None, "team-34")
            .Users(
                "team-34:system:kube-controller-manager",
                "team-34:system:cloud-controller-manager",
                "team-34:system:kube-scheduler",
                "team-34:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-34-kube-system");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-34-kube-system");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:kube-controller-manager", "team-34:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Metadata, "team-34")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-34")
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
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-34")
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
            .Namespaces("team-34", "team-34-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-34")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .UserGroups("team-34:system:authenticated", "team-34:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-34")
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-34")
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
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Request, "team-34")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Metadata, "team-34")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-34")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-34")
            .Resources(Core.Pods)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Metadata, "team-34")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .UserGroups("team-34:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-34")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-34-kube-system");

        policy.Rule(Level.Metadata, "team-34")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.Request, "team-34")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .UserGroups("team-34:system:authenticated", "team-34:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-34")
            .Users("team-34:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-34");

        policy.Rule(Level.Metadata, "team-34")
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
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-34")
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-34")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.None, "team-34")
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-34")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-34", "team-34-staging");

        policy.Rule(Level.RequestResponse, "team-35")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-35-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .UserGroups("team-35:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Users(
                "team-35:system:kube-controller-manager",
                "team-35:system:kube-scheduler",
                "team-35:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-35-kube-system");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .UserGroups("team-35")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-35")
            .Resources(Core.Events)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Request, "team-35")
            .Users(
                "team-35:kubelet",
                "team-35:system:node-problem-detector",
                "team-35:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-35")
            .UserGroups("team-35:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-35")
            .Users("team-35:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-35")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-35")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Request, "team-35")
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
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-35")
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
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-35")
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-35-kube-system");

        policy.Rule(Level.None, "team-35")
            .Users(
                "team-35:system:kube-controller-manager",
                "team-35:system:cloud-controller-manager",
                "team-35:system:kube-scheduler",
                "team-35:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-35-kube-system");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-35-kube-system");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:kube-controller-manager", "team-35:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Metadata, "team-35")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-35")
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
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-35")
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
            .Namespaces("team-35", "team-35-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-35")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .UserGroups("team-35:system:authenticated", "team-35:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-35")
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-35")
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
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Request, "team-35")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Metadata, "team-35")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-35")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-35")
            .Resources(Core.Pods)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Metadata, "team-35")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .UserGroups("team-35:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-35")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-35-kube-system");

        policy.Rule(Level.Metadata, "team-35")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.Request, "team-35")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .UserGroups("team-35:system:authenticated", "team-35:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-35")
            .Users("team-35:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-35");

        policy.Rule(Level.Metadata, "team-35")
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
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-35")
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-35")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.None, "team-35")
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-35")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-35", "team-35-staging");

        policy.Rule(Level.RequestResponse, "team-36")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-36-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .UserGroups("team-36:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Users(
                "team-36:system:kube-controller-manager",
                "team-36:system:kube-scheduler",
                "team-36:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-36-kube-system");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .UserGroups("team-36")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-36")
            .Resources(Core.Events)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Request, "team-36")
            .Users(
                "team-36:kubelet",
                "team-36:system:node-problem-detector",
                "team-36:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-36")
            .UserGroups("team-36:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-36")
            .Users("team-36:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-36")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-36")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Request, "team-36")
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
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-36")
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
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-36")
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-36-kube-system");

        policy.Rule(Level.None, "team-36")
            .Users(
                "team-36:system:kube-controller-manager",
                "team-36:system:cloud-controller-manager",
                "team-36:system:kube-scheduler",
                "team-36:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-36-kube-system");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-36-kube-system");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:kube-controller-manager", "team-36:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Metadata, "team-36")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-36")
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
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-36")
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
            .Namespaces("team-36", "team-36-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-36")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .UserGroups("team-36:system:authenticated", "team-36:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-36")
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-36")
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
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Request, "team-36")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Metadata, "team-36")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-36")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-36")
            .Resources(Core.Pods)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Metadata, "team-36")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .UserGroups("team-36:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-36")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-36-kube-system");

        policy.Rule(Level.Metadata, "team-36")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.Request, "team-36")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .UserGroups("team-36:system:authenticated", "team-36:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-36")
            .Users("team-36:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-36");

        policy.Rule(Level.Metadata, "team-36")
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
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-36")
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-36")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.None, "team-36")
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-36")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-36", "team-36-staging");

        policy.Rule(Level.RequestResponse, "team-37")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-37-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .UserGroups("team-37:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Users(
                "team-37:system:kube-controller-manager",
                "team-37:system:kube-scheduler",
                "team-37:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-37-kube-system");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .UserGroups("team-37")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-37")
            .Resources(Core.Events)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Request, "team-37")
            .Users(
                "team-37:kubelet",
                "team-37:system:node-problem-detector",
                "team-37:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-37")
            .UserGroups("team-37:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-37")
            .Users("team-37:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-37")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-37")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Request, "team-37")
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
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-37")
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
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-37")
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-37-kube-system");

        policy.Rule(Level.None, "team-37")
            .Users(
                "team-37:system:kube-controller-manager",
                "team-37:system:cloud-controller-manager",
                "team-37:system:kube-scheduler",
                "team-37:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-37-kube-system");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-37-kube-system");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:kube-controller-manager", "team-37:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Metadata, "team-37")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-37")
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
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-37")
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
            .Namespaces("team-37", "team-37-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-37")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .UserGroups("team-37:system:authenticated", "team-37:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-37")
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-37")
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
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Request, "team-37")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Metadata, "team-37")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-37")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-37")
            .Resources(Core.Pods)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Metadata, "team-37")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .UserGroups("team-37:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-37")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-37-kube-system");

        policy.Rule(Level.Metadata, "team-37")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.Request, "team-37")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .UserGroups("team-37:system:authenticated", "team-37:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-37")
            .Users("team-37:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-37");

        policy.Rule(Level.Metadata, "team-37")
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
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-37")
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-37")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.None, "team-37")
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-37")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-37", "team-37-staging");

        policy.Rule(Level.RequestResponse, "team-38")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-38-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .UserGroups("team-38:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Users(
                "team-38:system:kube-controller-manager",
                "team-38:system:kube-scheduler",
                "team-38:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-38-kube-system");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .UserGroups("team-38")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-38")
            .Resources(Core.Events)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Request, "team-38")
            .Users(
                "team-38:kubelet",
                "team-38:system:node-problem-detector",
                "team-38:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-38")
            .UserGroups("team-38:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-38")
            .Users("team-38:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-38")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-38")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Request, "team-38")
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
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-38")
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
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-38")
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-38-kube-system");

        policy.Rule(Level.None, "team-38")
            .Users(
                "team-38:system:kube-controller-manager",
                "team-38:system:cloud-controller-manager",
                "team-38:system:kube-scheduler",
                "team-38:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-38-kube-system");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-38-kube-system");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:kube-controller-manager", "team-38:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Metadata, "team-38")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-38")
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
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-38")
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
            .Namespaces("team-38", "team-38-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-38")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .UserGroups("team-38:system:authenticated", "team-38:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-38")
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-38")
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
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Request, "team-38")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Metadata, "team-38")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-38")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-38")
            .Resources(Core.Pods)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Metadata, "team-38")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .UserGroups("team-38:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-38")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-38-kube-system");

        policy.Rule(Level.Metadata, "team-38")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.Request, "team-38")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .UserGroups("team-38:system:authenticated", "team-38:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-38")
            .Users("team-38:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-38");

        policy.Rule(Level.Metadata, "team-38")
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
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-38")
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-38")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.None, "team-38")
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-38")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-38", "team-38-staging");

        policy.Rule(Level.RequestResponse, "team-39")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-39-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .UserGroups("team-39:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Users(
                "team-39:system:kube-controller-manager",
                "team-39:system:kube-scheduler",
                "team-39:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-39-kube-system");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .UserGroups("team-39")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-39")
            .Resources(Core.Events)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Request, "team-39")
            .Users(
                "team-39:kubelet",
                "team-39:system:node-problem-detector",
                "team-39:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-39")
            .UserGroups("team-39:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-39")
            .Users("team-39:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-39")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-39")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Request, "team-39")
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
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-39")
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
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-39")
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-39-kube-system");

        policy.Rule(Level.None, "team-39")
            .Users(
                "team-39:system:kube-controller-manager",
                "team-39:system:cloud-controller-manager",
                "team-39:system:kube-scheduler",
                "team-39:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-39-kube-system");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-39-kube-system");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:kube-controller-manager", "team-39:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Metadata, "team-39")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-39")
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
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-39")
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
            .Namespaces("team-39", "team-39-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-39")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .UserGroups("team-39:system:authenticated", "team-39:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-39")
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-39")
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
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Request, "team-39")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Metadata, "team-39")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-39")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-39")
            .Resources(Core.Pods)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Metadata, "team-39")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .UserGroups("team-39:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-39")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-39-kube-system");

        policy.Rule(Level.Metadata, "team-39")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.Request, "team-39")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .UserGroups("team-39:system:authenticated", "team-39:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-39")
            .Users("team-39:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-39");

        policy.Rule(Level.Metadata, "team-39")
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
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-39")
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-39")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.None, "team-39")
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-39")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-39", "team-39-staging");

        policy.Rule(Level.RequestResponse, "team-40")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-40-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .UserGroups("team-40:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Users(
                "team-40:system:kube-controller-manager",
                "team-40:system:kube-scheduler",
                "team-40:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-40-kube-system");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .UserGroups("team-40")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-40")
            .Resources(Core.Events)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Request, "team-40")
            .Users(
                "team-40:kubelet",
                "team-40:system:node-problem-detector",
                "team-40:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-40")
            .UserGroups("team-40:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-40")
            .Users("team-40:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-40")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-40")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Request, "team-40")
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
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-40")
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
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-40")
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-40-kube-system");

        policy.Rule(Level.None, "team-40")
            .Users(
                "team-40:system:kube-controller-manager",
                "team-40:system:cloud-controller-manager",
                "team-40:system:kube-scheduler",
                "team-40:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-40-kube-system");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-40-kube-system");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:kube-controller-manager", "team-40:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Metadata, "team-40")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-40")
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
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-40")
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
            .Namespaces("team-40", "team-40-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-40")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .UserGroups("team-40:system:authenticated", "team-40:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-40")
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-40")
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
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Request, "team-40")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Metadata, "team-40")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-40")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-40")
            .Resources(Core.Pods)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Metadata, "team-40")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .UserGroups("team-40:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-40")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-40-kube-system");

        policy.Rule(Level.Metadata, "team-40")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.Request, "team-40")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .UserGroups("team-40:system:authenticated", "team-40:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-40")
            .Users("team-40:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-40");

        policy.Rule(Level.Metadata, "team-40")
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
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-40")
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-40")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.None, "team-40")
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-40")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-40", "team-40-staging");

        policy.Rule(Level.RequestResponse, "team-41")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-41-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .UserGroups("team-41:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Users(
                "team-41:system:kube-controller-manager",
                "team-41:system:kube-scheduler",
                "team-41:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-41-kube-system");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .UserGroups("team-41")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-41")
            .Resources(Core.Events)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Request, "team-41")
            .Users(
                "team-41:kubelet",
                "team-41:system:node-problem-detector",
                "team-41:system:serviceaccount:kube-system:node-problem-detector")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-41")
            .UserGroups("team-41:system:nodes")
            .Verbs(Verb.Update, Verb.Patch)
            .Resources(Core.Nodes.Status, Core.Pods.Status)
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-41")
            .Users("team-41:system:serviceaccount:kube-system:namespace-controller")
            .Verbs(Verb.DeleteCollection)
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-41")
            .Resources(Core.Secrets, Core.ConfigMaps, Authentication.TokenReviews)
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-41")
            .Resources(Core.ServiceAccounts.Token)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Request, "team-41")
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
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-41")
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
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "team-41")
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:unsecured")
            .Verbs(Verb.Get)
            .Resources(Core.ConfigMaps)
            .Namespaces("team-41-kube-system");

        policy.Rule(Level.None, "team-41")
            .Users(
                "team-41:system:kube-controller-manager",
                "team-41:system:cloud-controller-manager",
                "team-41:system:kube-scheduler",
                "team-41:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-41-kube-system");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:cluster-autoscaler")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.ConfigMaps, Core.Endpoints)
            .Namespaces("team-41-kube-system");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:kube-controller-manager", "team-41:system:cloud-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Metadata, "team-41")
            .Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews)
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Request, "team-41")
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
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.RequestResponse, "team-41")
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
            .Namespaces("team-41", "team-41-staging")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-41")
            .Resources(
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .UserGroups("team-41:system:authenticated", "team-41:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz");

        policy.Rule(Level.Metadata, "team-41")
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-41")
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
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Request, "team-41")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Metadata, "team-41")
            .Resources(Core.Pods.Log, Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-41")
            .Resources(Core.Pods.Exec, Core.Pods.PortForward, Core.Pods.Proxy, Core.Services.Proxy)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-41")
            .Resources(Core.Pods)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Metadata, "team-41")
            .Resources(Core.Pods.Log, Core.Pods.Status)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Resources(Core.ConfigMaps.Named("controller-leader"))
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .UserGroups("team-41:system:authenticated")
            .NonResourceUrls("/api*", "/version");

        policy.Rule(Level.Request, "team-41")
            .Resources(Core.ConfigMaps)
            .Namespaces("team-41-kube-system");

        policy.Rule(Level.Metadata, "team-41")
            .Resources(Core.Secrets, Core.ConfigMaps)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.Request, "team-41")
            .Resources(Core.All, Resource.Custom("extensions"))
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .UserGroups("team-41:system:authenticated", "team-41:system:unauthenticated")
            .NonResourceUrls("/api*", "/version", "/healthz", "/readyz", "/livez");

        policy.Rule(Level.None, "team-41")
            .Users("team-41:system:apiserver")
            .Resources(
                Resource.Custom("apiserver.openshift.io", "apirequestcounts"),
                Resource.Custom("apiserver.openshift.io", "apirequestcounts/*"))
            .Namespaces("team-41");

        policy.Rule(Level.Metadata, "team-41")
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
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-41")
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-41")
            .Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(
                Resource.Custom("user.openshift.io", "identities"),
                Resource.Custom("oauth.openshift.io", "oauthaccesstokens"),
                Resource.Custom("oauth.openshift.io", "oauthauthorizetokens"))
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Verbs("*")
            .Resources(Core.Events)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.None, "team-41")
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-41")
            .Verbs(Verb.Update, Verb.Patch, Verb.Create, Verb.Delete, Verb.DeleteCollection)
            .Namespaces("team-41", "team-41-staging");

        policy.Rule(Level.RequestResponse, "team-42")
            .Verbs(Verb.Update, Verb.Patch, Verb.Delete)
            .Resources(Core.ConfigMaps.Named("aws-auth"))
            .Namespaces("team-42-kube-system")
            .OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "team-42")
            .Users("team-42:system:kube-proxy")
            .Verbs(Verb.Watch)
            .Resources(Core.Endpoints, Core.Services, Core.Services.Status)
            .Namespaces("team-42", "team-42-staging");

        policy.Rule(Level.None, "team-42")
            .Users("team-42:kubelet")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-42", "team-42-staging");

        policy.Rule(Level.None, "team-42")
            .UserGroups("team-42:system:nodes")
            .Verbs(Verb.Get)
            .Resources(Core.Nodes, Core.Nodes.Status)
            .Namespaces("team-42", "team-42-staging");

        policy.Rule(Level.None, "team-42")
            .Users(
                "team-42:system:kube-controller-manager",
                "team-42:system:kube-scheduler",
                "team-42:system:serviceaccount:kube-system:endpoint-controller")
            .Verbs(Verb.Get, Verb.Update)
            .Resources(Core.Endpoints)
            .Namespaces("team-42-kube-system");

        policy.Rule(Level.None, "team-42")
            .Users("team-42:system:apiserver")
            .Verbs(Verb.Get)
            .Resources(Core.Namespaces, Core.Namespaces.Status, Core.Namespaces.Finalize)
            .Namespaces("team-42", "team-42-staging");

        policy.Rule(Level.None, "team-42")
            .Users("team-42:system:kube-controller-manager")
            .Verbs(Verb.Get, Verb.List)
            .Resources(Resource.Custom("metrics.k8s.io"))
            .Namespaces("team-42", "team-42-staging");

        policy.Rule(Level.None, "team-42")
            .UserGroups("team-42")
            .NonResourceUrls("/healthz*", "/version", "/swagger*");

        policy.Rule(Level.None, "team-42")
            .Resources(Core.Events)
            .Namespaces("team-42", "team-42-staging");

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
