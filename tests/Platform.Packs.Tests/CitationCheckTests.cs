using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;
using Platform.Sdk.Testing;
using Xunit.Sdk;

namespace Platform.Packs.Tests;

/// <summary>
/// The conformance kit checks the articles cited by every part of a pack — meeting, task and reporting rules as well as
/// the structure — and names the member that cites an article the regulation does not have.
/// </summary>
public sealed class CitationCheckTests
{
    [Fact]
    public void An_absence_approver_citing_an_article_the_regulation_lacks_fails_naming_the_rule()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => new Kit<MisCitingPack>(10).Every_cited_article_exists_in_the_regulation());

        Assert.Contains("Meetings.Absence.Article cites Điều 15.2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Tasks.Monitoring cites Điều 12", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Reporting.Stages[thanh-vien].Article cites Điều 11.1", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Seats[truong-ban]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_pack_passes_with_a_regulation_long_enough()
    {
        new Kit<MisCitingPack>(15).Every_cited_article_exists_in_the_regulation();
    }

    [Fact]
    public void Son_La_cites_articles_from_its_structure_and_from_each_kind_of_rule()
    {
        var definition = Packs.SonLa;
        var members = Citations.Of(definition).Select(c => c.Member).ToList();

        Assert.Contains("Seats[truong-ban].Duties[0].Article", members);
        Assert.Contains(members, m => m.StartsWith("Meetings.Regular[", StringComparison.Ordinal));
        Assert.Contains("Meetings.Absence.Article", members);
        Assert.Contains("Tasks.Plan", members);
        Assert.Contains(members, m => m.StartsWith("Reporting.Stages[chuyen-de].Summary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_without_meeting_rules_cites_none_of_the_hosts_defaults()
    {
        var builder = new ProvincePackBuilder();
        MisCitingPack.Structure(builder);

        Assert.DoesNotContain(Citations.Of(builder.Build()), c => c.Member.StartsWith("Meetings", StringComparison.Ordinal));
    }

    /// <summary>The kit as a pack's test project derives it; not public, so the runner does not run it on its own.</summary>
    private sealed class Kit<TPack>(int articles) : ProvincePackConformance<TPack>(articles, "plugins/SonLa/plugin.json")
        where TPack : IProvincePack, new();

    /// <summary>A pack for a made-up ten-article regulation whose rules cite articles 11, 12 and 15.</summary>
    private sealed class MisCitingPack : IProvincePack
    {
        public static void Structure(ProvincePackBuilder pack)
        {
            pack.Province("tinh-thu", "Tỉnh Thử")
                .Committee("Ban Chỉ đạo thử", "BCĐ thử", new DecisionRef("1/QĐ", new DateOnly(2025, 1, 2), "Thành lập"), new DecisionRef("2/QĐ", new DateOnly(2025, 1, 3), "Quy chế"))
                .Agency("ubnd", "UBND tỉnh", AgencyKind.ProvincialPeoplesCommittee);
            pack.Body("ctt", BodyKind.StandingAgency, "Cơ quan thường trực", "8").LedBy("ubnd").General().Duty("8.1", "Tham mưu");
            pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Duty("4.1", "Chỉ đạo");
            pack.Seat("pho-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Duty("5.1", "Giúp Trưởng ban");
        }

        public void Describe(ProvincePackBuilder pack)
        {
            Structure(pack);
            pack.Meetings().AbsenceApprovedBy(Decider.Head, "15.2");
            pack.Tasks().MonitoredByStandingAgency("12");
            pack.Reporting().Stage("thanh-vien", "Báo cáo của thành viên", "11.1")
                .For(PeriodKind.Quarter).FromBodies("ctt").ToCommittee().Before(10);
        }
    }
}
