using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>Sơn La, decision 03/QĐ-BCĐ of 12/06/2025: what an official relies on.</summary>
public sealed class SonLaRegulationTests
{
    private static readonly ProvinceDefinition D = Packs.SonLa;

    [Fact]
    public void Son_La_committee_is_called_Ban_Chi_dao_1287_and_replaces_01_QD_BCD()
    {
        Assert.Equal("son-la", D.Code.Value);
        Assert.Equal("Ban Chỉ đạo 1287", D.Committee.ShortName);
        Assert.Equal("1287/QĐ-UBND", D.Committee.Founding.Number);
        Assert.Equal(new DateOnly(2025, 6, 3), D.Committee.Founding.Date);
        Assert.Equal("03/QĐ-BCĐ", D.Committee.Regulation.Number);
        Assert.Equal(new DateOnly(2025, 6, 12), D.Committee.Regulation.Date);
        Assert.Contains("Nguyễn Đình Việt", D.Committee.Regulation.Signer, StringComparison.Ordinal);
        Assert.False(D.Committee.Regulation.IsDraft);
        Assert.Equal("01/QĐ-BCĐ", D.Committee.Replaces?.Number);
        Assert.Equal(new DateOnly(2025, 4, 22), D.Committee.Replaces?.Date);
    }

    [Fact]
    public void Son_La_head_is_the_PPC_chairman_with_the_duties_of_Art_5()
    {
        var head = Assert.Single(D.Seats, s => s.Role == SeatRole.Head);
        Assert.Equal("Chủ tịch UBND tỉnh", head.Office);
        Assert.Equal("ubnd-tinh", head.AgencyKey);
        head.Duties.HasDuties("5.1", "5.2", "5.3", "5.4");
    }

    [Fact]
    public void Son_La_standing_deputy_has_the_duties_of_Art_6()
    {
        var standing = Assert.Single(D.Seats, s => s.Role == SeatRole.StandingDeputy);
        Assert.Equal(["6.1", "6.2", "6.3", "6.4", "6.5"], standing.Duties.Articles());
    }

    [Fact]
    public void Son_La_PPC_vice_chairmen_are_deputies_with_the_duties_of_Art_7()
    {
        var viceChairs = D.Seats.Where(s => s.Role == SeatRole.Deputy && s.AgencyKey == "ubnd-tinh").ToList();
        Assert.True(viceChairs.Count >= 2, "Art. 7 speaks of the PPC vice chairmen, in the plural.");
        Assert.All(viceChairs, s => Assert.Equal(["7.1", "7.2", "7.3", "7.4", "7.5"], s.Duties.Articles()));
    }

    [Theory]
    [InlineData("giam-doc-cong-an", "Giám đốc Công an tỉnh", "cong-an-tinh", "de-an-06", "8.1", 6)]
    [InlineData("giam-doc-so-khcn", "Giám đốc Sở Khoa học và Công nghệ", "so-khcn", "khcn-dmst-cds", "8.2", 8)]
    [InlineData("giam-doc-so-noi-vu", "Giám đốc Sở Nội vụ", "so-noi-vu", "cchc", "8.3", 7)]
    public void Son_La_police_DOST_and_Home_Affairs_directors_are_deputies_with_their_portfolios(
        string key, string office, string agency, string portfolio, string article, int bullets)
    {
        var seat = D.Seat(key);
        Assert.Equal(SeatRole.Deputy, seat.Role);
        Assert.Equal(office, seat.Office);
        Assert.Equal(agency, seat.AgencyKey);
        Assert.Equal([portfolio], seat.PortfolioKeys);
        Assert.Equal(Enumerable.Repeat(article, bullets), seat.Duties.Articles());
    }

