namespace PolicyKit.Tests;

public class ModelTests
{
    [Fact]
    public void Policies_compare_by_value()
    {
        static Policy Make() => new(new[]
        {
            new PolicyRule(Level.Metadata)
            {
                Users = new[] { "a" },
                Resources = new[] { new GroupResources("apps", new[] { "deployments" }, new[] { "x" }) },
                OmitStages = Stages.RequestReceived,
            },
        }) { OmitManagedFields = true };
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { OmitManagedFields = false });
        Assert.NotEqual(Make(), Make() with { Rules = new[] { Make().Rules[0] with { Verbs = new[] { "get" } } } });
    }

    [Fact]
    public void Empty_and_default_arrays_are_equal()
    {
        Assert.Equal(EquatableArray<string>.Empty, new EquatableArray<string>(Array.Empty<string>()));
        Assert.True(new EquatableArray<string>(null).IsEmpty);
    }

    [Theory]
    [InlineData("1.33", 1, 33)]
    [InlineData("v1.36", 1, 36)]
    [InlineData("1.29.4", 1, 29)]
    public void Kubernetes_versions_parse(string text, int major, int minor)
        => Assert.Equal(new KubernetesVersion(major, minor), KubernetesVersion.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("one.two")]
    [InlineData("2.1")]
    [InlineData("1.-3")]
    public void Bad_versions_do_not_parse(string text) => Assert.False(KubernetesVersion.TryParse(text, out _));

    [Fact]
    public void Stage_sets_enumerate_in_canonical_order()
        => Assert.Equal(new[] { Stage.RequestReceived, Stage.ResponseStarted, Stage.ResponseComplete, Stage.Panic }, Stages.All.Enumerate());

    [Fact]
    public void Requests_from_events_follow_the_contract()
    {
        var create = AuditRequest.FromEvent("u", null, "create", "/api/v1/namespaces/d/pods?dryRun=All", true, "d", null, "pods", null, "web");
        Assert.True(create.IsResourceRequest);
        Assert.Equal("", create.Name);
        Assert.Equal("/api/v1/namespaces/d/pods", create.Path);
        var exec = AuditRequest.FromEvent("u", null, "create", "/api/v1/namespaces/d/pods/web/exec", true, "d", null, "pods", "exec", "web");
        Assert.Equal("web", exec.Name);
        var nonResource = AuditRequest.FromEvent("u", null, "get", "/healthz", false, null, null, null, null, null);
        Assert.False(nonResource.IsResourceRequest);
    }
}

public class DiagnosticIdTests
{
    public static TheoryData<string> Ids() => new(typeof(PolicyKit.Diagnostics.DiagnosticIds).GetFields()
        .Where(f => f.IsLiteral && f.Name != "HelpLinkBase").Select(f => (string)f.GetRawConstantValue()!));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_doc_page_and_a_help_link(string id)
    {
        Assert.Matches("^PK[0-3][0-9]{3}$", id);
        Assert.True(File.Exists(Path.Combine(Fixtures.RepositoryRoot, "docs", "rules", id + ".md")), id);
        Assert.EndsWith("docs/rules/" + id + ".md", PolicyKit.Diagnostics.DiagnosticIds.HelpLink(id));
    }
}
