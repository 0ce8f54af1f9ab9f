using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>Đắk Lắk, draft regulation of the committee founded by 903/QĐ-UBND: what an official relies on.</summary>
public sealed class DakLakRegulationTests
{
    private static readonly ProvinceDefinition D = Packs.DakLak;

    [Fact]
    public void Dak_Lak_regulation_is_a_draft()
    {
        Assert.Equal("dak-lak", D.Code.Value);
        Assert.True(D.Committee.Regulation.IsDraft);
        Assert.Null(D.Committee.Regulation.Number);
        Assert.Null(D.Committee.Regulation.Date);
        Assert.StartsWith("Ban hành Quy chế hoạt động", D.Committee.Regulation.Title, StringComparison.Ordinal);
        Assert.Null(D.Committee.Replaces);
    }

    [Fact]
    public void Dak_Lak_committee_was_founded_by_903_QD_UBND_of_18_April_2025()
    {
        Assert.Equal("903/QĐ-UBND", D.Committee.Founding.Number);
        Assert.Equal(new DateOnly(2025, 4, 18), D.Committee.Founding.Date);
        Assert.Equal("Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06", D.Committee.FullName);
    }

    [Fact]
    public void Dak_Lak_head_is_the_PPC_chairman_with_the_duties_of_Art_4()
    {
        var head = Assert.Single(D.Seats, s => s.Role == SeatRole.Head);
        Assert.Equal("Chủ tịch UBND tỉnh", head.Office);
        head.Duties.HasDuties("4.1", "4.2", "4.3", "4.4", "4.5");
    }

    [Fact]
    public void Dak_Lak_standing_deputy_directs_the_standing_agency()
    {
        var standing = Assert.Single(D.Seats, s => s.Role == SeatRole.StandingDeputy);
        Assert.Contains(standing.Duties, d => d.Article.ToString() == "5.1" && d.Text.Contains("Trực tiếp chỉ đạo Cơ quan thường trực", StringComparison.Ordinal));
    }

    [Fact]
    public void Dak_Lak_deputies_carry_the_duties_of_Art_5_2_and_every_member_duty()
    {
        var deputies = D.Seats.Where(s => s.Role == SeatRole.Deputy).ToList();
        Assert.True(deputies.Count >= 2, "Art. 5.2 speaks of the deputies in the plural.");
        Assert.All(deputies, s => s.Duties.HasDuties("5.2a", "5.2b", "5.2c", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6"));
    }

    [Fact]
    public void Dak_Lak_members_have_the_duties_of_Art_6()
    {
        var members = D.Seats.Where(s => s.Role == SeatRole.Member).ToList();
        Assert.Equal(["cong-an-tinh", "so-khcn", "so-noi-vu", "so-ban-nganh"], members.Select(s => s.AgencyKey));
        Assert.All(members, s => s.Duties.HasDuties("6.1", "6.2", "6.3", "6.4", "6.5", "6.6"));
    }

    [Fact]
    public void Dak_Lak_members_ask_the_head_before_sending_their_deputy_and_tell_the_standing_agency_a_day_ahead()
    {
        Assert.All(D.Seats.Where(s => s.Role != SeatRole.Head), s =>
        {
            var beforeDelegating = Assert.Single(s.Duties, d => d.Article.ToString() == "2.4");
            Assert.Contains("Trưởng Ban Chỉ đạo trước khi phân công cho cấp phó", beforeDelegating.Text, StringComparison.Ordinal);
            var absence = Assert.Single(s.Duties, d => d.Article.ToString() == "9.3");
            Assert.Contains("trước 01 ngày", absence.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Dak_Lak_members_report_before_the_25th_and_the_standing_agency_consolidates_by_the_30th()
    {
        Assert.All(D.Seats.Where(s => s.Role == SeatRole.Member), s =>
            Assert.Contains(s.Duties, d => d.Article.ToString() == "13.1" && d.Text.Contains("trước ngày 25", StringComparison.Ordinal)));
        var standing = Assert.Single(D.BodiesOf(BodyKind.StandingAgency));
        Assert.Contains(standing.Duties, d => d.Article.ToString() == "13.1" && d.Text.Contains("chậm nhất vào ngày 30", StringComparison.Ordinal));
    }

    [Fact]
    public void Dak_Lak_has_three_subcommittees_each_using_its_lead_agency_seal()
    {
        var subcommittees = D.BodiesOf(BodyKind.Subcommittee).ToList();
        Assert.Equal(["7.1", "7.2", "7.3"], subcommittees.Select(b => b.Article.ToString()));
        Assert.All(subcommittees, b =>
        {
            Assert.NotNull(b.LeadAgencyKey);
            Assert.Equal(b.LeadAgencyKey, b.Seal?.AgencyKey);
            Assert.Equal($"{b.Article}đ", b.Seal?.Article.ToString());
            b.Duties.HasDuties($"{b.Article}a", $"{b.Article}b", $"{b.Article}c", $"{b.Article}d", $"{b.Article}đ", $"{b.Article}e");
        });
    }

    [Fact]
    public void Dak_Lak_Project_06_subcommittee_is_led_by_the_provincial_police()
    {
        var project06 = Assert.Single(D.BodiesOf(BodyKind.Subcommittee), b => b.PortfolioKey == "de-an-06");
        Assert.Equal("Tiểu Ban Triển khai Đề án 06", project06.Name);
        Assert.Equal("cong-an-tinh", project06.LeadAgencyKey);
    }

    [Theory]
    [InlineData("khcn-dmst-cds", "so-khcn")]
    [InlineData("cchc", "so-noi-vu")]
    public void Dak_Lak_other_subcommittees_are_led_by_DOST_and_Home_Affairs(string portfolio, string lead)
    {
        var subcommittee = Assert.Single(D.BodiesOf(BodyKind.Subcommittee), b => b.PortfolioKey == portfolio);
        Assert.Equal(lead, subcommittee.LeadAgencyKey);
    }

    [Fact]
    public void Dak_Lak_DOST_is_the_only_and_so_the_general_standing_agency()
    {
        var standing = Assert.Single(D.BodiesOf(BodyKind.StandingAgency));
        Assert.True(standing.IsGeneral);
        Assert.Equal("so-khcn", standing.LeadAgencyKey);
        standing.Duties.HasDuties("8.1", "8.2", "8.3", "8.4", "8.5", "8.6");
    }

    [Fact]
    public void Dak_Lak_head_and_deputies_use_the_PPC_seal()
    {
        Assert.All(D.Seats.Where(s => s.Role != SeatRole.Member), s =>
        {
            Assert.Equal("ubnd-tinh", s.Seal?.AgencyKey);
            Assert.Equal("10.1", s.Seal?.Article.ToString());
        });
    }

    [Fact]
    public void Dak_Lak_other_members_use_their_own_agencys_seal()
    {
        Assert.All(D.Seats.Where(s => s.Role == SeatRole.Member), s =>
        {
            Assert.NotEqual("ubnd-tinh", s.AgencyKey);
            Assert.Equal(s.AgencyKey, s.Seal?.AgencyKey);
            Assert.Equal("10.1", s.Seal?.Article.ToString());
        });
    }

    [Fact]
    public void Dak_Lak_names_no_indices_no_support_teams_and_no_standing_leadership()
    {
        Assert.Empty(D.Indices);
        Assert.Empty(D.BodiesOf(BodyKind.SupportTeam));
        Assert.Empty(D.BodiesOf(BodyKind.StandingLeadership));
    }
}