    [Fact]
    public void Son_La_DOST_director_answers_for_the_DTI_and_Home_Affairs_for_PAR_INDEX_SIPAS_and_PAPI()
    {
        Assert.Contains(D.Seat("giam-doc-so-khcn").Duties, d => d.Text.Contains("(DTI)", StringComparison.Ordinal));
        var homeAffairs = string.Join(" ", D.Seat("giam-doc-so-noi-vu").Duties.Select(d => d.Text));
        Assert.Contains("PAR INDEX", homeAffairs, StringComparison.Ordinal);
        Assert.Contains("SIPAS", homeAffairs, StringComparison.Ordinal);
        Assert.Contains("PAPI", homeAffairs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "chanh-van-phong-ubnd")]
    [InlineData("b", "giam-doc-so-tai-chinh")]
    [InlineData("c", "thu-truong-so-ban-nganh")]
    [InlineData("d", "chu-tich-ubnd-cap-huyen")]
    [InlineData("d", "chu-tich-ubnd-cap-xa")]
    [InlineData("e", "pho-giam-doc-cong-an")]
    [InlineData("e", "pho-giam-doc-so-khcn")]
    [InlineData("e", "pho-giam-doc-so-noi-vu")]
    public void Son_La_member_duties_of_Art_9_2_a_to_e_are_stated(string point, string seatKey)
    {
        var seat = D.Seat(seatKey);
        Assert.Equal(SeatRole.Member, seat.Role);
        Assert.Equal($"9.2{point}", seat.Article.ToString());
        Assert.Contains($"9.2{point}", seat.Duties.Articles());
    }

    [Fact]
    public void Son_La_three_deputy_directors_are_members_for_Project_06_IT_and_administrative_reform()
    {
        var deputyDirectors = D.Seats.Where(s => s.Article.ToString() == "9.2e").ToList();
        Assert.Equal(["cong-an-tinh", "so-khcn", "so-noi-vu"], deputyDirectors.Select(s => s.AgencyKey));
        Assert.Equal(["de-an-06", "khcn-dmst-cds", "cchc"], deputyDirectors.Select(s => Assert.Single(s.PortfolioKeys)));
    }

    [Fact]
    public void Son_La_every_member_has_the_general_duties_of_Art_9_1_and_deputies_have_their_own()
    {
        string[] general = ["9.1a", "9.1b", "9.1c", "9.1d", "9.1đ", "9.1e", "9.1g"];
        Assert.All(D.Seats.Where(s => s.Role == SeatRole.Member), s => s.Duties.HasDuties(general));
        Assert.All(
            D.Seats.Where(s => s.Role != SeatRole.Member),
            s => Assert.DoesNotContain(s.Duties, d => d.Article.Article == 9));
    }

