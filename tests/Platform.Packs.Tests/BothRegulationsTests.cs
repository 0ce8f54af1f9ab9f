using System.Text.Json;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;
using DakLakPage = Platform.Packs.DakLak.Pages.DakLak.RegulationSummary;
using SonLaPage = Platform.Packs.SonLa.Pages.SonLa.RegulationSummary;

namespace Platform.Packs.Tests;

/// <summary>What holds for every pack: references that exist in the regulation, honest demo data, a page that matches.</summary>
public sealed class BothRegulationsTests
{
    /// <summary>
    /// The shape of each regulation: for each "article.clause", its last point letter, or "" when the clause has none.
    /// An article without clauses (Art. 3 in both) has no entry of its own.
    /// </summary>
    private static readonly Dictionary<string, (int Articles, Dictionary<string, string> Clauses)> Shape = new()
    {
        ["son-la"] = (13, Clauses(
            (1, 2), (2, 4), (4, 5), (5, 4), (6, 5), (7, 5), (8, 3), (9, 2), (10, 5), (11, 4), (12, 7), (13, 2))
            .With("9.1", "g").With("9.2", "e")),
        ["dak-lak"] = (14, Clauses(
            (1, 2), (2, 4), (4, 5), (5, 2), (6, 6), (7, 3), (8, 6), (9, 3), (10, 4), (11, 2), (12, 3), (13, 2), (14, 4))
            .With("5.2", "c").With("7.1", "e").With("7.2", "e").With("7.3", "e")),
    };

    private const string VietnamesePoints = "abcdđeghiklmn";

