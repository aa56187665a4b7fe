using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PolicyKit.Events.Reading;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks;

/// <summary>
/// The GKE default policy deciding the requests of a real cluster's audit log: Core's reference
/// evaluator, and the matcher the generator compiled from the same policy (target in docs/benchmarks.md: ≤ 20 ns/request,
/// 0 B, ≥ 5× faster than the evaluator).
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    // OperationsPerInvoke must be a constant, so the fixture's event count is pinned here;
    // Setup fails loudly if the fixture changes instead of silently mis-scaling the results.
    private const int RequestCount = Scale.ScalePolicySet.RequestCount;

    private PolicyEvaluator _evaluator = null!;
    private AuditRequest[] _requests = null!;
    private AuditRequest[] _distinct = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Fixtures.Policy("gke-gce-default.yaml");
        var document = PolicyYamlReader.ReadFile(path);
        if (!document.IsValid)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, document.Findings.Select(f => f.Format(path))));
        }
        _evaluator = new PolicyEvaluator(document.Policy!);

        // Every event, all stages, in log order: the mix a replay of this log really evaluates.
        _requests = Scale.ScalePolicySet.Requests();
        _distinct = _requests.Select(Distinct).ToArray();

        // Benchmarks of code that disagrees would measure nothing useful.
        if (!GkeDefaultPolicy.Model.Rules.Equals(document.Policy!.Rules))
        {
            throw new InvalidOperationException("GkeDefaultPolicy.cs no longer matches gke-gce-default.yaml");
        }
        foreach (var r in _requests)
        {
            if (GkeDefaultPolicy.Evaluate(r) != _evaluator.Evaluate(r))
            {
                throw new InvalidOperationException("the compiled matcher disagrees with the evaluator on " + r);
            }
        }
    }

    /// <summary>
    /// The same requests with every string a separate copy, as a reader without a string cache would
    /// hand them over: the matcher plus a likely cache miss on each string it reads (the worst case).
    /// </summary>
    [Benchmark(OperationsPerInvoke = RequestCount)]
    public int CompiledMatcherDistinctStrings()
    {
        var sum = 0;
        var requests = _distinct;
        for (var i = 0; i < requests.Length; i++)
        {
            var decision = GkeDefaultPolicy.Evaluate(in requests[i]);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }

    /// <summary>The requests exactly as <c>policykit evaluate</c>'s reader produces them (repeated values share one string).</summary>
    [Benchmark(OperationsPerInvoke = RequestCount)]
    public int CompiledMatcher()
    {
        var sum = 0;
        var requests = _requests;
        for (var i = 0; i < requests.Length; i++)
        {
            var decision = GkeDefaultPolicy.Evaluate(in requests[i]);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }

    private static AuditRequest Distinct(AuditRequest r)
    {
        static string C(string s) => s.Length == 0 ? s : new string(s.AsSpan());
        var groups = r.Groups.Select(C).ToArray();
        return r.IsResourceRequest
            ? AuditRequest.ForResource(r.User is null ? null : C(r.User), groups, C(r.Verb), C(r.ApiGroup), C(r.Resource), C(r.Subresource), C(r.Namespace), C(r.Name), C(r.Path))
            : AuditRequest.ForNonResource(r.User is null ? null : C(r.User), groups, C(r.Verb), C(r.Path));
    }

    /// <summary>Mean time per request (the loop is divided out by OperationsPerInvoke).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = RequestCount)]
    public int ReferenceEvaluator()
    {
        // Fold the decisions into the result so the JIT cannot drop the evaluation.
        var sum = 0;
        var requests = _requests;
        for (var i = 0; i < requests.Length; i++)
        {
            var decision = _evaluator.Evaluate(requests[i]);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }
}
