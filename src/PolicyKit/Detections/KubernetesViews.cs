using PolicyKit.Detection;

namespace PolicyKit;

// Typed views of the Kubernetes objects the built-in rules read. Each property names its JSON path in
// [BodyPath] for the generator and reads the same path at run time.

/// <summary>A request or response body: any Kubernetes object, read through the view that fits its kind.</summary>
public sealed class KubeObject : BodyView
{
    internal KubeObject(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("kind")]
    public string Kind => Text("kind");

    /// <summary>Whether the event has this body at all (not logged below level Request, or RequestResponse for responses).</summary>
    [BodyPath(BodyPaths.Present)]
    public bool IsSet => Flag(BodyPaths.Present);

    /// <summary>type of a Secret (kubernetes.io/service-account-token, kubernetes.io/tls, Opaque, ...).</summary>
    [BodyPath("type")]
    public string Type => Text("type");

    /// <summary>The keys of data (a ConfigMap's or Secret's); never the values.</summary>
    [BodyPath("data." + BodyPaths.Keys)]
    public ValueList<string> DataKeys => Strings("data." + BodyPaths.Keys);

    /// <summary>spec.replicas of a workload or of a scale subresource (null when the body does not set it).</summary>
    [BodyPath("spec.replicas")]
    public long? Replicas => Number("spec.replicas");

    [BodyPath("metadata")]
    public ObjectMetaView Metadata => new(At("metadata"), Resource);

    /// <summary>The pod spec of a pod, of a workload's template, or of a cronjob's job template.</summary>
    [BodyPath(BodyPaths.PodSpec)]
    public PodSpecView PodSpec => new(At(BodyPaths.PodSpec), Resource);

    /// <summary>rules of a Role or ClusterRole.</summary>
    [BodyPath("rules")]
    public ValueList<RbacRuleView> Rules => List("rules", (n, r) => new RbacRuleView(n, r));

    /// <summary>roleRef of a RoleBinding or ClusterRoleBinding.</summary>
    [BodyPath("roleRef")]
    public RoleRefView RoleRef => new(At("roleRef"), Resource);

    /// <summary>subjects of a RoleBinding or ClusterRoleBinding.</summary>
    [BodyPath("subjects")]
    public ValueList<SubjectView> Subjects => List("subjects", (n, r) => new SubjectView(n, r));

    /// <summary>spec of a Service.</summary>
    [BodyPath("spec")]
    public ServiceSpecView ServiceSpec => new(At("spec"), Resource);

    /// <summary>spec of an Ingress.</summary>
    [BodyPath("spec")]
    public IngressSpecView IngressSpec => new(At("spec"), Resource);

    /// <summary>webhooks of a Mutating/ValidatingWebhookConfiguration.</summary>
    [BodyPath("webhooks")]
    public ValueList<WebhookView> Webhooks => List("webhooks", (n, r) => new WebhookView(n, r));
}

public sealed class ObjectMetaView : BodyView
{
    internal ObjectMetaView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("name")]
    public string Name => Text("name");

    [BodyPath("namespace")]
    public string Namespace => Text("namespace");

    [BodyPath("generateName")]
    public string GenerateName => Text("generateName");

    /// <summary>The service account a service-account-token Secret is for (annotation kubernetes.io/service-account.name).</summary>
    [BodyPath("annotations.[kubernetes.io/service-account.name]")]
    public string ServiceAccountAnnotation => Text("annotations.[kubernetes.io/service-account.name]");

    /// <summary>ownerReferences: the objects this one belongs to (a DaemonSet's pods name the DaemonSet).</summary>
    [BodyPath("ownerReferences")]
    public ValueList<OwnerReferenceView> OwnerReferences => List("ownerReferences", (n, r) => new OwnerReferenceView(n, r));
}

public sealed class OwnerReferenceView : BodyView
{
    internal OwnerReferenceView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("kind")]
    public string Kind => Text("kind");

    [BodyPath("name")]
    public string Name => Text("name");

    /// <summary>The owner is the object's managing controller.</summary>
    [BodyPath("controller")]
    public bool Controller => Flag("controller");
}

public sealed class PodSpecView : BodyView
{
    internal PodSpecView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    /// <summary>Whether the body has a pod spec at all (a patch of a template's annotations has none).</summary>
    [BodyPath(BodyPaths.Present)]
    public bool IsSet => Flag(BodyPaths.Present);

    [BodyPath("hostPID")]
    public bool HostPID => Flag("hostPID");