    [Fact]
    public void Son_La_members_report_to_all_three_standing_agencies_before_the_10th()
    {
        Assert.All(D.Seats.Where(s => s.Role == SeatRole.Member), s =>
        {
            var report = Assert.Single(s.Duties, d => d.Article.ToString() == "12.4");
            Assert.Contains("trước ngày 10", report.Text, StringComparison.Ordinal);
            Assert.Contains("03 Cơ quan thường trực", report.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Son_La_absent_members_need_the_chairs_approval_and_a_substitute_brings_a_written_opinion()
    {
        var departmentHeads = D.Seat("thu-truong-so-ban-nganh").Duties.Where(d => d.Article.ToString() == "9.2c").ToList();
        Assert.Contains(departmentHeads, d => d.Text.Contains("đồng ý của người chủ trì cuộc họp", StringComparison.Ordinal));
        Assert.Contains(departmentHeads, d => d.Text.Contains("ý kiến bằng văn bản", StringComparison.Ordinal));
    }

    [Fact]
    public void Son_La_district_chairs_give_way_to_commune_and_ward_chairs_on_1_July_2025()
    {
        var districts = D.Seat("chu-tich-ubnd-cap-huyen");
        var communes = D.Seat("chu-tich-ubnd-cap-xa");
        var lastDay = new DateOnly(2025, 6, 30);
        var firstDay = new DateOnly(2025, 7, 1);

        Assert.True(districts.ExistsOn(lastDay));
        Assert.False(districts.ExistsOn(firstDay));
        Assert.False(communes.ExistsOn(lastDay));
        Assert.True(communes.ExistsOn(firstDay));
        Assert.Equal(districts.Duties, communes.Duties);
    }

    [Fact]
    public void Son_La_has_three_standing_agencies_and_DOST_is_the_general_one()
    {
        var standing = D.BodiesOf(BodyKind.StandingAgency).ToList();
        Assert.Equal(3, standing.Count);
        Assert.Equal(
            new Dictionary<string, string?> { ["cong-an-tinh"] = "de-an-06", ["so-khcn"] = "khcn-dmst-cds", ["so-noi-vu"] = "cchc" },
            standing.ToDictionary(b => b.LeadAgencyKey!, b => b.PortfolioKey));

        var general = Assert.Single(standing, b => b.IsGeneral);
        Assert.Equal("so-khcn", general.LeadAgencyKey);
        general.Duties.HasDuties("12.6");
        Assert.All(standing, b => b.Duties.HasDuties("11.1", "11.2", "11.3", "11.4", "12.5"));
    }

    [Fact]
    public void Son_La_thematic_reports_reach_DOST_no_later_than_the_20th_with_a_one_third_summary()
    {
        Assert.All(D.BodiesOf(BodyKind.StandingAgency), b =>
        {
            var thematic = Assert.Single(b.Duties, d => d.Article.ToString() == "12.5");
            Assert.Contains("chậm nhất vào ngày 20", thematic.Text, StringComparison.Ordinal);
            Assert.Contains("1/3", thematic.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Son_La_standing_leadership_settles_matters_between_meetings()
    {
        var leadership = Assert.Single(D.BodiesOf(BodyKind.StandingLeadership));
        Assert.Equal("Thường trực Ban Chỉ đạo 1287", leadership.Name);
        Assert.Equal(["10.1", "10.2", "10.3", "10.4", "10.5"], leadership.Duties.Articles());
        Assert.Contains("giữa các phiên họp", leadership.Duties[0].Text, StringComparison.Ordinal);
        Assert.Equal(["truong-ban", "pho-truong-ban-thuong-truc"], leadership.MemberSeatKeys);
    }

    [Fact]
    public void Son_La_head_sets_up_the_support_teams()
    {
        var team = Assert.Single(D.BodiesOf(BodyKind.SupportTeam));
        Assert.Equal("5.1", team.Article.ToString());
        Assert.Contains("Tổ giúp việc", D.Seat("truong-ban").Duties[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Son_La_head_deputies_and_standing_agencies_use_their_own_agencys_seal()
    {
        Assert.All(D.Seats.Where(s => s.Role != SeatRole.Member), s =>
        {
            Assert.Equal(s.AgencyKey, s.Seal?.AgencyKey);
            Assert.Equal("2.3", s.Seal?.Article.ToString());
        });
        Assert.All(D.BodiesOf(BodyKind.StandingAgency), b =>
        {
            Assert.Equal(b.LeadAgencyKey, b.Seal?.AgencyKey);
            Assert.Equal("2.3", b.Seal?.Article.ToString());
        });
    }

    [Fact]
    public void Son_La_members_use_their_own_agencys_seal()
    {
        Assert.All(D.Seats.Where(s => s.Role == SeatRole.Member), s =>
        {
            Assert.Equal(s.AgencyKey, s.Seal?.AgencyKey);
            Assert.Equal("9.1e", s.Seal?.Article.ToString());
        });
    }

    [Fact]
    public void Son_La_indices_belong_to_the_agencies_Art_8_and_9_name()
    {
        var owners = D.Indices.ToDictionary(i => i.ShortName ?? i.Key, i => i.OwnerAgencyKey);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["DTI"] = "so-khcn",
                ["PAR INDEX"] = "so-noi-vu",
                ["SIPAS"] = "so-noi-vu",
                ["PAPI"] = "so-noi-vu",
                ["POPI"] = "so-tai-chinh",
                ["PCI"] = "so-tai-chinh",
                ["chi-so-phuc-vu"] = "van-phong-ubnd",
            },
            owners);
        Assert.Contains(D.Indices, i => i.Name.StartsWith("Chỉ số Phục vụ người dân, doanh nghiệp", StringComparison.Ordinal));
    }
}
