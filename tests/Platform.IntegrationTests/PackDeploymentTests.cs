using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>A deployment serves exactly the packs in its plugins folder: removing a folder removes a province.</summary>
public sealed class PackDeploymentTests
{
    /// <summary>The host with a plugins folder that holds Đắk Lắk's pack only.</summary>
    public sealed class OnlyDakLak : PlatformFactory
    {
        private readonly string _folder = CopyPacks("DakLak");

        protected override string PluginsFolder => _folder;
    }

    /// <summary>The host with Đắk Lắk's pack and a broken copy of Sơn La's.</summary>
    public sealed class WithABrokenPack(string policy) : PlatformFactory
    {
        private readonly string _folder = BreakSonLa(CopyPacks("DakLak", "SonLa"));

        protected override string PluginsFolder => _folder;

        protected override string FailurePolicy => policy;

        private static string BreakSonLa(string folder)
        {
            File.Delete(Path.Combine(folder, "SonLa", "plugin.json"));
            return folder;
        }
    }

    [Fact]
    public async Task Deleting_a_packs_folder_removes_that_province_with_no_code_change()
    {
        await using var host = new OnlyDakLak();
        await ((IAsyncLifetime)host).InitializeAsync();
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

        var home = await Html.GetAsync(client, "/");
        Assert.Equal(["/dak-lak"], home.QuerySelectorAll(".province-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dak-lak/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/son-la")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/son-la/quy-che")).StatusCode);
        await ((IAsyncLifetime)host).DisposeAsync();
    }

    [Fact]
    public async Task By_default_a_broken_pack_stops_the_host_before_it_touches_the_database()
    {
        // What the stopping host prints (one line per broken pack, no stack trace) is PackLoadingTests' concern.
        var host = new WithABrokenPack("Stop");
        await ((IAsyncLifetime)host).InitializeAsync();

        Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Equal(0L, await host.Database.ScalarAsync<long>("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'committees'"));
        await ((IAsyncLifetime)host).DisposeAsync();
    }

    [Fact]
    public async Task Configured_to_skip_the_host_serves_the_good_packs()
    {
        var host = new WithABrokenPack("Skip");
        await ((IAsyncLifetime)host).InitializeAsync();
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dak-lak")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/son-la")).StatusCode);
        await ((IAsyncLifetime)host).DisposeAsync();
    }

    [Fact]
    public async Task Skipped_packs_are_listed_with_folder_file_and_reason_for_the_system_administrator_only()
    {
        var host = new WithABrokenPack("Skip");
        await ((IAsyncLifetime)host).InitializeAsync();
        var admin = await host.SignInAsync("admin");

        // Linked from the administrator's home page.
        var home = await Html.GetAsync(admin, "/");
        Assert.Contains("/admin/packs", home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        var page = await Html.GetAsync(admin, "/admin/packs");
        var skipped = Assert.Single(page.QuerySelectorAll("#skipped-packs tbody tr"));
        var cells = skipped.Children.Select(c => c.Text()).ToList();
        Assert.EndsWith(Path.DirectorySeparatorChar + "SonLa", cells[0], StringComparison.Ordinal);
        Assert.Equal("plugin.json", cells[1]);
        Assert.Equal("Thiếu tệp plugin.json. / plugin.json is missing.", cells[2]);
        Assert.Contains("Plugins:OnFailure=Skip", page.Text(), StringComparison.Ordinal);
        Assert.Equal(["Đắk Lắk"], page.QuerySelectorAll("#loaded-packs tbody th").Select(th => th.Text()));

        var secretariat = await host.SignInAsync(DemoAccounts.MultiSecretariat);
        var refused = await secretariat.GetAsync("/admin/packs");
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.DoesNotContain("/admin/packs", (await Html.GetAsync(secretariat, "/")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        await ((IAsyncLifetime)host).DisposeAsync();
    }

    private static string CopyPacks(params string[] packs)
    {
        var root = Path.Combine(Path.GetTempPath(), "platform-deploy-" + Guid.NewGuid().ToString("N"));
        foreach (var pack in packs)
        {
            var source = Path.Combine(Repository.PluginsFolder, pack);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, pack, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return root;
    }
}
