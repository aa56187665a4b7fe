// Imported by `policykit import` from generate-scale-policies.
using PolicyKit;
using static PolicyKit.Api;

namespace PolicyKit.Benchmarks.Scale;

[AuditPolicy("real-shaped-500", MinKubernetesVersion = "1.29")]
public static partial class RealShaped500
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
