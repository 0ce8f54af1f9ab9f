using CsCheck;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>Each regulation's reporting chain, as the core's deadline engine reads it from the pack.</summary>
public sealed class ReportingRegulationTests
{
    private static readonly IWorkingCalendar Calendar = VietnameseWorkingCalendar.Default;

    private static Obligation One(ProvinceDefinition province, Period period, string stage, string submitter) =>
        DeadlineChain.For(province, period, Calendar).Single(o => o.Stage.Key == stage && o.Submitter.Key == submitter);

    private static readonly Period SonLaQ2 = new(PeriodKind.Quarter, 2026, 2);
    private static readonly Period DakLakQ3 = new(PeriodKind.Quarter, 2026, 3);

    [Fact]
    public void Son_La_a_member_report_submitted_on_the_10th_of_June_is_late_Art_12_4()
    {
        var member = One(Packs.SonLa, SonLaQ2, "thanh-vien", "chanh-van-phong-ubnd");

        Assert.Equal(new DateOnly(2026, 6, 9), member.Due);
        Assert.True(member.OnTime(new DateOnly(2026, 6, 9)));
        Assert.False(member.OnTime(new DateOnly(2026, 6, 10)));
        Assert.Equal(ObligationState.Late, DeadlineChain.StateOf(member, new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void Son_La_members_send_to_all_three_standing_agencies_at_once_Art_12_4()
    {
        var member = One(Packs.SonLa, SonLaQ2, "thanh-vien", "chanh-van-phong-ubnd");

        Assert.Equal(["co-quan-thuong-truc-khcn", "co-quan-thuong-truc-de-an-06", "co-quan-thuong-truc-cchc"], member.Stage.Recipients);
    }

    [Fact]
    public void Son_La_the_half_year_period_asks_for_three_thematic_reports_each_with_a_summary_Art_12_5()
    {
        // The six months end with the second quarter: one thematic report each covers both (filed under the quarter).
        var thematic = DeadlineChain.For(Packs.SonLa, SonLaQ2, Calendar).Where(o => o.Stage.Key == "chuyen-de").ToList();

        Assert.Equal(["co-quan-thuong-truc-khcn", "co-quan-thuong-truc-de-an-06", "co-quan-thuong-truc-cchc"], thematic.Select(o => o.Submitter.Key));
        Assert.All(thematic, o =>
        {
            Assert.Equal(SubmitterKind.Body, o.Submitter.Kind);
            Assert.Equal(1 / 3.0, o.Stage.Summary!.Share, 3);
            Assert.Equal([ReportSection.Results, ReportSection.Shortcomings, ReportSection.Causes, ReportSection.TasksAndSolutions], o.Stage.Summary.Sections);
            Assert.Equal(["co-quan-thuong-truc-khcn"], o.Stage.Recipients);
            Assert.True(o.Stage.OnOwnPortfolio());
            Assert.Equal([SonLaQ2, new Period(PeriodKind.HalfYear, 2026, 1)], o.Covers);
            // "Chậm nhất vào ngày 20": Saturday 20/06/2026 moves to Monday 22/06 by the pack's non-working-day rule.
            Assert.Equal(new DateOnly(2026, 6, 22), o.Due);
            Assert.Equal(new DateOnly(2026, 6, 20), o.Nominal);
        });
    }

    [Fact]
    public void Son_La_reports_for_the_quarter_the_six_months_and_the_year_Art_12_4()
    {
        var year = new Period(PeriodKind.Year, 2026, 1);
        var december = DeadlineChain.For(Packs.SonLa, new Period(PeriodKind.Quarter, 2026, 4), Calendar);

        Assert.NotEmpty(december);
        Assert.All(december, o => Assert.Equal([new Period(PeriodKind.Quarter, 2026, 4), year], o.Covers));
        // "6 tháng" is the first half: no second-half period; the year's report goes with the fourth quarter's.
        Assert.Empty(DeadlineChain.For(Packs.SonLa, new Period(PeriodKind.HalfYear, 2026, 2), Calendar));
        Assert.Empty(DeadlineChain.For(Packs.SonLa, year, Calendar));
    }

    [Fact]
    public void Son_La_members_owe_nothing_due_before_the_regulation_of_12_06_2025_and_commune_chairs_report_from_July_2025()
    {
        var q2 = DeadlineChain.For(Packs.SonLa, new Period(PeriodKind.Quarter, 2025, 2), Calendar).Select(o => o.Submitter.Key).ToList();
        var q3 = DeadlineChain.For(Packs.SonLa, new Period(PeriodKind.Quarter, 2025, 3), Calendar).Select(o => o.Submitter.Key).ToList();

        // The members' second-quarter report was due before 10/06/2025 (Art. 12.4), two days before decision 03/QĐ-BCĐ
        // issued the regulation: nobody owes it, so the district chairs (whose seat ends 30/06/2025) never report under it.
        Assert.DoesNotContain("chu-tich-ubnd-cap-huyen", q2);
        Assert.DoesNotContain("chu-tich-ubnd-cap-xa", q2);
        Assert.All(q2, key => Assert.StartsWith("co-quan-thuong-truc", key, StringComparison.Ordinal));
        Assert.Contains("chu-tich-ubnd-cap-xa", q3);
        Assert.DoesNotContain("chu-tich-ubnd-cap-huyen", q3);
    }

    [Fact]
    public void Dak_Lak_the_standing_agencys_compiled_report_is_on_time_on_the_30th_of_September_Art_13_1()
    {
        var compiled = One(Packs.DakLak, DakLakQ3, "tong-hop", "co-quan-thuong-truc");

        Assert.Equal(new DateOnly(2026, 9, 30), compiled.Due);
        Assert.True(compiled.OnTime(new DateOnly(2026, 9, 30)));
        Assert.False(compiled.OnTime(new DateOnly(2026, 10, 1)));
        Assert.Equal([Recipients.Committee], compiled.Stage.Recipients);
        Assert.Equal("thanh-vien", compiled.Stage.Compiles);
    }

    [Fact]
    public void Dak_Lak_members_and_the_sub_committees_report_before_the_25th_Art_13_1()
    {
        var q3 = DeadlineChain.For(Packs.DakLak, DakLakQ3, Calendar).Where(o => o.Stage.Key == "thanh-vien").ToList();

        Assert.Contains(q3, o => o.Submitter is { Kind: SubmitterKind.Body, Key: "tieu-ban-de-an-06" });
        Assert.Contains(q3, o => o.Submitter is { Kind: SubmitterKind.Seat, Key: "giam-doc-so-khcn" });
        Assert.DoesNotContain(q3, o => o.Submitter.Key == "truong-ban");
        Assert.All(q3, o =>
        {
            Assert.Equal(new DateOnly(2026, 9, 24), o.Due);
            Assert.False(o.OnTime(new DateOnly(2026, 9, 25)));
        });
    }

    [Fact]
    public void Dak_Lak_a_deadline_on_a_Sunday_moves_to_the_Monday_as_the_pack_says()
    {
        // "Trước ngày 25" of September 2028: Sunday the 24th is the last day by the words; the pack moves it to Monday.
        var member = DeadlineChain.For(Packs.DakLak, new Period(PeriodKind.Quarter, 2028, 3), Calendar).First(o => o.Stage.Key == "thanh-vien");

        Assert.Equal(new DateOnly(2028, 9, 24), member.Nominal);
        Assert.Equal(new DateOnly(2028, 9, 25), member.Due);
        Assert.Equal(NonWorkingDayRule.NextWorkingDay, Packs.DakLak.Reporting.NonWorkingDay);
    }

    [Fact]
    public void A_missing_report_is_missing_only_after_its_last_day()
    {
        var member = One(Packs.SonLa, SonLaQ2, "thanh-vien", "chanh-van-phong-ubnd");

        Assert.Equal(ObligationState.Pending, DeadlineChain.StateOf(member, null, member.Due));
        Assert.Equal(ObligationState.Missing, DeadlineChain.StateOf(member, null, member.Due.AddDays(1)));
        Assert.Equal(ObligationState.OnTime, DeadlineChain.StateOf(member, member.Due, member.Due.AddDays(30)));
    }

    // Properties over many periods of the century, for both packs.

    private static readonly Gen<(ProvinceDefinition Province, Period Period)> Periods =
        Gen.Select(Gen.Bool, Gen.Enum<PeriodKind>(), Gen.DateOnly[new DateOnly(2025, 7, 1), new DateOnly(2099, 12, 31)])
            .Select((sonLa, kind, day) => (sonLa ? Packs.SonLa : Packs.DakLak, Period.Containing(kind, day)));

    [Fact]
    public void Every_obligation_has_a_deadline_from_its_periods_start_on_a_working_day()
    {
        Periods.Sample(x =>
        {
            foreach (var o in DeadlineChain.For(x.Province, x.Period, Calendar))
            {
                // The core never moves a pack's day back into the period: only the pack's own next-working-day rule moves it.
                Assert.True(o.Due >= x.Period.Start, $"{o.Stage.Key} {x.Period}: {o.Due}");
                Assert.True(o.Due >= o.Nominal, $"{o.Stage.Key} {x.Period}: {o.Due} < {o.Nominal}");
                Assert.True(Calendar.IsWorkingDay(o.Due), $"{o.Stage.Key} {x.Period}: {o.Due} is not a working day");
                Assert.Empty(Calendar.Between(o.Nominal.AddDays(1), o.Due.AddDays(-1)));
            }
        }, iter: 3_000);
    }

    [Fact]
    public void Before_the_Nth_ends_on_the_day_before_and_no_later_than_the_Nth_on_the_Nth()
    {
        Periods.Sample(x =>
        {
            foreach (var o in DeadlineChain.For(x.Province, x.Period, Calendar))
            {
                var nth = x.Period.DayOfLastMonth(o.Stage.Day);
                switch (o.Stage.Deadline)
                {
                    case DeadlineKind.Before:
                        Assert.Equal(nth.AddDays(-1), o.Nominal);
                        break;
                    case DeadlineKind.NoLaterThan:
                        Assert.Equal(nth, o.Nominal);
                        break;
                    default:
                        Assert.Equal(x.Period.End, o.Nominal);
                        break;
                }

                // The words' day is always on time (the packs move a non-working day forward, even past the
                // period's end); the day after the deadline is always late.
                Assert.True(o.OnTime(o.Nominal));

                Assert.False(o.OnTime(o.Due.AddDays(1)));
            }
        }, iter: 3_000);
    }

    [Fact]
    public void The_chains_stages_come_in_order_each_due_after_the_one_it_compiles()
    {
        Periods.Sample(x =>
        {
            var obligations = DeadlineChain.For(x.Province, x.Period, Calendar);
            if (obligations.Count == 0)
            {
                // A period a shorter one ending the same day covers (the first half, the year) owes nothing of its own.
                Assert.DoesNotContain(x.Period, DeadlineChain.Periods(x.Province.Reporting, x.Period.Start, x.Period.End));
                return;
            }

            var stages = x.Province.Reporting.Stages.Where(s => s.Periods.Contains(x.Period.Kind)).Select(s => s.Key);
            Assert.Equal(stages, obligations.Select(o => o.Stage.Key).Distinct());
            Assert.Equal(obligations.Select(o => o.Stage.Order).Order(), obligations.Select(o => o.Stage.Order));
            foreach (var o in obligations.Where(o => o.Stage.Compiles is not null))
            {
                var compiled = obligations.Where(c => c.Stage.Key == o.Stage.Compiles).ToList();
                Assert.NotEmpty(compiled);
                Assert.All(compiled, c => Assert.True(c.Due < o.Due, $"{x.Period}: {c.Stage.Key} {c.Due} !< {o.Stage.Key} {o.Due}"));
            }
        }, iter: 3_000);
    }
}

/// <summary>Reading helpers for stages.</summary>
internal static class StageReading
{
    public static bool OnOwnPortfolio(this ReportStage stage) => stage.PortfolioOfSubmitter;
}