    [BodyPath("hostIPC")]
    public bool HostIPC => Flag("hostIPC");

    [BodyPath("hostNetwork")]
    public bool HostNetwork => Flag("hostNetwork");

    [BodyPath("serviceAccountName")]
    public string ServiceAccountName => Text("serviceAccountName");

    [BodyPath("securityContext")]
    public PodSecurityContextView SecurityContext => new(At("securityContext"), Resource);

    [BodyPath("containers")]
    public ValueList<ContainerView> Containers => List("containers", (n, r) => new ContainerView(n, r));

    [BodyPath("initContainers")]
    public ValueList<ContainerView> InitContainers => List("initContainers", (n, r) => new ContainerView(n, r));

    [BodyPath("ephemeralContainers")]
    public ValueList<ContainerView> EphemeralContainers => List("ephemeralContainers", (n, r) => new ContainerView(n, r));

    /// <summary>containers, initContainers and ephemeralContainers together.</summary>
    [BodyPath(BodyPaths.AllContainers)]
    public ValueList<ContainerView> AllContainers => List(BodyPaths.AllContainers, (n, r) => new ContainerView(n, r));

    [BodyPath("volumes")]
    public ValueList<VolumeView> Volumes => List("volumes", (n, r) => new VolumeView(n, r));
}

public sealed class PodSecurityContextView : BodyView
{
    internal PodSecurityContextView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("runAsUser")]
    public long? RunAsUser => Number("runAsUser");

    [BodyPath("runAsNonRoot")]
    public bool RunAsNonRoot => Flag("runAsNonRoot");
}

public sealed class ContainerView : BodyView
{
    internal ContainerView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("name")]
    public string Name => Text("name");

    [BodyPath("image")]
    public string Image => Text("image");

    [BodyPath("command")]
    public ValueList<string> Command => Strings("command");

    [BodyPath("securityContext")]
    public SecurityContextView SecurityContext => new(At("securityContext"), Resource);
}

public sealed class SecurityContextView : BodyView
{
    internal SecurityContextView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("privileged")]
    public bool Privileged => Flag("privileged");

    [BodyPath("allowPrivilegeEscalation")]
    public bool AllowPrivilegeEscalation => Flag("allowPrivilegeEscalation");

    [BodyPath("runAsUser")]
    public long? RunAsUser => Number("runAsUser");

    [BodyPath("capabilities.add")]
    public ValueList<string> AddedCapabilities => Strings("capabilities.add");
}

public sealed class VolumeView : BodyView
{
    internal VolumeView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("name")]
    public string Name => Text("name");

    /// <summary>hostPath.path ("" for other volume types).</summary>
    [BodyPath("hostPath.path")]
    public string HostPath => Text("hostPath.path");
}

public sealed class RbacRuleView : BodyView
{
    internal RbacRuleView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("verbs")]
    public ValueList<string> Verbs => Strings("verbs");

    [BodyPath("resources")]
    public ValueList<string> Resources => Strings("resources");

    [BodyPath("apiGroups")]
    public ValueList<string> ApiGroups => Strings("apiGroups");
}

public sealed class RoleRefView : BodyView
{
    internal RoleRefView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("kind")]
    public string Kind => Text("kind");

    [BodyPath("name")]
    public string Name => Text("name");
}

public sealed class SubjectView : BodyView
{
    internal SubjectView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("kind")]
    public string Kind => Text("kind");

    [BodyPath("name")]
    public string Name => Text("name");

    [BodyPath("namespace")]
    public string Namespace => Text("namespace");
}

public sealed class ServiceSpecView : BodyView
{
    internal ServiceSpecView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    /// <summary>ClusterIP (also when absent: "" here), NodePort, LoadBalancer, ExternalName.</summary>
    [BodyPath("type")]
    public string Type => Text("type");

    [BodyPath("externalIPs")]
    public ValueList<string> ExternalIPs => Strings("externalIPs");
}

public sealed class IngressSpecView : BodyView
{
    internal IngressSpecView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("tls")]
    public ValueList<IngressTlsView> Tls => List("tls", (n, r) => new IngressTlsView(n, r));
}

public sealed class IngressTlsView : BodyView
{
    internal IngressTlsView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("secretName")]
    public string SecretName => Text("secretName");
}

public sealed class WebhookView : BodyView
{
    internal WebhookView(IBodyNode? node, string resource) : base(node, resource)
    {
    }

    [BodyPath("name")]
    public string Name => Text("name");

    [BodyPath("failurePolicy")]
    public string FailurePolicy => Text("failurePolicy");
}
