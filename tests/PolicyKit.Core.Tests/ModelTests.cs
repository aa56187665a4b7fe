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
    public void Every_id_has_a_catalog_entry_and_a_doc_page_titled_as_the_catalog_says(string id)
    {
        Assert.Matches("^PK[0-3][0-9]{3}$", id);
        var info = PolicyKit.Diagnostics.DiagnosticCatalog.Get(id);
        Assert.EndsWith("docs/rules/" + id + ".md", info.HelpLink);
        Assert.Equal(PolicyKit.Diagnostics.DiagnosticIds.HelpLink(id), info.HelpLink);
        var page = Path.Combine(Fixtures.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), id);
        var lines = File.ReadAllLines(page);
        Assert.Equal("# " + id + ": " + info.Title, lines[0]);
        Assert.StartsWith("**Severity:** " + info.DefaultSeverity.ToString().ToLowerInvariant() + " ", lines[2]);
    }

    [Fact]
    public void The_catalog_holds_each_id_once_and_nothing_but_the_ids()
    {
        var ids = typeof(PolicyKit.Diagnostics.DiagnosticIds).GetFields().Where(f => f.IsLiteral && f.Name != "HelpLinkBase")
            .Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ids, PolicyKit.Diagnostics.DiagnosticCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal));
        var categories = PolicyKit.Diagnostics.DiagnosticCatalog.All.ToDictionary(d => d.Id, d => d.Category);
        Assert.All(categories, c => Assert.Equal(c.Key[2] switch
        {
            '0' => PolicyKit.Diagnostics.DiagnosticCategories.Dsl,
            '1' => PolicyKit.Diagnostics.DiagnosticCategories.Analysis,
            '2' => PolicyKit.Diagnostics.DiagnosticCategories.Detections,
            _ => PolicyKit.Diagnostics.DiagnosticCategories.Build,
        }, c.Value));
    }
}
