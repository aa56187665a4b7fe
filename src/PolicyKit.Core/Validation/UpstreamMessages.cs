using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Validation;

/// <summary>
/// The apiserver's validation messages, byte for byte (k8s.io/apiserver pkg/apis/audit/validation and
/// apimachinery's field.Error formatting), so our output reads like the apiserver's log.
/// </summary>
public static class UpstreamMessages
{
    public const string ZeroRules = "loaded illegal policy with 0 rules";
    public const string RequiredValue = "Required value";
    public const string NonResourceUrlSlash = "non-resource URL rules must begin with a '/' character";
    public const string NonResourceUrlWildcard = "non-resource URL wildcards '*' must be the final character of the rule";
    public const string ResourceNamesWithoutResources = "using resourceNames requires at least one resource";
    public const string BothKinds = "rules cannot apply to both regular resources and non-resource URLs";

    public static string UnsupportedLevel(string value)
        => "Unsupported value: " + Quote(value) + ": supported values: " + string.Join(", ", AuditNames.Levels.Select(Quote));

    public static string InvalidStage(string value)
        => Invalid(value, "allowed stages are " + string.Join(",", AuditNames.StageNames));

    /// <summary>field.Invalid with a string value: <c>Invalid value: "x": detail</c>.</summary>
    public static string Invalid(string value, string detail) => "Invalid value: " + Quote(value) + ": " + detail;

    /// <summary>field.Invalid with a []string value, printed with Go's %#v.</summary>
    public static string Invalid(IEnumerable<string> values, string detail)
        => "Invalid value: []string{" + string.Join(", ", values.Select(Quote)) + "}: " + detail;

    /// <summary>Go's strconv.Quote for the printable-ASCII and common-escape cases.</summary>
    public static string Quote(string s) => Text.QuotedString.Go(s);
}
