using System;
using System.Collections.Generic;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Reading;

namespace PolicyKit.Events.Replay;

/// <summary>
/// The replay engine's worker (simulate, diff --events): decides each event with every side's policy and adds what each
/// writes to the batch's <see cref="ReplayTally"/>. One per thread; the tallies merge by summing, in input order.
/// </summary>
public sealed class ReplayWorker(ReplaySide[] sides, BodySizeModel model) : IEventWorker<ReplayTally>
{
    private readonly EventDecoder _decoder = new();
    private readonly AuditDecision[] _decisions = new AuditDecision[sides.Length];
    private readonly long[] _bytes = new long[sides.Length];
    private ReplayTally? _into;
    private Action<Utf8AuditEvent>? _onEvent;

    public void Process(in FramedValue value, ReplayTally into)
    {
        into.Prepare(sides);
        _into = into;
        _decoder.Decode(value, into, _onEvent ??= Tally);
    }

    private void Tally(Utf8AuditEvent e)
    {
        var into = _into!;
        var stageSlot = e.Stage is { } stage ? (int)stage : RuleTally.StageSlots - 1;
        into.LoggedBytes += e.Json.Length + 1;
        into.LoggedLevels[(int)EventVolume.LoggedLevel(e)]++;
        into.LoggedStages[stageSlot]++;
        into.NoteTimestamp(e.RequestReceivedJson);
        var request = e.ToRequest();
        string? user = null, agent = null, resource = null, ns = null;
        for (var i = 0; i < sides.Length; i++)
        {
            var decision = _decisions[i] = sides[i].Decide(request);
            var tally = into.Sides[i];
            var rule = tally.For(decision);
            rule.Matched++;
            tally.Events++;
            tally.LevelEvents[(int)decision.Level]++;
            var (bytes, estimated) = EventVolume.Written(e, decision, model);
            _bytes[i] = bytes;
            if (!EventVolume.IsWritten(e, decision))
            {
                continue;
            }
            rule.Written[stageSlot]++;
            rule.Bytes += bytes;
            rule.EstimatedBytes += estimated;
            tally.WrittenEvents++;
            tally.Bytes += bytes;
            tally.EstimatedBytes += estimated;
            tally.LevelBytes[(int)decision.Level] += bytes;
            tally.Users.Add(user ??= e.Username, bytes);
            tally.UserAgents.Add(agent ??= e.PooledUserAgent, bytes);
            tally.Resources.Add(resource ??= ResourceKey(e), bytes);
            tally.Namespaces.Add(ns ??= e.Namespace, bytes);
        }
        if (sides.Length == 2)
        {
            Compare(e, into.Changes, ref user, ref resource);
        }
    }

    private void Compare(Utf8AuditEvent e, ChangeTally changes, ref string? user, ref string? resource)
    {
        var (old, @new) = (_decisions[0], _decisions[1]);
        ref var levels = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(changes.Levels, (old.Level, @new.Level), out _);
        levels++;
        var rules = (old.RuleIndex, @new.RuleIndex);
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(changes.Rules, rules, out _)++;
        if (old.Level != @new.Level || EventVolume.IsWritten(e, old) != EventVolume.IsWritten(e, @new))
        {
            changes.ChangedEvents++;
            var delta = _bytes[1] - _bytes[0];
            changes.Users.Add(user ??= e.Username, delta);
            changes.Resources.Add(resource ??= ResourceKey(e), delta);
        }
    }

    // resource.group/subresource per (resource, group, subresource) as the view's shared strings: made once, not per event.
    private readonly Dictionary<(string, string, string), string> _resourceKeys = new(SharedStrings.Instance);

    /// <summary>resource.group (core: resource), with /subresource; a non-resource request by its path.</summary>
    private string ResourceKey(Utf8AuditEvent e)
    {
        if (e.HasObjectRef)
        {
            var key = (e.Resource, e.ApiGroup, e.Subresource);
            if (!_resourceKeys.TryGetValue(key, out var known))
            {
                if (_resourceKeys.Count > 4096)
                {
                    _resourceKeys.Clear();
                }
                _resourceKeys[key] = known = MakeResourceKey(e);
            }
            return known;
        }
        return MakeResourceKey(e);
    }

    private static string MakeResourceKey(Utf8AuditEvent e)
    {
        if (!e.HasObjectRef)
        {
            var uri = e.RequestUri;
            var query = uri.IndexOf('?');
            return query < 0 ? uri : uri[..query];
        }
        var name = e.ApiGroup.Length > 0 ? e.Resource + "." + e.ApiGroup : e.Resource;
        return e.Subresource.Length > 0 ? name + "/" + e.Subresource : name;
    }

    /// <summary>Compares triples of strings by instance.</summary>
    private sealed class SharedStrings : IEqualityComparer<(string, string, string)>
    {
        public static readonly SharedStrings Instance = new();

        public bool Equals((string, string, string) x, (string, string, string) y)
            => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2) && ReferenceEquals(x.Item3, y.Item3);

        public int GetHashCode((string, string, string) t)
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(t.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(t.Item2), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(t.Item3));
    }
}
