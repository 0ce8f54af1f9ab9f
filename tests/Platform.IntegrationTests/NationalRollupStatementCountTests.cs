using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Security;
using Platform.Identity.Access;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The roll-up reads a fixed number of statements whatever the number of provinces (issue 17): on a deployment of 34
/// provinces — Đắk Lắk, Sơn La and 32 copies of the test pack, each copy given its own code and name as data (a
/// <c>province.txt</c> beside the copied assembly, with a plugin.json naming the same code), none of them shipped —
/// the page for a ministry viewer reading all 34 costs what it costs for an account reading 3, and for 1.
/// </summary>
public sealed class NationalRollupStatementCountTests(NationalRollupStatementCountTests.ThirtyFourProvinces host)
    : IClassFixture<NationalRollupStatementCountTests.ThirtyFourProvinces>
{
    /// <summary>Đắk Lắk, Sơn La, the test pack as "thu-nghiem" and 31 more copies of it ("thu-nghiem-02" …).</summary>
    public sealed class ThirtyFourProvinces : MeetingHost
    {
        public const int Count = 34;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-34-provinces-" + Guid.NewGuid().ToString("N"));

        public ThirtyFourProvinces()
        {
            foreach (var pack in new[] { "DakLak", "SonLa" })
            {
                Copy(Path.Combine(Repository.PluginsFolder, pack), Path.Combine(_folder, pack));
            }

            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            var testPack = Path.Combine(Repository.Root, "tests", "Fixtures", "Platform.Packs.WorkingGroups", "bin", configuration, "net10.0");
            Copy(testPack, Path.Combine(_folder, "WorkingGroups"));
            var manifest = File.ReadAllText(Path.Combine(testPack, "plugin.json"));
            for (var n = 2; n <= Count - 2; n++)
            {
                var code = $"thu-nghiem-{n:00}";
                var target = Path.Combine(_folder, "WorkingGroups" + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                Copy(testPack, target);
                File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.Replace("\"thu-nghiem\"", $"\"{code}\"", StringComparison.Ordinal));
                File.WriteAllText(Path.Combine(target, "province.txt"), $"{code}|Tỉnh Thử nghiệm số {n}");
            }
        }

        protected override string PluginsFolder => _folder;

        private static void Copy(string source, string target)
        {
            if (!Directory.Exists(source))
            {
                throw new DirectoryNotFoundException($"{source} is missing: build the solution first (./test.sh does).");
            }

            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination, overwrite: true);
            }
        }
    }

    private const string Page = "/quoc-gia";

    /// <summary>A member of each of <paramref name="provinces"/>, made the first time it is asked for.</summary>
    private async Task<HttpClient> SignInReadingAsync(string userName, params string[] provinces)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var account = new Account { UserName = userName, DisplayName = "Đọc nhiều tỉnh (thử)", LockoutEnabled = true };
                var created = await users.CreateAsync(account, Testing.DemoAccounts.Password);
                Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
                var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
                foreach (var province in provinces)
                {
                    db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = account.Id, Province = province, Role = Roles.Of(ProvinceRole.Member) });
                }

                await db.SaveChangesAsync();
            }
        }

        return await host.SignInAsync(userName);
    }

    private async Task<(int Statements, int Lines)> ReadAsync(HttpClient client)
    {
        await client.GetAsync(Page); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(Page);
        var statements = host.Sql.Count;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await Html.ParseAsync(response)).QuerySelectorAll("table.national-rollup tbody tr").Length;
        return (statements, lines);
    }

    [Fact]
    public async Task The_rollup_reads_as_many_statements_for_34_provinces_as_for_3_and_for_1()
    {
        var ministry = await host.SignInAsync("ministry.viewer");
        var three = await SignInReadingAsync("ba.tinh", "dak-lak", "son-la", "thu-nghiem-17");
        var one = await host.SignInAsync("son-la.member");

        var all = await ReadAsync(ministry);
        var some = await ReadAsync(three);
        var single = await ReadAsync(one);

        Assert.Equal(ThirtyFourProvinces.Count, all.Lines);
        Assert.Equal(3, some.Lines);
        Assert.Equal(1, single.Lines);
        Assert.True(single.Statements > 0, $"the page read nothing ({single.Statements}): the counter is not wired to the host");
        Assert.Equal(some.Statements, all.Statements);
        Assert.Equal(single.Statements, some.Statements);
    }
}
