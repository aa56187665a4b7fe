using ClusterPolicy;

namespace PolicyKit.Build.Tests;

public class PolicyRecordReaderTests
{
    [Fact]
    public void Reads_the_records_of_a_built_policy_assembly_without_loading_it()
    {
        var record = Assert.Single(PolicyRecordReader.Read(typeof(ClusterAuditPolicy).Assembly.Location));
        Assert.Equal(ClusterAuditPolicy.PolicyName, record.Name);
        Assert.Equal("ClusterPolicy.ClusterAuditPolicy", record.ClassName);
        Assert.Equal("1.29", record.MinKubernetesVersion);
        Assert.Equal(ClusterAuditPolicy.Model.Rules.Count, record.RuleCount);
        Assert.Equal(ClusterAuditPolicy.Yaml, record.Yaml);
    }

    [Fact]
    public void An_assembly_without_policies_has_no_records()
        => Assert.Empty(PolicyRecordReader.Read(typeof(Policy).Assembly.Location));

    [Fact]
    public void A_file_that_is_not_an_assembly_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("x.dll"), "not a PE file");
        Assert.Throws<BadImageFormatException>(() => PolicyRecordReader.Read(temp.File("x.dll")));
    }
}
