using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;

namespace Platform.Packs.Tests;

/// <summary>What each regulation says about opinions between meetings, as the packs state it; where a regulation is silent the host's default applies.</summary>
public sealed class ConsultationRegulationTests
{
    [Fact]
    public void Son_La_takes_written_opinions_and_urgent_opinions_through_digital_platforms_by_Art_3_and_members_answer_by_Art_9()
    {
        var rules = Packs.SonLa.Consultations;

        Assert.Equal("3", rules.WrittenOpinions!.ToString());
        Assert.Equal("3", rules.Urgent!.ToString());
        Assert.Equal(["9.1b", "9.1đ", "9.2a", "9.2b", "9.2c", "9.2d"], rules.MembersAnswer.Select(a => a.ToString()));
    }

    [Fact]
    public void Dak_Lak_takes_written_opinions_by_Art_3_and_states_no_urgent_opinions_through_digital_platforms()
    {
        var rules = Packs.DakLak.Consultations;

        Assert.Equal("3", rules.WrittenOpinions!.ToString());
        Assert.Null(rules.Urgent);
        Assert.Empty(rules.MembersAnswer);
    }

    [Theory]
    [InlineData("son-la")]
    [InlineData("dak-lak")]
    public void Neither_regulation_says_who_approves_or_what_silence_means_so_the_head_approves_and_silence_is_no_opinion(string province)
    {
        var rules = Packs.ByCode(province).Consultations;

        Assert.Equal(Decider.Head, rules.Approver);
        Assert.Null(rules.ApprovalArticle);
        Assert.Equal(SilenceMeans.NoOpinion, rules.Silence);
        Assert.Null(rules.SilenceArticle);
        Assert.Equal(ConsultationLauncher.StandingAgency, rules.Launcher);
    }
}
