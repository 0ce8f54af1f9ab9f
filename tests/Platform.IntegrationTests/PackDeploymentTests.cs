using System.Net;
using Platform.Testing;
using Platform.Web.Packs;

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
    public async Task By_default_a_broken_pack_stops_the_host_naming_the_pack()
    {
        var host = new WithABrokenPack("Stop");
        await ((IAsyncLifetime)host).InitializeAsync();

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var load = error as PackLoadException ?? error.InnerException as PackLoadException;
        Assert.NotNull(load);
        Assert.Contains("SonLa: Thiếu tệp plugin.json. / plugin.json is missing.", load.Message, StringComparison.Ordinal);
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
