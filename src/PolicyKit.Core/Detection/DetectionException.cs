using System.Linq;

namespace PolicyKit.Detection;

/// <summary>What an exception condition reads of an event (docs/detections.md, "Exceptions").</summary>
public enum ExceptionField
{
    /// <summary>user.username (globs).</summary>
    User,

    /// <summary>Any of user.groups (globs).</summary>
    Group,

    /// <summary>objectRef.namespace (globs).</summary>
    Namespace,

    /// <summary>objectRef.name, else the request body's metadata.name or generateName (globs).</summary>
    Name,

    /// <summary>Every container image of the request's pod spec (globs); false without containers.</summary>
    Image,

    /// <summary>The kind of the request object's owners, or of the workload whose template is written (globs).</summary>
    OwnerKind,

    /// <summary>The last of sourceIPs, the address the apiserver's connection came from (CIDRs or addresses).</summary>
    SourceIP,

    /// <summary>The verb (globs).</summary>
    Verb,
}

/// <summary>One field of an exception and the values it may have (any of them).</summary>
public sealed record ExceptionCondition(ExceptionField Field, EquatableArray<string> Values)
{
    public override string ToString() => $"{ExceptionFields.Key(Field)} in [{string.Join(", ", Values)}]";
}

/// <summary>
/// A named exception of a rule (Falco's idea): an alert of the rule is dropped when the event meets every
/// condition. Written in the DSL (<c>[DetectionException]</c>, carried into the IR by the generator) or in a
/// tuning file (<c>policykit detect --exceptions FILE</c>); the engine applies them, compiled or interpreted alike.
/// </summary>
public sealed record DetectionException(string Name, EquatableArray<ExceptionCondition> Conditions)
{
    public override string ToString() => Name + ": " + string.Join(" && ", Conditions);
}

/// <summary>The fields' names as files and attributes spell them.</summary>
public static class ExceptionFields
{
    /// <summary>Every field with its key (user, group, namespace, name, image, ownerKind, sourceIP, verb).</summary>
    public static readonly (ExceptionField Field, string Key)[] All = System.Enum.GetValues(typeof(ExceptionField)).Cast<ExceptionField>().Select(f => (f, Key(f))).ToArray();

    public static string Key(ExceptionField field) => field switch
    {
        ExceptionField.OwnerKind => "ownerKind",
        ExceptionField.SourceIP => "sourceIP",
        _ => field.ToString().ToLowerInvariant(),
    };

    /// <summary>The field a key names, or null.</summary>
    public static ExceptionField? Parse(string key)
    {
        foreach (var (field, name) in All)
        {
            if (name == key)
            {
                return field;
            }
        }
        return null;
    }

    /// <summary>Why a value cannot be used for the field, or null (a source IP must be an address or CIDR).</summary>
    public static string? Problem(ExceptionField field, string value)
    {
        if (value.Length == 0)
        {
            return "an empty value matches nothing";
        }
        return field == ExceptionField.SourceIP && !AddressRange.TryParse(value, out _)
            ? $"\"{value}\" is no IP address or CIDR (e.g. 10.0.0.0/8)"
            : null;
    }
}
