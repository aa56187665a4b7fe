using System.Text.Json;

namespace PolicyKit.Serve.Tests.Support;

/// <summary>The (auditID, stage) pairs of event lines, counted.</summary>
internal static class OutputKeys
{
    public static Dictionary<(string AuditId, string Stage), int> Count(IEnumerable<string> eventLines)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var line in eventLines)
        {
            using var doc = JsonDocument.Parse(line);
            var key = (doc.RootElement.GetProperty("auditID").GetString()!, doc.RootElement.GetProperty("stage").GetString()!);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
