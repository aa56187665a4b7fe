namespace PolicyKit.Detection;

/// <summary>The type a value has in a rule (and so its default when the event lacks it).</summary>
public enum ValueKind
{
    /// <summary>A string; "" when missing.</summary>
    String,

    /// <summary>A boolean; false when missing.</summary>
    Bool,

    /// <summary>An integer; missing stays missing (C#'s long?: == is false, != is true).</summary>
    Number,

    /// <summary>A JSON object (a typed view).</summary>
    Object,

    /// <summary>A list (of strings or of objects).</summary>
    List,
}

/// <summary>Where a body path starts.</summary>
public enum BodyRoot
{
    /// <summary>requestObject: logged at level Request and above.</summary>
    RequestObject,

    /// <summary>responseObject: logged at level RequestResponse.</summary>
    ResponseObject,

    /// <summary>The item of an enclosing Any (see <see cref="BodyValue.ItemDepth"/>).</summary>
    Item,
}

/// <summary>A value a condition reads: an event field, a path into a body, or a constant.</summary>
public abstract record DetectionValue
{
    /// <summary>The value's type.</summary>
    public abstract ValueKind Kind { get; }
}

/// <summary>An event field; <see cref="Argument"/> names the query parameter or annotation.</summary>
public sealed record FieldValue(EventField Field, string Argument = "") : DetectionValue
{
    public override ValueKind Kind => Field switch
    {
        EventField.ResponseCode => ValueKind.Number,
        _ when EventFields.IsList(Field) => ValueKind.List,
        _ => ValueKind.String,
    };

    public override string ToString() => EventFields.HasArgument(Field) ? $"{Field}(\"{Argument}\")" : Field.ToString();
}

/// <summary>
/// A path into a body or into the item of an enclosing Any. Steps are JSON property names, or the
/// computed steps <see cref="BodyPaths.PodSpec"/> and <see cref="BodyPaths.AllContainers"/>.
/// </summary>
public sealed record BodyValue(BodyRoot Root, int ItemDepth, EquatableArray<string> Steps, ValueKind LeafKind) : DetectionValue
{
    public override ValueKind Kind => LeafKind;

    public override string ToString()
        => (Root == BodyRoot.Item ? "item" + ItemDepth : Root.ToString()) + string.Concat(System.Linq.Enumerable.Select(Steps, s => "." + s));
}

/// <summary>A constant: a string, an integer, a boolean, or null (a missing number).</summary>
public sealed record ConstValue(ValueKind ConstKind, string? Text) : DetectionValue
{
    public override ValueKind Kind => ConstKind;

    public static ConstValue String(string text) => new(ValueKind.String, text);

    public static ConstValue Number(long? value) => new(ValueKind.Number, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static ConstValue Bool(bool value) => new(ValueKind.Bool, value ? "true" : "false");

    /// <summary>The integer, or null for a null constant.</summary>
    public long? AsNumber => Text is null ? null : long.Parse(Text, System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => ConstKind == ValueKind.String ? "\"" + Text + "\"" : Text ?? "null";
}
