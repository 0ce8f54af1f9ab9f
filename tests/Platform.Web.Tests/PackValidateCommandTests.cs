using Platform.Testing;
using Platform.Web.Commands;
using Platform.Web.Packs;

namespace Platform.Web.Tests;

/// <summary>
/// <c>pack validate &lt;folder&gt;</c> loads one built pack as the host would, without a site or a database: exit 0 with
/// its structure, rules and deadlines, or exit 1 naming each fault's file and member.
/// </summary>
public sealed class PackValidateCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private readonly PackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    private static (int Exit, string Output) Validate(string folder)
    {
        using var output = new StringWriter();
        var exit = PackCommand.Run(["pack", "validate", folder], output, Today);
        return (exit, output.ToString());
    }

    [Fact]
    public void Son_La_validates_with_its_structure_rules_and_the_next_four_quarters_deadlines()
    {
        var (exit, output) = Validate(_folders.CopyBuiltPack("SonLa"));

        Assert.Equal(0, exit);
        Assert.Contains("The pack loads: Platform.Packs.SonLa", output, StringComparison.Ordinal);
        Assert.Contains("Ban Chỉ đạo 1287", output, StringComparison.Ordinal);
        Assert.Contains("Head truong-ban: Chủ tịch UBND tỉnh", output, StringComparison.Ordinal);
        Assert.Contains("Meetings.Absence.Article: Điều 9.2c", output, StringComparison.Ordinal);
        Assert.Contains("Reporting.Stages[thanh-vien].Article: Điều 12.4", output, StringComparison.Ordinal);
        // Sơn La, Art. 12.4: members report before the 10th of the quarter's last month; 09/12/2026 is a Wednesday.
        Assert.Contains("Quý IV/2026  thanh-vien  hạn / due 09/12/2026", output, StringComparison.Ordinal);
        Assert.Contains("Quý III/2027  thanh-vien", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Quý IV/2027", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_whose_definition_the_Sdk_refuses_exits_1_naming_file_member_and_fault()
    {
        var (exit, output) = Validate(_folders.FixturePack("hai-truong-ban", "TwoHeadsPack"));

        Assert.Equal(1, exit);
        Assert.Contains("The pack is refused", output, StringComparison.Ordinal);
        Assert.Contains(" - Platform.Packs.Broken.dll, Platform.Packs.Broken.TwoHeadsPack: ", output, StringComparison.Ordinal);
        Assert.Contains("head", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_folder_without_a_manifest_exits_1_naming_plugin_json()
    {
        var folder = _folders.CopyBuiltPack("DakLak");
        File.Delete(Path.Combine(folder, "plugin.json"));

        var (exit, output) = Validate(folder);

        Assert.Equal(1, exit);
        Assert.Contains(" - plugin.json: Thiếu tệp plugin.json. / plugin.json is missing.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_folder_it_prints_its_usage_and_exits_2()
    {
        using var output = new StringWriter();

        Assert.Equal(2, PackCommand.Run(["pack", "validate"], output, Today));
        Assert.Contains("usage: pack validate", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_built_against_Sdk_1_1_loads_unchanged_with_its_rules()
    {
        var folder = Path.Combine(_folders.Root, "Sdk11Pack");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests", "Fixtures", "Sdk11Pack")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var catalog = PackCatalog.Load(_folders.Root, PackFailurePolicy.Stop);

        var pack = Assert.Single(catalog.Packs);
        Assert.Equal(new Version(1, 1, 0, 0), pack.Assembly.GetReferencedAssemblies().Single(a => a.Name == "Platform.Sdk").Version);
        Assert.True(pack.Definition.Meetings.Stated);
        Assert.Equal("7.2", pack.Definition.Meetings.Absence.Article.ToString());
        Assert.Equal("thanh-vien", Assert.Single(pack.Definition.Reporting.Stages).Key);
        var (exit, output) = Validate(folder);
        Assert.Equal(0, exit);
        Assert.Contains("Quý IV/2026  thanh-vien  hạn / due 14/12/2026", output, StringComparison.Ordinal);
    }
}
