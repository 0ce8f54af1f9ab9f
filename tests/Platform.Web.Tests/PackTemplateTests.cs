using System.Diagnostics;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>
/// An author outside this repository starts from <c>dotnet new platform-pack</c>, builds against the packed Sdk of the
/// local feed (artifacts/packages, made by scripts/pack-sdk.sh), runs the conformance kit and validates the pack with
/// the host. Slow (several builds and a restore): it is the only test of its kind and runs once per test run.
/// </summary>
public sealed class PackTemplateTests : IDisposable
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(15);
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "platform-author-" + Guid.NewGuid().ToString("N"));

    public PackTemplateTests() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_outside, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void A_pack_made_from_the_template_outside_the_repository_passes_its_conformance_tests_and_validates()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var feed = Path.Combine(Repository.Root, "artifacts", "packages");
        Run(Repository.Root, "bash", "scripts/pack-sdk.sh", "--no-build", "-c", configuration);
        Assert.Contains(Directory.GetFiles(feed), f => Path.GetFileName(f) == $"Platform.Sdk.Testing.{SdkVersion}.nupkg");

        // The template engine's own store, so the machine's installed templates are left alone.
        var hive = Path.Combine(_outside, "template-hive");
        Run(_outside, "dotnet", "new", "install", Path.Combine(Repository.Root, "templates", "platform-pack"), "--debug:custom-hive", hive);
        Run(_outside, "dotnet", "new", "platform-pack", "-n", "HaTinh", "--province", "ha-tinh", "--provinceName", "Hà Tĩnh",
            "--feed", feed, "-o", "HaTinh", "--debug:custom-hive", hive);
        var author = Path.Combine(_outside, "HaTinh");
        Assert.False(File.Exists(Path.Combine(author, "Directory.Build.props")));

        var tests = Run(author, "dotnet", "test", "Platform.Packs.HaTinh.Tests", "-nologo");
        Assert.Contains("Passed!", tests, StringComparison.Ordinal);

        var built = Path.Combine(author, "Platform.Packs.HaTinh", "bin", "Debug", "net10.0");
        Assert.False(File.Exists(Path.Combine(built, "Platform.Sdk.dll")), "The host supplies the Sdk; the pack's folder must not hold a copy.");
        var host = Path.Combine(Repository.Root, "src", "Platform.Web", "bin", configuration, "net10.0");
        var validation = Run(host, "dotnet", "Platform.Web.dll", "pack", "validate", built);
        Assert.Contains("The pack loads: Platform.Packs.HaTinh 1.0.0 — Hà Tĩnh (ha-tinh)", validation, StringComparison.Ordinal);
        Assert.Contains("Reporting.Stages[co-quan-thuong-truc].Article: Điều 7.1", validation, StringComparison.Ordinal);
        Assert.Contains("co-quan-thuong-truc  hạn / due", validation, StringComparison.Ordinal);
    }

    private static string SdkVersion => typeof(Platform.Sdk.SdkInfo).Assembly.GetName().Version!.ToString(3);

    /// <summary>Runs a step as an author would, with a package folder of its own (a stale cached Sdk cannot answer for the fresh one).</summary>
    private string Run(string folder, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (folder.StartsWith(_outside, StringComparison.Ordinal))
        {
            start.Environment["NUGET_PACKAGES"] = Path.Combine(_outside, "nuget-packages");
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(StepLimit))
        {
            process.Kill(entireProcessTree: true);
        }

        var all = output + error.Result;
        Assert.True(process.HasExited && process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed in {folder}:{Environment.NewLine}{all}");
        return all;
    }
}
