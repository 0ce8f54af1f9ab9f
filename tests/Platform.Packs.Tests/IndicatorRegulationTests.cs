using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>
/// The indicators each regulation puts in an agency's care that are not a published index (Sdk 1.6), and the report
/// that carries each: Sơn La's Police and PPC Office; none in Đắk Lắk, whose regulation names no such figure.
/// </summary>
public sealed class IndicatorRegulationTests
{
    private static ProvinceDefinition D => Packs.SonLa;

    [Fact]
    public void Son_La_the_police_report_e_identity_activations_and_data_cleaned_Art_8_1_in_their_thematic_report_on_Project_06()
    {
        var police = new Submitter(SubmitterKind.Body, "co-quan-thuong-truc-de-an-06");

        var carried = D.IndicatorsReportedBy("chuyen-de", police);

        Assert.Equal(["tai-khoan-dinh-danh-kich-hoat", "du-lieu-lam-sach"], carried.Select(i => i.Key));
        Assert.All(carried, i => Assert.Equal(("cong-an-tinh", "8.1"), (i.OwnerAgencyKey, i.Article.ToString())));
        Assert.Equal([IndicatorUnit.Count, IndicatorUnit.Percent], carried.Select(i => i.Unit));
        // Art. 12.5: the thematic report is the Police's as a standing agency; their director's report as a deputy head carries none.
        Assert.Empty(D.IndicatorsReportedBy("thanh-vien", new Submitter(SubmitterKind.Seat, "giam-doc-cong-an")));
    }

    [Fact]
    public void Son_La_the_PPC_Office_reports_the_online_rate_Art_9_2a_in_its_members_report()
    {
        var indicator = Assert.Single(D.IndicatorsReportedBy("thanh-vien", new Submitter(SubmitterKind.Seat, "chanh-van-phong-ubnd")));

        Assert.Equal(("ho-so-truc-tuyen", IndicatorUnit.Percent, "9.2a"), (indicator.Key, indicator.Unit, indicator.Article.ToString()));
        Assert.Empty(D.IndicatorsReportedBy("thanh-vien", new Submitter(SubmitterKind.Seat, "giam-doc-so-tai-chinh")));
    }

    [Fact]
    public void Dak_Lak_declares_no_indicator()
    {
        Assert.Empty(Packs.DakLak.Indicators);
    }
}
