using System;
using System.Globalization;

namespace PolicyKit;

/// <summary>A Kubernetes minor version (1.29, 1.36, ...). Semantics that changed across versions are keyed on it.</summary>
public readonly struct KubernetesVersion : IEquatable<KubernetesVersion>, IComparable<KubernetesVersion>
{
    public KubernetesVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int Major { get; }

    public int Minor { get; }

    /// <summary>The oldest version PolicyKit knows (and the oldest its catalog covers).</summary>
    public static KubernetesVersion Oldest => new(1, 29);

    /// <summary>The newest version PolicyKit knows; the default everywhere a version can be given.</summary>
    public static KubernetesVersion Latest => new(1, 36);

    /// <summary>From 1.36 a GroupResources with <c>group: "*"</c> matches every API group.</summary>
    public static KubernetesVersion GroupWildcard => new(1, 36);

    public bool SupportsGroupWildcard => this >= GroupWildcard;

    /// <summary>Parses "1.33", "v1.33" or "1.33.2" (the patch is ignored).</summary>
    public static bool TryParse(string? text, out KubernetesVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }
        var s = text.Trim();
        if (s.StartsWith("v", StringComparison.Ordinal))
        {
            s = s.Substring(1);
        }
        var parts = s.Split('.');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }
        version = new KubernetesVersion(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        return version.Major == 1;
    }

    public static KubernetesVersion Parse(string text)
        => TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not a Kubernetes version such as 1.33");

    public int CompareTo(KubernetesVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool Equals(KubernetesVersion other) => Major == other.Major && Minor == other.Minor;

    public override bool Equals(object? obj) => obj is KubernetesVersion other && Equals(other);

    public override int GetHashCode() => (Major * 1000) + Minor;

    public static bool operator ==(KubernetesVersion a, KubernetesVersion b) => a.Equals(b);

    public static bool operator !=(KubernetesVersion a, KubernetesVersion b) => !a.Equals(b);

    public static bool operator <(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
}
