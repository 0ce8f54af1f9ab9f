using Platform.ArchitectureTests;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>
/// Each pack's pages read the dictionary the pack states through the Sdk (<c>pack.English(…)</c>, Sdk 1.3): every
/// Vietnamese text its pages look up has its English there.
/// </summary>
public sealed class PackWordingTests
{
    public static TheoryData<string, string> ShippedPacks() => new() { { "plugins/SonLa", "son-la" }, { "plugins/DakLak", "dak-lak" } };

    [Theory]
    [MemberData(nameof(ShippedPacks))]
    public void Every_text_a_packs_pages_look_up_has_its_English_in_the_packs_dictionary(string folder, string code)
    {
        var english = Packs.ByCode(code).English;
        var keys = WordingKeys.InFolder(Path.Combine(Root, folder)).ToList();

        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !english.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, $"{code}: {missing.Count} texts have no English:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void A_pack_that_states_no_wording_has_an_empty_dictionary_and_a_blank_English_is_refused()
    {
        Assert.Empty(new ProvinceDefinition(new("quang-ninh"), "Quảng Ninh", null!, [], [], [], [], [], []).English);

        var refused = Assert.Throws<Platform.Sdk.PackDefinitionException>(() =>
        {
            var builder = new Platform.Sdk.ProvincePackBuilder();
            new SonLa.SonLaPack().Describe(builder);
            builder.English(new Dictionary<string, string> { ["Quy chế hoạt động"] = " " });
            builder.Build();
        });
        Assert.Contains("The pack's English wording has a blank entry: 'Quy chế hoạt động'", refused.Message, StringComparison.Ordinal);
    }

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Platform.sln not found.");
        }
    }
}
