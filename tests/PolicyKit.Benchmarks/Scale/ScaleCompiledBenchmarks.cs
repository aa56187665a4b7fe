using System;
using BenchmarkDotNet.Attributes;

namespace PolicyKit.Benchmarks.Scale;

/// <summary>
/// The compiled matchers of the real-shaped policies (Scale/RealShaped*.cs, written by
/// `generate-scale-policies`), on the worst-case requests. Mean is per request; the indexed reference
/// evaluator is the baseline. Setup fails unless each matcher decides every request like the evaluator.
/// </summary>
[MemoryDiagnoser]
public class ScaleCompiledBenchmarks
{
    private delegate AuditDecision Matcher(in AuditRequest request);

    private AuditRequest[] _requests = null!;
    private PolicyEvaluator _evaluator = null!;
    private Matcher _matcher = null!;

    [Params(100, 500, 2000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _requests = ScalePolicySet.Requests();
        var policy = ScalePolicySet.Create(Rules);
        _evaluator = new PolicyEvaluator(policy);
        (Policy model, Matcher matcher) = Rules switch
        {
            100 => (RealShaped100.Model, (Matcher)RealShaped100.Evaluate),
            500 => (RealShaped500.Model, RealShaped500.Evaluate),
            2000 => (RealShaped2000.Model, (Matcher)RealShaped2000.Evaluate),
            _ => throw new ArgumentOutOfRangeException(nameof(Rules)),
        };
        // The DSL may spell a rule differently (entries merged, as `policykit import` reports), so the check is
        // the decisions: on every request the compiled matcher must decide like the evaluator of the policy.
        if (model.Rules.Count != policy.Rules.Count)
        {
            throw new InvalidOperationException("Scale/RealShaped" + Rules + ".cs is stale: run generate-scale-policies");
        }
        _matcher = matcher;
        foreach (var r in _requests)
        {
            if (matcher(r) != _evaluator.Evaluate(r))
            {
                throw new InvalidOperationException("the compiled matcher disagrees with the evaluator on " + r);
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ScalePolicySet.RequestCount)]
    public int ReferenceEvaluator()
    {
        var sum = 0;
        var requests = _requests;
        for (var i = 0; i < requests.Length; i++)
        {
            var decision = _evaluator.Evaluate(requests[i]);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = ScalePolicySet.RequestCount)]
    public int CompiledMatcher()
    {
        var sum = 0;
        var requests = _requests;
        var matcher = _matcher;
        for (var i = 0; i < requests.Length; i++)
        {
            var decision = matcher(in requests[i]);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }
}
