namespace PolicyKit.Diff;

/// <summary>
/// The apiserver version each side of a diff is evaluated at. Equal versions compare two policies; different
/// versions also show what the upgrade itself changes (from 1.36 <c>group: "*"</c> matches every group).
/// </summary>
public readonly record struct DiffVersions(KubernetesVersion Old, KubernetesVersion New)
{
    /// <summary>Both sides at one version.</summary>
    public static DiffVersions Same(KubernetesVersion version) => new(version, version);

    /// <summary>Both sides at the newest version PolicyKit knows.</summary>
    public static DiffVersions Latest => Same(KubernetesVersion.Latest);
}
