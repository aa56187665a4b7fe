namespace PolicyKit.Detection;

/// <summary>Comparison operators (C# semantics: ordinal strings, lifted integers).</summary>
public enum CompareOp
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>String tests with a constant argument; all ordinal.</summary>
public enum TextOp
{
    StartsWith,
    EndsWith,
    Contains,

    /// <summary>A glob: '*' any run of characters, '?' one character.</summary>
    Glob,

    /// <summary>A path equal to the argument or below it ("/etc" matches "/etc" and "/etc/x", not "/etcx"), both normalised.</summary>
    Under,

    /// <summary>A path equal to the argument, both normalised ("//./" is "/").</summary>
    PathEquals,
}

/// <summary>
/// A detection rule's condition: the IR the generator makes of a [Detection] method's body. Records
/// compare by value, so generator pipelines cache on them and tests compare them.
/// </summary>
public abstract record DetectionCondition;

/// <summary>All of the conditions (an empty list is true).</summary>
public sealed record AllOf(EquatableArray<DetectionCondition> Items) : DetectionCondition
{
    public override string ToString() => "(" + string.Join(" && ", Items) + ")";
}

/// <summary>Any of the conditions (an empty list is false).</summary>
public sealed record AnyOf(EquatableArray<DetectionCondition> Items) : DetectionCondition
{
    public override string ToString() => "(" + string.Join(" || ", Items) + ")";
}

/// <summary>The negation.</summary>
public sealed record NotCondition(DetectionCondition Inner) : DetectionCondition
{
    public override string ToString() => "!" + Inner;
}

/// <summary>true or false.</summary>
public sealed record ConstantCondition(bool Value) : DetectionCondition
{
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A boolean value read as a condition.</summary>
public sealed record TruthCondition(DetectionValue Value) : DetectionCondition
{
    public override string ToString() => Value.ToString()!;
}

/// <summary>Two values compared.</summary>
public sealed record CompareCondition(DetectionValue Left, CompareOp Op, DetectionValue Right) : DetectionCondition
{
    public override string ToString() => $"{Left} {Op} {Right}";
}

/// <summary>A string test against a constant.</summary>
public sealed record TextCondition(DetectionValue Subject, TextOp Op, string Argument) : DetectionCondition
{
    public override string ToString() => $"{Subject}.{Op}(\"{Argument}\")";
}

/// <summary>
/// The string is one of the values. A named list (<see cref="ListName"/> not empty) is an allow-list:
/// its values are the defaults, plus what operators add through <see cref="AllowLists"/>.
/// </summary>
public sealed record InListCondition(DetectionValue Subject, string ListName, EquatableArray<string> Values) : DetectionCondition
{
    public override string ToString() => $"{Subject} in " + (ListName.Length > 0 ? ListName : "[" + string.Join(", ", Values) + "]");
}

/// <summary>Some item of the list satisfies the predicate, which reads the item as <see cref="BodyRoot.Item"/> at this depth.</summary>
public sealed record AnyItemCondition(DetectionValue Collection, int ItemDepth, DetectionCondition Predicate) : DetectionCondition
{
    public override string ToString() => $"{Collection}.Any(item{ItemDepth} => {Predicate})";
}
