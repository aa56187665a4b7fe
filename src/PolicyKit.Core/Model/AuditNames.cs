using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>The exact spelling of levels and stages in audit.k8s.io/v1, and conversions.</summary>
public static class AuditNames
{
    /// <summary>The valid levels in upstream's order (used verbatim in its validation message).</summary>
    public static readonly IReadOnlyList<string> Levels = new[] { "None", "Metadata", "Request", "RequestResponse" };

    /// <summary>The valid stages in upstream's order; also the order in which we print stage sets.</summary>
    public static readonly IReadOnlyList<string> StageNames = new[] { "RequestReceived", "ResponseStarted", "ResponseComplete", "Panic" };

    public static string ToName(this Level level) => Levels[(int)level];

    public static string ToName(this Stage stage) => StageNames[(int)stage];

    public static bool TryParseLevel(string? text, out Level level)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i], text, StringComparison.Ordinal))
            {
                level = (Level)i;
                return true;
            }
        }
        level = default;
        return false;
    }

    public static bool TryParseStage(string? text, out Stage stage)
    {
        for (var i = 0; i < StageNames.Count; i++)
        {
            if (string.Equals(StageNames[i], text, StringComparison.Ordinal))
            {
                stage = (Stage)i;
                return true;
            }
        }
        stage = default;
        return false;
    }

    public static Stages ToSet(this Stage stage) => (Stages)(1 << (int)stage);

    public static bool Contains(this Stages set, Stage stage) => (set & stage.ToSet()) != 0;

    /// <summary>The stages of a set in canonical order: RequestReceived, ResponseStarted, ResponseComplete, Panic.</summary>
    public static IEnumerable<Stage> Enumerate(this Stages set)
    {
        for (var i = 0; i < StageNames.Count; i++)
        {
            if (set.Contains((Stage)i))
            {
                yield return (Stage)i;
            }
        }
    }
}
