using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Platform.Web.Packs;

namespace Platform.Web.Tests;

/// <summary>
/// A broken pack is reported with its path and reason; by default the host then stops, and configured to skip, it
/// serves the good packs and names the broken ones.
/// </summary>
public sealed class PackLoadingTests : IDisposable
{
    private readonly PackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    private PackFailure OnlyFailure()
    {
        var catalog = PackCatalog.Load(_folders.Root, PackFailurePolicy.Skip);
        return Assert.Single(catalog.Scan.Failures);
    }

    [Fact]
    public void Both_built_packs_load_and_register_by_province_code()
    {
        _folders.CopyBuiltPack("DakLak");
        _folders.CopyBuiltPack("SonLa");

        var catalog = PackCatalog.Load(_folders.Root, PackFailurePolicy.Stop);

        Assert.Empty(catalog.Scan.Failures);
        Assert.Equal("Ban Chỉ đạo 1287", catalog.Find("son-la")!.Committee.ShortName);
        Assert.Equal("Đắk Lắk", catalog.Find("dak-lak")!.Name);
        Assert.Null(catalog.Find("ha-giang"));
    }

    [Fact]
    public void A_pack_without_a_manifest_is_reported_with_its_path()
    {
        var folder = _folders.CopyBuiltPack("SonLa");
        File.Delete(Path.Combine(folder, "plugin.json"));

        var failure = OnlyFailure();

        Assert.Equal(folder, failure.Path);
        Assert.Equal("plugin.json", failure.File);
        Assert.Contains("plugin.json is missing", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_that_is_not_json_is_reported()
    {
        var folder = _folders.CopyBuiltPack("SonLa");
        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{ id: ");

        Assert.Contains("plugin.json cannot be read", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_built_for_another_Sdk_major_is_refused()
    {
        var folder = _folders.CopyBuiltPack("SonLa");
        PackFolders.EditManifest(folder, "supportedSdk", "[2.0,3.0)");

        var failure = OnlyFailure();

        Assert.Equal(folder, failure.Path);
        Assert.Equal("plugin.json", failure.File);
        Assert.Contains("supports Sdk [2.0.0,3.0.0); the host implements Sdk " + Platform.Sdk.SdkInfo.Version.ToString(3), failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_naming_a_missing_entry_type_is_refused()
    {
        var folder = _folders.CopyBuiltPack("SonLa");
        PackFolders.EditManifest(folder, "entryType", "Platform.Packs.SonLa.Missing");

        Assert.Contains("No type 'Platform.Packs.SonLa.Missing'", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_type_that_is_not_a_pack_is_refused()
    {
        _folders.FixturePack("not-a-pack", "NotAPack");

        Assert.Contains("must be a concrete IProvincePack", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_type_that_throws_when_created_is_named_with_its_fault()
    {
        var folder = _folders.FixturePack("throws-on-create", "ThrowingConstructorPack");

        var failure = OnlyFailure();

        Assert.Equal(folder, failure.Path);
        Assert.Contains("'Platform.Packs.Broken.ThrowingConstructorPack' threw", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: cấu hình hỏng", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_type_that_throws_while_describing_is_named_with_its_fault()
    {
        _folders.FixturePack("throws-on-describe", "ThrowingDescribePack");

        Assert.Contains("NotSupportedException: thiếu dữ liệu", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_whose_structure_breaks_the_Sdk_rules_lists_the_problems()
    {
        _folders.FixturePack("two-heads", "TwoHeadsPack");

        Assert.Contains("exactly one Head seat (2 stated)", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_whose_reporting_chain_cannot_hold_is_refused_naming_the_stage_and_article_not_corrected()
    {
        var folder = _folders.FixturePack("impossible-chain", "ImpossibleChainPack");

        var failure = OnlyFailure();

        Assert.Equal(folder, failure.Path);
        Assert.Equal("Platform.Packs.Broken.ImpossibleChainPack", failure.Member);
        // The compiling stage (Art. 12.2) is due before the members' reports it compiles (Art. 12.1).
        Assert.Contains(failure.Faults, f => f.Contains("stage 'tong-hop' (Art. 12.2) compiles 'thanh-vien' (Art. 12.1)", StringComparison.Ordinal));
        // The computed day (Art. 12.3) falls before its period starts; the host does not move it back.
        Assert.Contains(failure.Faults, f => f.Contains("stage 'du-kien' (Art. 12.3) is due on", StringComparison.Ordinal) && f.Contains("before its period", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_packs_for_one_province_are_refused_naming_the_first()
    {
        var first = _folders.CopyBuiltPack("SonLa", "a-son-la");
        var second = _folders.CopyBuiltPack("SonLa", "b-son-la-again");

        var catalog = PackCatalog.Load(_folders.Root, PackFailurePolicy.Skip);

        Assert.NotNull(catalog.Find("son-la"));
        var failure = Assert.Single(catalog.Scan.Failures);
        Assert.Equal(second, failure.Path);
        Assert.Contains($"already supplied by {first}", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_assembly_is_reported_not_fatal_to_the_process()
    {
        var folder = _folders.CopyBuiltPack("SonLa");
        File.WriteAllBytes(Path.Combine(folder, "Platform.Packs.SonLa.dll"), [0x4D, 0x5A, 0x00, 0x01, 0x02, 0x03]);

        var failure = OnlyFailure();

        Assert.Equal(folder, failure.Path);
        Assert.Equal("Platform.Packs.SonLa.dll", failure.File);
        Assert.Contains("Platform.Packs.SonLa.dll cannot be loaded", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_naming_another_province_than_the_pack_describes_is_refused()
    {
        var folder = _folders.CopyBuiltPack("SonLa");
        PackFolders.EditManifest(folder, "province", "dien-bien");

        Assert.Contains("plugin.json names 'dien-bien' but the pack describes 'son-la'", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_page_outside_its_own_province_is_refused()
    {
        _folders.FixturePack("impostor", "FixturePack");

        Assert.Contains("must live under /tinh-thu/: /son-la/gia-mao", OnlyFailure().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_the_host_stops_and_names_every_broken_pack()
    {
        _folders.CopyBuiltPack("DakLak");
        var broken = _folders.CopyBuiltPack("SonLa");
        File.Delete(Path.Combine(broken, "plugin.json"));

        var error = Assert.Throws<PackLoadException>(() => PackCatalog.Load(_folders.Root, PackFailurePolicy.Stop));

        Assert.Contains(broken, error.Message, StringComparison.Ordinal);
        Assert.Contains("Plugins:OnFailure=Stop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipping_serves_the_good_packs_and_keeps_the_failures()
    {
        _folders.CopyBuiltPack("DakLak");
        _folders.FixturePack("throws", "ThrowingDescribePack");

        var catalog = PackCatalog.Load(_folders.Root, PackFailurePolicy.Skip);

        Assert.Equal(["dak-lak"], catalog.Provinces.Select(p => p.Code.Value));
        Assert.Single(catalog.Scan.Failures);
    }

    [Fact]
    public void Each_broken_pack_is_logged_on_one_line_with_its_folder_file_and_reason()
    {
        _folders.CopyBuiltPack("DakLak");
        var folder = _folders.FixturePack("throws-on-describe", "ThrowingDescribePack");
        var log = new LineLog();

        PackCatalog.Load(_folders.Root, PackFailurePolicy.Skip, log);

        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Null(entry.Exception);
        Assert.DoesNotContain('\n', entry.Message);
        Assert.Contains($"skipped (Plugins:OnFailure=Skip): folder {folder}, file Platform.Packs.Broken.dll: ", entry.Message, StringComparison.Ordinal);
        Assert.Contains("NotSupportedException: thiếu dữ liệu", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_stopped_by_a_broken_pack_prints_one_line_for_it_and_no_stack_trace()
    {
        _folders.CopyBuiltPack("DakLak");
        var folder = _folders.FixturePack("throws-on-describe", "ThrowingDescribePack");

        var (exitCode, output) = await RunHostAsync(_folders.Root);

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.Contains(folder, StringComparison.Ordinal));
        Assert.Contains($"broken (Plugins:OnFailure=Stop): folder {folder}, file Platform.Packs.Broken.dll: ", line, StringComparison.Ordinal);
        Assert.Contains("NotSupportedException: thiếu dữ liệu", line, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("the host stops (Plugins:OnFailure=Stop;", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    /// <summary>Runs <c>dotnet Platform.Web.dll</c> on a plugins folder, as an operator would, and returns what it printed.</summary>
    private static async Task<(int ExitCode, string Output)> RunHostAsync(string pluginsFolder)
    {
        var host = typeof(PackCatalog).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [host, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(host)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Plugins__Path"] = pluginsFolder,
                ["Plugins__OnFailure"] = "Stop",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // Never reached: the packs are loaded before anything connects.
                ["ConnectionStrings__Platform"] = "Host=127.0.0.1;Port=1;Username=nobody",
            },
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, output + await errors);
    }

    /// <summary>Keeps what was logged, one entry per call.</summary>
    private sealed class LineLog : ILogger
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
