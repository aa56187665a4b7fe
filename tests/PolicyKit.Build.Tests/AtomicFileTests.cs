namespace PolicyKit.Build.Tests;

public class AtomicFileTests
{
    [Fact]
    public void Writes_new_and_changed_files_and_leaves_equal_ones_alone()
    {
        using var temp = new TempFolder();
        var path = temp.File("a", "b.txt");
        Assert.True(AtomicFile.WriteIfChanged(path, "one"u8.ToArray()));
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.False(AtomicFile.WriteIfChanged(path, "one"u8.ToArray()));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.True(AtomicFile.WriteIfChanged(path, "two"u8.ToArray()));
        Assert.Equal("two", File.ReadAllText(path));
        Assert.Equal(["b.txt"], Directory.GetFiles(temp.File("a")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("a\nb\n", "a\nb\n", null)]
    [InlineData("a\r\nb\r\n", "a\nb\n", null)]
    [InlineData("a\nc\n", "a\nb\n", 2)]
    [InlineData("a\n", "a\nb\n", 2)]
    public void Drift_is_the_first_differing_line(string committed, string produced, int? line)
        => Assert.Equal(line, PolicyDrift.FirstDifference(committed, produced));
}
