using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PolicyKit.Validation;

/// <summary>apimachinery's IsDNS1123Subdomain, with its messages.</summary>
public static class Dns1123
{
    private const string LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string SubdomainFormat = LabelFormat + "(\\." + LabelFormat + ")*";
    private const int MaxLength = 253;
    private static readonly Regex Subdomain = new("^" + SubdomainFormat + "\\z", RegexOptions.CultureInvariant);

    public const string SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

    /// <summary>The problems with a group name, empty when it is a valid subdomain.</summary>
    public static IReadOnlyList<string> SubdomainErrors(string value)
    {
        var errors = new List<string>();
        if (value.Length > MaxLength)
        {
            errors.Add("must be no more than " + MaxLength + " characters");
        }
        if (!Subdomain.IsMatch(value))
        {
            errors.Add(SubdomainMessage + " (e.g. 'example.com', regex used for validation is '" + SubdomainFormat + "')");
        }
        return errors;
    }
}
