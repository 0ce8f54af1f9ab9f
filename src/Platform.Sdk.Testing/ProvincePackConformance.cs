using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Sdk.Structure;
using Xunit;

namespace Platform.Sdk.Testing;

/// <summary>
/// Checks any province pack for what the host and officials rely on beyond the Sdk's own rules: a manifest that
/// matches the pack, articles that exist in the regulation, Vietnamese stored in one normal form, stable keys,
/// and demo data that fills today's seats and is marked as demo. Derive one class per pack:
/// <code>public sealed class SonLaConformance() : ProvincePackConformance&lt;SonLaPack&gt;(13, "plugins/SonLa/plugin.json");</code>
/// </summary>
/// <typeparam name="TPack">The pack's entry type.</typeparam>
public abstract partial class ProvincePackConformance<TPack>
    where TPack : IProvincePack, new()
{
    private readonly int _articles;
    private readonly string _manifestPath;

    /// <param name="regulationArticleCount">How many articles the pack's regulation has.</param>
    /// <param name="manifestPath">The pack's <c>plugin.json</c>, absolute or relative to a folder above the test's output (the repository, or the folder the template made).</param>
    protected ProvincePackConformance(int regulationArticleCount, string manifestPath)
    {
        _articles = regulationArticleCount;
        _manifestPath = manifestPath;
        var builder = new ProvincePackBuilder();
        new TPack().Describe(builder);
        Definition = builder.Build();
    }

    /// <summary>The pack's definition, built and validated by the Sdk.</summary>
    protected ProvinceDefinition Definition { get; }

    /// <summary>The day the demo data is checked against; today unless a pack needs another.</summary>
    protected virtual DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>The manifest names this pack's entry type and province, and a Sdk range that includes this Sdk.</summary>
    [Fact]
    public void The_manifest_matches_the_pack()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(ResolveManifest()));
        var root = manifest.RootElement;

        Assert.Equal(typeof(TPack).FullName, root.GetProperty("entryType").GetString());
        Assert.Equal(Definition.Code.Value, root.GetProperty("province").GetString());
        Assert.Equal(typeof(TPack).Assembly.GetName().Name + ".dll", root.GetProperty("assembly").GetString());
        var range = root.GetProperty("supportedSdk").GetString()!;
        Assert.Matches(SdkRangeShape(), range);
        Assert.StartsWith($"[{SdkInfo.Version.Major}.", range, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every article cited anywhere in the pack — seats, bodies, duties, seals, indices, meeting, task and reporting
    /// rules — exists in the regulation; a failure names each member and the article it cites.
    /// </summary>
    [Fact]
    public void Every_cited_article_exists_in_the_regulation()
    {
        var outside = Citations.Of(Definition).Where(c => c.Article.Article > _articles).Select(c => $"{c.Member} cites {c.Article.ToVietnamese()}").ToList();
        Assert.True(outside.Count == 0,
            $"Quy chế có {_articles} điều; các mục sau dẫn điều không có / The regulation has {_articles} articles; these members cite one it does not have: " +
            string.Join("; ", outside));
    }

    /// <summary>Every seat and body states at least one duty, and no duty is blank.</summary>
    [Fact]
    public void Every_seat_and_body_has_duties_and_none_is_blank()
    {
        var without = Definition.Seats.Where(s => s.Duties.Count == 0).Select(s => s.Key)
            .Concat(Definition.Bodies.Where(b => b.Duties.Count == 0).Select(b => b.Key)).ToList();
        Assert.True(without.Count == 0, "No duties stated for: " + string.Join(", ", without));
        Assert.DoesNotContain(Definition.Seats.SelectMany(s => s.Duties).Concat(Definition.Bodies.SelectMany(b => b.Duties)), d => string.IsNullOrWhiteSpace(d.Text));
    }

    /// <summary>Vietnamese text is stored composed (NFC), so that search and equality work whatever keyboard typed it.</summary>
    [Fact]
    public void Vietnamese_text_is_in_composed_form()
    {
        var texts = new[] { Definition.Name, Definition.Committee.FullName, Definition.Committee.ShortName }
            .Concat(Definition.Agencies.Select(a => a.Name))
            .Concat(Definition.Bodies.Select(b => b.Name))
            .Concat(Definition.Seats.Select(s => s.Office))
            .Concat(Definition.Seats.SelectMany(s => s.Duties).Concat(Definition.Bodies.SelectMany(b => b.Duties)).Select(d => d.Text));
        var decomposed = texts.Where(t => !t.IsNormalized(NormalizationForm.FormC)).ToList();
        Assert.True(decomposed.Count == 0, "Not NFC: " + string.Join(" | ", decomposed));
    }

    /// <summary>Keys are stable ASCII slugs: they are stored and appear in URLs.</summary>
    [Fact]
    public void Keys_are_ascii_slugs()
    {
        var keys = Definition.Agencies.Select(a => a.Key).Concat(Definition.Bodies.Select(b => b.Key))
            .Concat(Definition.Seats.Select(s => s.Key)).Concat(Definition.Portfolios.Select(p => p.Key));
        Assert.All(keys, key => Assert.Matches(Slug(), key));
    }

    /// <summary>A fresh install shows a full committee today, and nobody can mistake a demo person for a real one.</summary>
    [Fact]
    public void Demo_people_fill_todays_seats_and_are_marked_demo()
    {
        var seated = Definition.DemoAppointments.Select(d => d.SeatKey).ToHashSet(StringComparer.Ordinal);
        var empty = Definition.Seats.Where(s => s.ExistsOn(Today) && !seated.Contains(s.Key)).Select(s => s.Key).ToList();
        Assert.True(empty.Count == 0, "No demo holder for: " + string.Join(", ", empty));
        Assert.All(Definition.DemoAppointments, d => Assert.EndsWith("(demo)", d.PersonName, StringComparison.Ordinal));
    }

    // A relative path is looked for in each folder above the test's output: the repository root inside this
    // repository, the folder the platform-pack template made outside it.
    private string ResolveManifest()
    {
        if (Path.IsPathRooted(_manifestPath))
        {
            return _manifestPath;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, _manifestPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{_manifestPath} is not found in any folder above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^[\[(]\d+\.\d+(\.\d+)?,(\d+\.\d+(\.\d+)?)?[\])]$")]
    private static partial Regex SdkRangeShape();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
