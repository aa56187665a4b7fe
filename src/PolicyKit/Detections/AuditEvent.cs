using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>
/// The typed audit event detection rules read. Every member maps to an event field or a body path
/// (the attributes tell the generator which); strings are "" when the event lacks them.
/// </summary>
public sealed class AuditEvent
{
    private readonly IDetectionEvent _e;

    public AuditEvent(IDetectionEvent e)
    {
        _e = e;
        User = new UserView(e);
        ImpersonatedUser = new ImpersonatedUserView(e);
        ObjectRef = new ObjectReferenceView(e);
    }

    [EventField(EventField.Verb)]
    public string Verb => _e.Get(EventField.Verb);

    /// <summary>RequestReceived, ResponseStarted, ResponseComplete or Panic.</summary>
    [EventField(EventField.Stage)]
    public string Stage => _e.Get(EventField.Stage);

    /// <summary>The level the event was logged at.</summary>
    [EventField(EventField.Level)]
    public string Level => _e.Get(EventField.Level);

    public UserView User { get; }

    /// <summary>The impersonated user (empty name when nobody was impersonated).</summary>
    public ImpersonatedUserView ImpersonatedUser { get; }

    public ObjectReferenceView ObjectRef { get; }

    [EventField(EventField.RequestUri)]
    public string RequestUri => _e.Get(EventField.RequestUri);

    /// <summary>requestURI before '?'.</summary>
    [EventField(EventField.Path)]
    public string Path => _e.Get(EventField.Path);

    [EventField(EventField.SourceIps)]
    public ValueList<string> SourceIPs => new(_e.GetList(EventField.SourceIps));

    [EventField(EventField.UserAgent)]
    public string UserAgent => _e.Get(EventField.UserAgent);

    /// <summary>responseStatus.code; null before the response.</summary>
    [EventField(EventField.ResponseCode)]
    public long? ResponseCode => _e.ResponseCode;

    /// <summary>The URL-decoded values of a query parameter of requestURI (the name must be a constant).</summary>
    [EventField(EventField.Query)]
    public ValueList<string> Query(string name) => new(_e.GetList(EventField.Query, name));

    /// <summary>An annotation's value, "" when absent (the key must be a constant).</summary>
    [EventField(EventField.Annotation)]
    public string Annotation(string key) => _e.Get(EventField.Annotation, key);

    /// <summary>
    /// requestObject (logged at level Request and above). Reading it makes the rule need that level. For a
    /// patch, the patch: a JSON Patch (a list of operations) reads as the object it sets (<see cref="JsonPatchObject"/>).
    /// </summary>
    [BodyRoot(BodyRoot.RequestObject)]
    public KubeObject RequestObject => new(BodyPaths.Root(_e, BodyRoot.RequestObject), ObjectRef.Resource);

    /// <summary>responseObject (logged at RequestResponse). For a patch, the object after it.</summary>
    [BodyRoot(BodyRoot.ResponseObject)]
    public KubeObject ResponseObject => new(BodyPaths.Root(_e, BodyRoot.ResponseObject), ObjectRef.Resource);
}

/// <summary>The authenticated user.</summary>
public sealed class UserView
{
    private readonly IDetectionEvent _e;

    internal UserView(IDetectionEvent e) => _e = e;

    [EventField(EventField.Username)]
    public string Name => _e.Get(EventField.Username);

    [EventField(EventField.Groups)]
    public ValueList<string> Groups => new(_e.GetList(EventField.Groups));
}

/// <summary>The user a request impersonated.</summary>
public sealed class ImpersonatedUserView
{
    private readonly IDetectionEvent _e;

    internal ImpersonatedUserView(IDetectionEvent e) => _e = e;

    [EventField(EventField.ImpersonatedUsername)]
    public string Name => _e.Get(EventField.ImpersonatedUsername);

    [EventField(EventField.ImpersonatedGroups)]
    public ValueList<string> Groups => new(_e.GetList(EventField.ImpersonatedGroups));
}

/// <summary>objectRef: what the request was about.</summary>
public sealed class ObjectReferenceView
{
    private readonly IDetectionEvent _e;

    internal ObjectReferenceView(IDetectionEvent e) => _e = e;

    [EventField(EventField.Resource)]
    public string Resource => _e.Get(EventField.Resource);

    [EventField(EventField.Subresource)]
    public string Subresource => _e.Get(EventField.Subresource);

    [EventField(EventField.Namespace)]
    public string Namespace => _e.Get(EventField.Namespace);

    [EventField(EventField.Name)]
    public string Name => _e.Get(EventField.Name);

    /// <summary>"" for the core group.</summary>
    [EventField(EventField.ApiGroup)]
    public string ApiGroup => _e.Get(EventField.ApiGroup);
}
