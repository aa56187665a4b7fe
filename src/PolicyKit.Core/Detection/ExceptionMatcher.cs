using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>
/// Decides whether an event meets an exception: every condition holds, each by any of its values. String
/// values are globs ('*', '?'); source IPs are addresses or CIDRs. One implementation for both engines.
/// </summary>
public static class ExceptionMatcher
{
    /// <summary>The first exception the event meets, or null.</summary>
    public static DetectionException? FirstMet(EquatableArray<DetectionException> exceptions, IDetectionEvent e)
    {
        foreach (var x in exceptions)
        {
            if (Meets(x, e))
            {
                return x;
            }
        }
        return null;
    }

    public static bool Meets(DetectionException exception, IDetectionEvent e)
    {
        foreach (var c in exception.Conditions)
        {
            if (!Holds(c, e))
            {
                return false;
            }
        }
        return exception.Conditions.Count > 0;
    }

    private static bool Holds(ExceptionCondition c, IDetectionEvent e) => c.Field switch
    {
        ExceptionField.User => AnyGlob(e.Get(EventField.Username), c.Values),
        ExceptionField.Group => Any(e.GetList(EventField.Groups), c.Values),
        ExceptionField.Namespace => AnyGlob(e.Get(EventField.Namespace), c.Values),
        ExceptionField.Name => AnyGlob(NameOf(e), c.Values),
        ExceptionField.Verb => AnyGlob(e.Get(EventField.Verb), c.Values),
        ExceptionField.Image => EveryImage(e, c.Values),
        ExceptionField.OwnerKind => Any(OwnerKinds(e), c.Values),
        ExceptionField.SourceIP => InRange(e.GetList(EventField.SourceIps), c.Values),
        _ => false,
    };

    private static string NameOf(IDetectionEvent e)
    {
        var name = e.Get(EventField.Name);
        if (name.Length > 0)
        {
            return name;
        }
        var meta = BodyPaths.Root(e, BodyRoot.RequestObject)?.Property("metadata");
        return BodyPaths.String(meta?.Property("name")) is { Length: > 0 } n ? n : BodyPaths.String(meta?.Property("generateName"));
    }

    /// <summary>At least one container, and every container's image matches a value (so a privileged extra container is never excused by its neighbours).</summary>
    private static bool EveryImage(IDetectionEvent e, EquatableArray<string> values)
    {
        var body = BodyPaths.Root(e, BodyRoot.RequestObject);
        var spec = body is null ? null : BodyPaths.LocatePodSpec(body, e.Get(EventField.Resource));
        var any = false;
        foreach (var container in BodyPaths.Items(BodyPaths.Step(spec, BodyPaths.AllContainers, "")))
        {
            any = true;
            if (!AnyGlob(BodyPaths.String(container.Property("image")), values))
            {
                return false;
            }
        }
        return any;
    }

    /// <summary>The kinds of the body's owner references, and for a workload (a template) its own kind.</summary>
    private static List<string> OwnerKinds(IDetectionEvent e)
    {
        var kinds = new List<string>();
        var body = BodyPaths.Root(e, BodyRoot.RequestObject);
        foreach (var owner in BodyPaths.Items(body?.Property("metadata")?.Property("ownerReferences")))
        {
            kinds.Add(BodyPaths.String(owner.Property("kind")));
        }
        var kind = WorkloadKind(e.Get(EventField.Resource));
        if (kind is not null)
        {
            kinds.Add(kind);
        }
        return kinds;
    }

    private static string? WorkloadKind(string resource) => resource switch
    {
        "daemonsets" => "DaemonSet",
        "deployments" => "Deployment",
        "statefulsets" => "StatefulSet",
        "replicasets" => "ReplicaSet",
        "jobs" => "Job",
        "cronjobs" => "CronJob",
        "replicationcontrollers" => "ReplicationController",
        _ => null,
    };

    private static bool InRange(IReadOnlyList<string> sourceIps, EquatableArray<string> values)
    {
        if (sourceIps.Count == 0)
        {
            return false;
        }
        var last = sourceIps[sourceIps.Count - 1];
        foreach (var v in values)
        {
            if (AddressRange.TryParse(v, out var range) && range.Contains(last))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Any(IReadOnlyList<string> subjects, EquatableArray<string> values)
    {
        foreach (var s in subjects)
        {
            if (AnyGlob(s, values))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyGlob(string subject, EquatableArray<string> values)
    {
        foreach (var v in values)
        {
            if (TextMatching.Glob(subject, v))
            {
                return true;
            }
        }
        return false;
    }
}
