using System;
using System.IO;
using ClusterPolicy;
using PolicyKit.Detections.Runtime;

namespace ClusterPolicy.Tests;

/// <summary>The cluster's own detection rules, tested on event fixtures in a line each.</summary>
public class ClusterDetectionsTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", name);

    [Fact]
    public void Exec_into_payments_by_someone_not_on_call_alerts()
        => Assert.True(RuleTesting.Fires(ClusterDetections.Detections, "payments-session", Fixture("payments-exec-by-bob.json")));

    [Fact]
    public void Exec_by_the_on_call_engineer_does_not()
        => Assert.False(RuleTesting.FiresOnJson(ClusterDetections.Detections, "payments-session",
            File.ReadAllText(Fixture("payments-exec-by-bob.json")).Replace("\"bob\"", "\"alice\"")));

    [Fact]
    public void Foreign_images_in_payments_alert()
        => Assert.True(RuleTesting.FiresOnJson(ClusterDetections.Detections, "payments-foreign-image", """
            {"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"x","stage":"ResponseComplete","verb":"create",
             "user":{"username":"bob"},"objectRef":{"resource":"pods","namespace":"payments"},
             "requestObject":{"kind":"Pod","spec":{"containers":[{"name":"a","image":"registry.internal/ledger:1"}],"initContainers":[{"name":"b","image":"docker.io/busybox"}]}}}
            """));
}
