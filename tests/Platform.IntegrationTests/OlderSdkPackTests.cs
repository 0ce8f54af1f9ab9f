using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Sdk 1.2 is additive: a pack built against Sdk 1.1.0 and never rebuilt (tests/Fixtures/Sdk11Pack, a binary) loads
/// unchanged beside today's packs and is served — its province, its rules and its own page.
/// </summary>
public sealed class OlderSdkPackTests
{
    /// <summary>The host with Đắk Lắk's pack and the Sdk 1.1 binary fixture.</summary>
    public sealed class WithASdk11Pack : PlatformFactory
    {
        private readonly string _folder = Folder();

        protected override string PluginsFolder => _folder;

        private static string Folder()
        {
            var root = Path.Combine(Path.GetTempPath(), "platform-sdk11-" + Guid.NewGuid().ToString("N"));
            Copy(Path.Combine(Repository.PluginsFolder, "DakLak"), Path.Combine(root, "DakLak"));
            Copy(Path.Combine(Repository.Root, "tests", "Fixtures", "Sdk11Pack"), Path.Combine(root, "Sdk11Pack"), topOnly: true);
            return root;
        }

        private static void Copy(string source, string target, bool topOnly = false)
        {
            foreach (var file in Directory.GetFiles(source, "*", topOnly ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
    }

    [Fact]
    public async Task A_pack_built_against_Sdk_1_1_is_served_with_its_page_and_rules()
    {
        await using var host = new WithASdk11Pack();
        await ((IAsyncLifetime)host).InitializeAsync();
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

        var home = await Html.GetAsync(client, "/");
        Assert.Contains("/tinh-sdk-cu", home.QuerySelectorAll(".province-list a").Select(a => a.GetAttribute("href")));
        var page = await Html.GetAsync(client, "/tinh-sdk-cu/quy-che");
        Assert.Contains("gói dựng với Sdk 1.1", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tinh-sdk-cu/members")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dak-lak/members")).StatusCode);
        await ((IAsyncLifetime)host).DisposeAsync();
    }
}
