namespace PolicyKit.Build.Artifacts;

/// <summary>JSON string literals for the artifacts PolicyKit writes as JSON.</summary>
internal static class Json
{
    // YAML's double-quoted escapes (\" \\ \n \r \t \uXXXX) are exactly JSON's, so one writer serves both.
    public static string String(string value) => Text.QuotedString.Yaml(value);
}
