using System;
using BenchmarkDotNet.Attributes;
using PolicyKit.Tests;

namespace PolicyKit.Benchmarks.Scale;

/// <summary>
/// The reference evaluator on the real-shaped policies of issue 17 (Scale/ScalePolicySet.cs), every request
/// of a real cluster's log falling through the team rules to the tail: indexed (the default above
/// PolicyEvaluator.IndexThreshold rules), linear (every rule in order, as before issue 17), and the literal
/// transcription of kube-apiserver's checker (tests/Shared/UpstreamOracle.cs). Mean is per request.
/// </summary>
[MemoryDiagnoser]
public class ScaleEvaluatorBenchmarks
{
    private AuditRequest[] _requests = null!;
    private Policy _policy = null!;
    private PolicyEvaluator _indexed = null!;
    private PolicyEvaluator _linear = null!;

    [Params(100, 500, 2000, 20000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _requests = ScalePolicySet.Requests();
        _policy = ScalePolicySet.Create(Rules);
        _indexed = new PolicyEvaluator(_policy, KubernetesVersion.Latest, EvaluatorStrategy.Indexed);
        _linear = new PolicyEvaluator(_policy, KubernetesVersion.Latest, EvaluatorStrategy.Linear);
        var tail = Rules - ScalePolicySet.Tail.Rules.Count;
        foreach (var r in _requests)
        {
            var expected = UpstreamOracle.Evaluate(_policy, r, KubernetesVersion.Latest);
            if (_indexed.Evaluate(r) != expected || _linear.Evaluate(r) != expected)
            {
                throw new InvalidOperationException("the evaluator disagrees with upstream's checker on " + r);
            }
            if (expected.RuleIndex >= 0 && expected.RuleIndex < tail)
            {
                throw new InvalidOperationException("not the worst case: a team rule decides " + r);
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ScalePolicySet.RequestCount)]
    public int Linear() => Run(_linear);

    [Benchmark(OperationsPerInvoke = ScalePolicySet.RequestCount)]
    public int Indexed() => Run(_indexed);

    [Benchmark(OperationsPerInvoke = ScalePolicySet.RequestCount)]
    public int UpstreamTranscription()
    {
        var sum = 0;
        foreach (var r in _requests)
        {
            var decision = UpstreamOracle.Evaluate(_policy, r, KubernetesVersion.Latest);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }

    private int Run(PolicyEvaluator evaluator)
    {
        var sum = 0;
        var requests = _requests;
        for (var i = 0; i < requests.Length; i++)
        {
            var decision = evaluator.Evaluate(requests[i]);
            sum += (int)decision.Level + decision.RuleIndex;
        }
        return sum;
    }
}
