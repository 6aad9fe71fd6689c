using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CorpusSdk.Testing.Tests;

public sealed class SnapshotTests : IDisposable
{
    const string Test = "Generates";
    readonly TempDirectory dir = new();

    string Verified => dir.File("Generates.Articles.g.verified.cs");
    string Received => dir.File("Generates.Articles.g.received.cs");

    public void Dispose() => dir.Dispose();

    static SnapshotFile[] Articles(string source) => [new("Articles.g.cs", source)];

    SnapshotMismatchException Fails(params SnapshotFile[] files) =>
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify(dir.Path, Test, files, accept: false));

    [Fact]
    public void Matching_snapshot_passes_and_leaves_no_received_file()
    {
        File.WriteAllText(Verified, "class A { }\n");
        File.WriteAllText(Received, "left over by an earlier failing run");

        Snapshot.Verify(dir.Path, Test, Articles("class A { }\n"), accept: false);

        Assert.False(File.Exists(Received));
        Assert.Equal("class A { }\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void Changed_source_fails_with_a_diff_and_the_accept_hint_and_writes_received()
    {
        File.WriteAllText(Verified, "namespace N;\nold\nclass C { }\n");

        var error = Fails(Articles("namespace N;\nnew\nclass C { }\n"));

        Assert.Contains(Verified, error.Message, StringComparison.Ordinal);
        Assert.Contains("[changed]", error.Message, StringComparison.Ordinal);
        // The changed line, numbered in the verified and the received file, between unchanged context lines.
        Assert.Matches(@"(?m)^ +1 +1 +namespace N;$", error.Message);
        Assert.Matches(@"(?m)^ +2 {10,}- old$", error.Message);
        Assert.Matches(@"(?m)^ {10,}2  \+ new$", error.Message);
        Assert.Matches(@"(?m)^ +3 +3 +class C \{ \}$", error.Message);
        Assert.Contains("CORPUSSDK_ACCEPT_SNAPSHOTS=1", error.Message, StringComparison.Ordinal);
        Assert.Contains("rename each .received.cs file to .verified.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal("namespace N;\nnew\nclass C { }\n", File.ReadAllText(Received));
        Assert.Equal("namespace N;\nold\nclass C { }\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void Diff_of_a_long_file_shows_only_the_lines_around_the_change()
    {
        string[] lines = Enumerable.Range(1, 200).Select(i => $"line {i:000}").ToArray();
        File.WriteAllText(Verified, string.Join("\n", lines) + "\n");
        lines[99] = "changed 100";

        var error = Fails(Articles(string.Join("\n", lines) + "\n"));

        Assert.Matches(@"(?m)^ +100 {10,}- line 100$", error.Message);
        Assert.Matches(@"(?m)^ {10,}100  \+ changed 100$", error.Message);
        Assert.Contains("  line 097", error.Message, StringComparison.Ordinal);
        Assert.Contains("  line 103", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 096", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 104", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_long_new_file_is_cut()
    {
        string source = string.Join("\n", Enumerable.Range(1, 500).Select(i => $"line {i:000}")) + "\n";

        var error = Fails(Articles(source));

        Assert.Contains("+ line 001", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("diff cut here", error.Message, StringComparison.Ordinal);
        Assert.Equal(source, File.ReadAllText(Received));
    }

    [Fact]
    public void Missing_verified_file_fails_and_writes_received()
    {
        var error = Fails(Articles("class A { }\n"));

        Assert.Contains("[missing snapshot] " + Verified, error.Message, StringComparison.Ordinal);
        Assert.Contains("+ class A { }", error.Message, StringComparison.Ordinal);
        Assert.Contains(Test + ".Articles.g.received.cs", error.Message, StringComparison.Ordinal);
        Assert.Equal("class A { }\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Accept_writes_verified_and_removes_received_and_the_next_run_passes()
    {
        File.WriteAllText(Verified, "old\n");
        Fails(Articles("new\n"));
        Assert.True(File.Exists(Received));

        Snapshot.Verify(dir.Path, Test, Articles("new\n"), accept: true);

        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
        Snapshot.Verify(dir.Path, Test, Articles("new\n"), accept: false);
    }

    [Fact]
    public void Accept_creates_the_directory_and_missing_verified_files()
    {
        string nested = Path.Combine(dir.Path, "Snapshots");

        Snapshot.Verify(nested, Test, Articles("class A { }\n"), accept: true);

        Assert.Equal("class A { }\n", File.ReadAllText(Path.Combine(nested, "Generates.Articles.g.verified.cs")));
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\nb\n", "a\r\nb\r\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    public void Line_end_differences_alone_do_not_fail(string verified, string source)
    {
        File.WriteAllText(Verified, verified);

        Snapshot.Verify(dir.Path, Test, Articles(source), accept: false);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Other_whitespace_differences_do_fail()
    {
        File.WriteAllText(Verified, "a\nb\n");

        Assert.Contains("+ b ", Fails(Articles("a\nb \n")).Message, StringComparison.Ordinal);
        Assert.Contains(
            "The received file has no line end after its last line",
            Fails(Articles("a\nb")).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_written_as_utf8_without_bom_and_with_lf()
    {
        Fails(Articles("// é\r\nclass A { }\r\n"));
        Snapshot.Verify(dir.Path, "Accepted", Articles("// é\r\nclass A { }\r\n"), accept: true);

        byte[] expected = new UTF8Encoding(false).GetBytes("// é\nclass A { }\n");
        Assert.Equal(expected, File.ReadAllBytes(Received));
        Assert.Equal(expected, File.ReadAllBytes(dir.File("Accepted.Articles.g.verified.cs")));
    }

    [Fact]
    public void Verified_file_with_a_bom_still_matches()
    {
        File.WriteAllText(Verified, "class A { }\n", new UTF8Encoding(true));

        Snapshot.Verify(dir.Path, Test, Articles("class A { }\n"), accept: false);
    }

    [Fact]
    public void Stale_verified_file_fails_and_accept_removes_only_that_tests_stale_files()
    {
        File.WriteAllText(Verified, "class A { }\n");
        File.WriteAllText(dir.File("Generates.Removed.g.verified.cs"), "class Gone { }\n");
        File.WriteAllText(dir.File("Other.Removed.g.verified.cs"), "class Other { }\n");
        File.WriteAllText(dir.File("GeneratesMore.Removed.g.verified.cs"), "class More { }\n");

        var error = Fails(Articles("class A { }\n"));

        Assert.Contains("[stale snapshot] " + dir.File("Generates.Removed.g.verified.cs"), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Other.Removed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GeneratesMore", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[changed]", error.Message, StringComparison.Ordinal);

        Snapshot.Verify(dir.Path, Test, Articles("class A { }\n"), accept: true);

        Assert.False(File.Exists(dir.File("Generates.Removed.g.verified.cs")));
        Assert.True(File.Exists(Verified));
        Assert.True(File.Exists(dir.File("Other.Removed.g.verified.cs")));
        Assert.True(File.Exists(dir.File("GeneratesMore.Removed.g.verified.cs")));
        Snapshot.Verify(dir.Path, Test, Articles("class A { }\n"), accept: false);
    }

    [Fact]
    public void All_problems_of_one_call_are_reported_in_one_exception_in_ordinal_order()
    {
        File.WriteAllText(dir.File("Generates.b.verified.cs"), "old b\n");
        File.WriteAllText(dir.File("Generates.A.verified.cs"), "old A\n");
        File.WriteAllText(dir.File("Generates.Gone.verified.cs"), "gone\n");

        var error = Fails(new("b.cs", "new b\n"), new("New.cs", "new\n"), new("A.cs", "new A\n"));

        Assert.StartsWith("4 snapshot problem(s) for test 'Generates'", error.Message, StringComparison.Ordinal);
        int a = error.Message.IndexOf("Generates.A.verified.cs", StringComparison.Ordinal);
        int newFile = error.Message.IndexOf("Generates.New.verified.cs", StringComparison.Ordinal);
        int b = error.Message.IndexOf("Generates.b.verified.cs", StringComparison.Ordinal);
        int gone = error.Message.IndexOf("Generates.Gone.verified.cs", StringComparison.Ordinal);
        Assert.True(a >= 0 && a < newFile && newFile < b && b < gone, error.Message);
        Assert.True(File.Exists(dir.File("Generates.A.received.cs")));
        Assert.True(File.Exists(dir.File("Generates.b.received.cs")));
        Assert.True(File.Exists(dir.File("Generates.New.received.cs")));
    }

    [Fact]
    public void Received_files_of_outputs_that_now_match_or_no_longer_exist_are_removed()
    {
        File.WriteAllText(Verified, "class A { }\n");
        File.WriteAllText(dir.File("Generates.Removed.g.received.cs"), "from an earlier run");

        Snapshot.Verify(dir.Path, Test, Articles("class A { }\n"), accept: false);

        Assert.Empty(Directory.GetFiles(dir.Path, "*.received.cs"));
    }

    [Theory]
    [InlineData("Class.Method")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Test_names_that_cannot_own_their_files_are_rejected(string testName)
    {
        Assert.ThrowsAny<ArgumentException>(() => Snapshot.Verify(dir.Path, testName, Articles("x"), accept: true));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Hint_names_that_cannot_name_a_file_or_collide_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Snapshot.Verify(dir.Path, Test, [new("Sub/Articles.g.cs", "x")], accept: true));
        Assert.Throws<ArgumentException>(() => Snapshot.Verify(dir.Path, Test, [new("A.cs", "x"), new("a.cs", "y")], accept: true));
        Assert.Throws<ArgumentException>(() => Snapshot.Verify(dir.Path, Test, [new("A.cs", "x"), new("A", "y")], accept: true));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