    public static TheoryData<string> Provinces => new() { "son-la", "dak-lak" };

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Every_duty_cites_an_article_of_its_regulation(string province)
    {
        var d = Packs.ByCode(province);
        var (articles, clauses) = Shape[province];
        var cited = Citations(d).ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, c =>
        {
            Assert.InRange(c.Article.Article, 1, articles);
            if (c.Article.Clause is { } clause)
            {
                Assert.True(clauses.TryGetValue($"{c.Article.Article}.{clause}", out var lastPoint), $"{c.Where} cites {c.Article}, a clause the regulation does not have.");
                if (c.Article.Point is { } point)
                {
                    Assert.True(lastPoint.Length > 0 && VietnamesePoints.IndexOf(point, StringComparison.Ordinal) <= VietnamesePoints.IndexOf(lastPoint, StringComparison.Ordinal),
                        $"{c.Where} cites {c.Article}, a point the regulation does not have.");
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Every_seat_and_body_has_duties_and_none_is_stated_twice(string province)
    {
        var d = Packs.ByCode(province);
        var owners = d.Seats.Select(s => (s.Key, s.Duties)).Concat(d.Bodies.Select(b => (b.Key, b.Duties)));
        Assert.All(owners, o =>
        {
            Assert.NotEmpty(o.Duties);
            Assert.Equal(o.Duties.Count, o.Duties.Distinct().Count());
            Assert.All(o.Duties, x => Assert.False(string.IsNullOrWhiteSpace(x.Text)));
        });
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Every_demo_person_is_marked_demo(string province)
    {
        var demo = Packs.ByCode(province).DemoAppointments;
        Assert.NotEmpty(demo);
        Assert.All(demo, a =>
        {
            Assert.EndsWith(" (demo)", a.PersonName, StringComparison.Ordinal);
            Assert.Contains("DEMO", a.Decision.Number, StringComparison.Ordinal);
            Assert.Contains("demo", a.Decision.Title, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void Every_seat_that_exists_today_has_a_demo_holder(string province)
    {
        var d = Packs.ByCode(province);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var held = d.DemoAppointments.Select(a => a.SeatKey).ToHashSet();
        Assert.All(d.Seats.Where(s => s.ExistsOn(today)), s => Assert.Contains(s.Key, held));
    }

    [Fact]
    public void Son_La_district_chair_demo_holder_sits_from_the_reform_until_the_seat_ends()
    {
        var d = Packs.SonLa;
        var holder = Assert.Single(d.DemoAppointments, a => a.SeatKey == "chu-tich-ubnd-cap-huyen");
        Assert.Equal(new DateOnly(2025, 6, 3), holder.From);
        Assert.Equal(new DateOnly(2025, 6, 30), d.Seat("chu-tich-ubnd-cap-huyen").ValidUntil);
    }

    [Fact]
    public void Each_regulation_page_lists_every_article_in_order_and_cites_the_packs_decision()
    {
        AssertPage(SonLaPage.SonLa.Articles.Select(a => a.Number), SonLaPage.SonLa.Regulation, Packs.SonLa, 13);
        AssertPage(DakLakPage.DakLak.Articles.Select(a => a.Number), DakLakPage.DakLak.Regulation, Packs.DakLak, 14);
    }

    [Theory]
    [InlineData("SonLa", "son-la", typeof(Platform.Packs.SonLa.SonLaPack))]
    [InlineData("DakLak", "dak-lak", typeof(Platform.Packs.DakLak.DakLakPack))]
    public void Each_manifest_names_its_province_and_entry_type(string folder, string province, Type entry)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "plugins", folder, "plugin.json")));
        Assert.Equal(province, manifest.RootElement.GetProperty("province").GetString());
        Assert.Equal(entry.FullName, manifest.RootElement.GetProperty("entryType").GetString());
        Assert.Equal(province, Packs.ByCode(province).Code.Value);
    }

    /// <summary>Every place a pack cites its regulation: seats, bodies, their duties and seals, indices, meeting rules.</summary>
    private static IEnumerable<(string Where, ArticleRef Article)> Citations(ProvinceDefinition d)
    {
        foreach (var seat in d.Seats)
        {
            yield return (seat.Key, seat.Article);
            foreach (var duty in seat.Duties)
            {
                yield return (seat.Key, duty.Article);
            }

            if (seat.Seal is { } seal)
            {
                yield return (seat.Key, seal.Article);
            }
        }

        foreach (var body in d.Bodies)
        {
            yield return (body.Key, body.Article);
            foreach (var duty in body.Duties)
            {
                yield return (body.Key, duty.Article);
            }

            if (body.Seal is { } seal)
            {
                yield return (body.Key, seal.Article);
            }
        }

        foreach (var index in d.Indices)
        {
            yield return (index.Key, index.Article);
        }

        foreach (var (where, article) in MeetingCitations(d.Meetings))
        {
            yield return ($"meetings: {where}", article);
        }
    }

    /// <summary>Every article the pack's meeting rules cite.</summary>
    private static IEnumerable<(string Where, ArticleRef Article)> MeetingCitations(MeetingRules m)
    {
        if (m.FormsArticle is { } forms)
        {
            yield return ("forms", forms);
        }

        foreach (var regular in m.Regular)
        {
            yield return (regular.Kind.ToString(), regular.Article);
        }

        yield return ("chair", m.Chair.Article);
        yield return ("absence", m.Absence.Article);
        if (m.Absence.NoticeArticle is { } notice)
        {
            yield return ("absence notice", notice);
        }

        if (m.Substitute is { } substitute)
        {
            yield return ("substitute", substitute.Article);
        }

        if (m.Extraordinary is { } extraordinary)
        {
            yield return ("extraordinary", extraordinary.Article);
        }

        if (m.Guests is { } guests)
        {
            yield return ("guests", guests.Article);
        }

        if (m.Conclusions is { } conclusions)
        {
            yield return ("conclusion draft", conclusions.DraftArticle);
            yield return ("conclusion recipients", conclusions.RecipientsArticle);
        }
    }

    private static void AssertPage(IEnumerable<int> numbers, DecisionRef shown, ProvinceDefinition d, int articles)
    {
        Assert.Equal(Enumerable.Range(1, articles), numbers);
        Assert.Equal(d.Committee.Regulation, shown);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Platform.sln not found above the test output.");
    }

    private static Dictionary<string, string> Clauses(params (int Article, int Count)[] articles) =>
        articles.SelectMany(a => Enumerable.Range(1, a.Count).Select(c => $"{a.Article}.{c}"))
            .ToDictionary(k => k, _ => string.Empty);
}

internal static class ShapeExtensions
{
    public static Dictionary<string, string> With(this Dictionary<string, string> clauses, string clause, string lastPoint)
    {
        clauses[clause] = lastPoint;
        return clauses;
    }
}
