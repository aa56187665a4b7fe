using PolicyKit.Detection;

namespace PolicyKit.Detections;

// Scenario 20: bursts of 401/403 responses (scanning, credential guessing, permission probing). Windowed
// rules: each alerts once per burst of 20 matching events of one key within 60 s. Three rules, because
// the apiserver logs the three kinds of denial differently: a signed-in user's 403 at ResponseComplete
// with the user; a failed authentication's 401 at ResponseStarted with no user at all (so only the
// source address tells attempts apart); an anonymous request's 403 at ResponseComplete as
// system:anonymous. Operators who want other numbers copy a rule into their own [DetectionRules] class.
public static partial class BuiltInDetections
{
    /// <summary>A denied response: unauthorized (401) or forbidden (403).</summary>
    public static bool IsDenied(AuditEvent e) => e.ResponseCode == 401 || e.ResponseCode == 403;

    /// <summary>Not signed in: no user (failed authentication) or the anonymous user.</summary>
    public static bool IsUnauthenticated(AuditEvent e) => e.User.Name == "" || e.User.Name == "system:anonymous";

    [Detection("forbidden-burst", "Burst of denied requests by one user", AlertSeverity.Medium, "T1613",
        Threshold = 20, WindowSeconds = 60, CountBy = CountKey.User)]
    public static bool ForbiddenBurst(AuditEvent e) => IsDenied(e) && !IsUnauthenticated(e);

    [Detection("failed-authentication-burst", "Burst of failed authentications from one address", AlertSeverity.Medium, "T1110",
        Stage = Stage.ResponseStarted, Threshold = 20, WindowSeconds = 60, CountBy = CountKey.SourceIP)]
    public static bool FailedAuthenticationBurst(AuditEvent e) => e.ResponseCode == 401;

    [Detection("anonymous-forbidden-burst", "Burst of denied anonymous requests from one address", AlertSeverity.Medium, "T1595",
        Threshold = 20, WindowSeconds = 60, CountBy = CountKey.SourceIP)]
    public static bool AnonymousForbiddenBurst(AuditEvent e) => IsDenied(e) && IsUnauthenticated(e);
}
