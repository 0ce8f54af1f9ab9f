using Platform.Core.Commands;
using Platform.Meetings.Model;
using Platform.Tasks.Model;

namespace Platform.IntegrationTests;

/// <summary>
/// The state rules live on the entities that own them: an issued notice does not change, a closed meeting takes no
/// agenda, register or minutes out of turn, a done or cancelled task takes no report. A refused step changes nothing
/// and says why, in the words the pages showed before the rules moved.
/// </summary>
public sealed class EntityStateRuleTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 10, 7, 0, 0, TimeSpan.Zero);

    private static Meeting NewMeeting(MeetingStatus status) => new()
    {
        Province = "son-la",
        Title = "Phiên họp thử",
        ChairSeatKey = "truong-ban",
        CreatedBy = "son-la.secretariat",
        StartsAt = Start,
        DurationMinutes = 120,
        Status = status,
    };

    private static string Why(Outcome? outcome) => Assert.IsType<Outcome>(outcome).GeneralError!.Vietnamese;

    [Fact]
    public void An_issued_notice_does_not_change_and_an_approved_one_edited_again_goes_back_to_the_chair()
    {
        var issued = new ConclusionNotice { Province = "son-la", DraftedBy = "a", Status = NoticeStatus.Issued, Number = "1/TB" };

        Assert.Equal("Thông báo đã ban hành: không sửa được nữa.", Why(issued.Revise("b", Start)));
        Assert.Equal(("a", NoticeStatus.Issued), (issued.DraftedBy, issued.Status));

        var approved = new ConclusionNotice { Province = "son-la", DraftedBy = "a", Status = NoticeStatus.Approved, ApprovedBy = "chair" };
        Assert.Null(approved.Revise("b", Start));
        Assert.Equal((NoticeStatus.Draft, (string?)null, "b"), (approved.Status, approved.ApprovedBy, approved.DraftedBy));
    }

    [Fact]
    public void A_notice_is_approved_only_complete_and_issued_only_approved()
    {
        var incomplete = new ConclusionNotice { Province = "son-la", DraftedBy = "a", Number = "1/TB" };
        Assert.Equal("Dự thảo cần ngày, người ký và ít nhất một mục kết luận.", Why(incomplete.Approve("chair", Start, null)));
        Assert.Equal(NoticeStatus.Draft, incomplete.Status);

        var draft = new ConclusionNotice { Province = "son-la", DraftedBy = "a" };
        Assert.Equal("Thông báo phải được người chủ trì duyệt trước khi ban hành. (cited)",
            Why(draft.Issue("secretary", Start, m => new(m.Vietnamese + " (cited)", m.English))));
        Assert.Null(draft.IssuedBy);
    }

    [Fact]
    public void A_meeting_is_held_only_once_scheduled_and_started_and_a_closed_one_keeps_its_agenda_and_invitees()
    {
        var scheduled = NewMeeting(MeetingStatus.Scheduled);
        Assert.Equal("Cuộc họp chưa đến giờ bắt đầu.", Why(scheduled.MarkHeld(Start.AddMinutes(-1))));
        Assert.Equal("Hãy ghi nhận cuộc họp đã diễn ra trước khi điểm danh.", Why(scheduled.CheckTakesAttendance()));
        Assert.Equal("Biên bản chỉ lập cho cuộc họp đã diễn ra.", Why(scheduled.WriteMinutes("x", "a", Start)));
        Assert.Null(scheduled.Minutes);
        Assert.Null(scheduled.CheckAgendaAndInviteesOpen());

        Assert.Null(scheduled.MarkHeld(Start));
        Assert.Equal(MeetingStatus.Held, scheduled.Status);
        Assert.Equal("Chỉ cuộc họp đã lên lịch mới ghi nhận là đã họp.", Why(scheduled.MarkHeld(Start)));
        Assert.Equal("Cuộc họp đã diễn ra hoặc đã hủy: không thay đổi được chương trình, thành phần.", Why(scheduled.CheckAgendaAndInviteesOpen()));
        Assert.Equal("Cuộc họp đã diễn ra hoặc đã hủy.", Why(scheduled.Cancel("Trùng lịch")));
        Assert.Equal(MeetingStatus.Held, scheduled.Status);
        Assert.Null(scheduled.WriteMinutes("  Biên bản.  ", "a", Start));
        Assert.Equal("Biên bản.", scheduled.Minutes);
    }

    [Fact]
    public void Only_a_proposal_waits_for_the_heads_decision_and_turning_it_down_needs_a_reason()
    {
        var proposed = NewMeeting(MeetingStatus.Proposed);
        var noReason = proposed.Decide(approve: false, " ", "head", Start);
        Assert.Equal("Hãy ghi lý do không đồng ý.", Assert.IsType<Outcome>(noReason).Errors["Note"].Vietnamese);
        Assert.Equal(MeetingStatus.Proposed, proposed.Status);

        Assert.Null(proposed.Decide(approve: true, null, "head", Start));
        Assert.Equal((MeetingStatus.Scheduled, "head"), (proposed.Status, proposed.DecidedBy));
        Assert.Equal("Cuộc họp này không chờ quyết định.", Why(proposed.Decide(approve: true, null, "head", Start)));
    }

    [Fact]
    public void A_done_or_cancelled_task_takes_no_report_and_changes_state_only_along_the_allowed_ways()
    {
        var task = new TaskItem
        {
            Province = "son-la",
            Title = "Nhiệm vụ thử",
            SourceLabel = "Giao trực tiếp",
            LeadAgencyKey = "van-phong-ubnd",
            IssuerSeatKey = "truong-ban",
            AssignedBy = "head",
            SearchText = "nhiem vu thu",
            Progress = TaskProgress.InProgress,
        };
        var today = new DateOnly(2027, 3, 10);

        Assert.Null(task.CheckTakesReports());
        Assert.Equal("Không thể chuyển nhiệm vụ sang tình trạng này từ tình trạng hiện tại.", Why(task.ChangeState(UpdateKind.Reopened, "x", today, "s")));
        Assert.Null(task.ChangeState(UpdateKind.Cancelled, " Trùng nhiệm vụ khác ", today, "s"));
        Assert.Equal((TaskProgress.Cancelled, "Trùng nhiệm vụ khác"), (task.Progress, task.CancelReason));

        Assert.Equal("Nhiệm vụ đã hoàn thành hoặc đã hủy; đề nghị Cơ quan thường trực mở lại nếu cần.", Why(task.CheckTakesReports()));
        Assert.Equal("Nhiệm vụ đã hoàn thành hoặc đã hủy.", Why(task.CheckTakesExtensionRequests()));
        Assert.Equal("Không thể chuyển nhiệm vụ sang tình trạng này từ tình trạng hiện tại.", Why(task.ChangeState(UpdateKind.MarkedDone, null, today, "s")));

        Assert.Null(task.ChangeState(UpdateKind.Reopened, "Mở lại", today, "s"));
        Assert.Equal((TaskProgress.InProgress, (string?)null), (task.Progress, task.CancelReason));
    }

    [Fact]
    public void An_issued_plan_takes_no_more_items()
    {
        var plan = new WorkPlan { Province = "son-la", Title = "Kế hoạch 2027", DraftedBy = "s", Status = PlanStatus.Issued };
        Assert.Equal("Kế hoạch đã ban hành: không sửa được nữa.", Why(plan.CheckRevisable()));
        plan.Status = PlanStatus.Draft;
        Assert.Null(plan.CheckRevisable());
    }
}
