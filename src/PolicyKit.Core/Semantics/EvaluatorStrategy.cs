namespace PolicyKit;

/// <summary>How <see cref="PolicyEvaluator"/> finds the first matching rule; every strategy gives the same decisions.</summary>
public enum EvaluatorStrategy
{
    /// <summary>Linear for small policies, indexed above <see cref="PolicyEvaluator.IndexThreshold"/> rules.</summary>
    Auto,

    /// <summary>Every rule in order, as kube-apiserver does.</summary>
    Linear,

    /// <summary>Only the rules an index by verb, user, groups, namespace, API group and resource leaves as candidates.</summary>
    Indexed,
}
