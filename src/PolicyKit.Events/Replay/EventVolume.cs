using System;

namespace PolicyKit.Events.Replay;

/// <summary>
/// What the apiserver writes for one logged event under a decision. The event is written (one JSON line) unless the level
/// is None or its stage is omitted; at Metadata the requestObject and responseObject members are dropped, at Request the
/// responseObject. Bytes are the event as logged minus what the decision drops, the level field respelled, plus the
/// size model's estimate of bodies the decision keeps but the log's own (lower) level left out.
/// </summary>
public static class EventVolume
{
    // The member text around a body's value: "requestObject": and the separating comma.
    private const int RequestMemberOverhead = 16 + 1;
    private const int ResponseMemberOverhead = 17 + 1;

    /// <summary>Bytes written and the estimated part of them; (0, 0) when nothing is written.</summary>
    public static (long Bytes, long Estimated) Written(Utf8AuditEvent e, in AuditDecision decision, BodySizeModel model)
    {
        if (!IsWritten(e, decision))
        {
            return (0, 0);
        }
        var level = decision.Level;
        var logged = LoggedLevel(e);
        long bytes = e.Json.Length + 1 + level.ToName().Length - e.LevelJson.Length;
        if (level < Level.RequestResponse)
        {
            bytes -= ResponseMemberBytes(e);
        }
        if (level < Level.Request)
        {
            bytes -= RequestMemberBytes(e);
        }
        double estimated = 0;
        if (level >= Level.Request && logged < Level.Request)
        {
            estimated += model.Request(BodySizeModel.ResourceKey(e), e.Verb);
        }
        if (level == Level.RequestResponse && logged < Level.RequestResponse && e.Stage == Stage.ResponseComplete)
        {
            estimated += model.Response(BodySizeModel.ResourceKey(e), e.Verb);
        }
        var rounded = (long)Math.Round(estimated);
        return (bytes + rounded, rounded);
    }

    /// <summary>Whether the apiserver writes this stage's event under the decision.</summary>
    public static bool IsWritten(Utf8AuditEvent e, in AuditDecision decision)
        => decision.Level != Level.None && (e.Stage is not { } stage || (decision.OmitStages & (Stages)(1 << (int)stage)) == 0);

    /// <summary>The level the event was logged at; an event without one is taken as complete (RequestResponse).</summary>
    public static Level LoggedLevel(Utf8AuditEvent e)
    {
        var level = e.LevelJson;
        return level.SequenceEqual("Metadata"u8) ? Level.Metadata
            : level.SequenceEqual("Request"u8) ? Level.Request
            : level.SequenceEqual("None"u8) ? Level.None
            : Level.RequestResponse;
    }

    public static long RequestMemberBytes(Utf8AuditEvent e) => e.RequestObjectLength == 0 ? 0 : e.RequestObjectLength + RequestMemberOverhead;

    public static long ResponseMemberBytes(Utf8AuditEvent e) => e.ResponseObjectLength == 0 ? 0 : e.ResponseObjectLength + ResponseMemberOverhead;
}
