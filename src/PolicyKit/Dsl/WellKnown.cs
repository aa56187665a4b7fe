namespace PolicyKit;

/// <summary>Users that Kubernetes components authenticate as.</summary>
public static class Users
{
    public const string KubeProxy = "system:kube-proxy";
    public const string KubeControllerManager = "system:kube-controller-manager";
    public const string KubeScheduler = "system:kube-scheduler";
    public const string CloudControllerManager = "system:cloud-controller-manager";
    public const string ApiServer = "system:apiserver";
    public const string Anonymous = "system:anonymous";

    /// <summary>The legacy kubelet identity (before node authorization).</summary>
    public const string LegacyKubelet = "kubelet";

    /// <summary>Requests through the apiserver's insecure port in old clusters.</summary>
    public const string Unsecured = "system:unsecured";

    /// <summary>A service account's user name: <c>system:serviceaccount:NAMESPACE:NAME</c>.</summary>
    public const string ServiceAccountPrefix = "system:serviceaccount:";
}

/// <summary>Groups that Kubernetes assigns to authenticated callers.</summary>
public static class Groups
{
    public const string SystemNodes = "system:nodes";
    public const string Authenticated = "system:authenticated";
    public const string Unauthenticated = "system:unauthenticated";
    public const string Masters = "system:masters";
    public const string ServiceAccounts = "system:serviceaccounts";
    public const string Bootstrappers = "system:bootstrappers";
    public const string Monitoring = "system:monitoring";
}

/// <summary>Namespace names with a meaning of their own.</summary>
public static class Namespaces
{
    /// <summary>Cluster-scoped requests (nodes, namespaces, cluster roles, ...) have namespace "".</summary>
    public const string ClusterScoped = "";
    public const string Default = "default";
    public const string KubeSystem = "kube-system";
    public const string KubePublic = "kube-public";
    public const string KubeNodeLease = "kube-node-lease";
}
