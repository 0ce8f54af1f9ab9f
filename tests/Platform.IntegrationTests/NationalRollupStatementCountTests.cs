using Microsoft.Extensions.DependencyInjection;
using Platform.National.Services;
using Platform.Sdk.Structure;
using Platform.Testing;
using Platform.Web.Packs;

namespace Platform.IntegrationTests;

/// <summary>
/// The roll-up reads a fixed number of statements whatever the number of provinces (issue 17): the figures of 34
/// provinces cost what those of 3 cost. The 31 extra provinces are test data, never shipped: copies of the test pack's
/// folder, each given its code and name by a <c>province.txt</c> beside the copied assembly (and a plugin.json naming
/// the same code), loaded through the host's own pack loader — manifest, Sdk range, the definition's checks — and
/// given the test pack's meetings and notices as rows of their own. They are handed to the roll-up beside the three
/// provinces the host serves rather than served by a second host: the host keys each pack's wording by its assembly's
/// name, so it serves one copy of an assembly, not 32.
/// </summary>
public sealed class NationalRollupStatementCountTests(WorkingGroupPackTests.WithTheTestPack host, NationalRollupStatementCountTests.ExtraProvinces extra)
    : IClassFixture<WorkingGroupPackTests.WithTheTestPack>, IClassFixture<NationalRollupStatementCountTests.ExtraProvinces>
{
    /// <summary>31 copies of the test pack, "thu-nghiem-04" to "thu-nghiem-34", loaded as the host loads a pack.</summary>
    public sealed class ExtraProvinces : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-extra-provinces-" + Guid.NewGuid().ToString("N"));

        public ExtraProvinces()
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            var testPack = Path.Combine(Repository.Root, "tests", "Fixtures", "Platform.Packs.WorkingGroups", "bin", configuration, "net10.0");
            var manifest = File.ReadAllText(Path.Combine(testPack, "plugin.json"));
            var loaded = new List<ProvinceDefinition>();
            for (var n = 4; n <= 34; n++)
            {
                var code = $"thu-nghiem-{n:00}";
                var target = Path.Combine(_folder, code);
                foreach (var file in Directory.GetFiles(testPack, "*", SearchOption.AllDirectories))
                {
                    var destination = Path.Combine(target, Path.GetRelativePath(testPack, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Copy(file, destination, overwrite: true);
                }

                File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.Replace("\"thu-nghiem\"", $"\"{code}\"", StringComparison.Ordinal));
                File.WriteAllText(Path.Combine(target, "province.txt"), $"{code}|Tỉnh Thử nghiệm số {n}");
                var (pack, failure) = PackLoader.LoadFolder(target);
                Assert.True(failure is null, failure?.ToString());
                loaded.Add(pack!.Definition);
            }

            Provinces = loaded;
        }

        public IReadOnlyList<ProvinceDefinition> Provinces { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }

    private static readonly string[] Copied = ["hop-dinh-ky", "thong-bao-ket-luan"];

    [Fact]
    public async Task The_rollup_reads_as_many_statements_for_34_provinces_as_for_3()
    {
        var served = host.Services.GetRequiredService<Core.Tenancy.IProvinceCatalog>().Provinces;
        await using var scope = host.Services.CreateAsyncScope();
        var rollup = scope.ServiceProvider.GetRequiredService<NationalRollup>();
        var quarters = NationalRollup.QuartersEnding(rollup.CurrentQuarter, 8);
        await CopyTheTestPacksMeetingsAsync(extra.Provinces);
        IReadOnlyList<ProvinceDefinition> all = [.. served, .. extra.Provinces];
        Assert.Equal(3, served.Count);
        Assert.Equal(34, all.Count);
        Assert.Equal(34, all.Select(p => p.Code.Value).Distinct().Count());

        await rollup.ReadAsync(served, quarters, default); // warm: the first query compiles
        host.Sql.Reset();
        var three = await rollup.ReadAsync(served, quarters, default);
        var threeStatements = host.Sql.Count;
        host.Sql.Reset();
        var thirtyFour = await rollup.ReadAsync(all, quarters, default);
        var thirtyFourStatements = host.Sql.Count;

        Assert.True(threeStatements > 0, $"the roll-up read nothing ({threeStatements}): the counter is not wired to the host");
        Assert.Equal(threeStatements, thirtyFourStatements);
        // Every extra province was read, each by its own (copied) regulation: its figures are the test pack's.
        foreach (var quarter in quarters)
        {
            var original = thirtyFour.Lines(quarter).Single(l => l.Province.Code.Value == "thu-nghiem");
            Assert.Equal(three.Lines(quarter).Single(l => l.Province.Code.Value == "thu-nghiem").Values.Values.Select(v => v.Detail ?? v.Value?.ToString()),
                original.Values.Values.Select(v => v.Detail ?? v.Value?.ToString()));
            foreach (var line in thirtyFour.Lines(quarter).Where(l => l.Province.Code.Value.StartsWith("thu-nghiem-", StringComparison.Ordinal)))
            {
                Assert.Equal(original.Values.Keys.Order(), line.Values.Keys.Order());
                // The meetings' figures, whose rows were copied: the other modules' data (the pack's demo index results…) was not.
                Assert.Equal(
                    original.Values.Values.Where(v => Copied.Contains(v.Figure)).Select(v => (v.Figure, v.Value, v.Detail)),
                    line.Values.Values.Where(v => Copied.Contains(v.Figure)).Select(v => (v.Figure, v.Value, v.Detail)));
            }
        }

        Assert.Contains(thirtyFour.Lines(quarters[^2]), l => l.Province.Code.Value == "thu-nghiem-34" && l["hop-dinh-ky"]?.Value is not null);
    }

    /// <summary>Gives each extra province the test pack's meetings and issued notices, as rows of its own.</summary>
    private async Task CopyTheTestPacksMeetingsAsync(IReadOnlyList<ProvinceDefinition> provinces)
    {
        var codes = string.Join(", ", provinces.Select(p => $"'{p.Code.Value}'"));
        await host.Database.ExecuteAsync($"""
            delete from meetings.notices where province in ({codes});
            delete from meetings.meetings where province in ({codes});
            insert into meetings.meetings (id, province, kind, title, mode, location, starts_at, duration_minutes, status, chair_seat_key, takes_opinions, created_by, created_at, period_kind, period_year, period_number)
            select gen_random_uuid(), p.code, m.kind, m.title, m.mode, m.location, m.starts_at, m.duration_minutes, m.status, m.chair_seat_key, m.takes_opinions, m.created_by, m.created_at, m.period_kind, m.period_year, m.period_number
            from meetings.meetings m cross join unnest(array[{codes}]) p(code) where m.province = 'thu-nghiem';
            insert into meetings.notices (id, province, meeting_id, number, date, signer, status, drafted_by, drafted_at, issued_by, issued_at)
            select gen_random_uuid(), p.code, c.id, n.number, n.date, n.signer, n.status, n.drafted_by, n.drafted_at, n.issued_by, n.issued_at
            from meetings.notices n join meetings.meetings o on o.id = n.meeting_id
            cross join unnest(array[{codes}]) p(code)
            join meetings.meetings c on c.province = p.code and c.starts_at = o.starts_at and c.kind = o.kind and c.title = o.title
            where n.province = 'thu-nghiem';
            """);
    }
}
