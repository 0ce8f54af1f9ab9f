namespace Platform.Audit.Log;

/// <summary>
/// What the audit page calls each action and each kind of object, in Vietnamese (the key) and English. Entities are
/// named as the trail stores them ("schema.Type"); a test requires a label for every entity type of every module's
/// model, so a new one cannot be forgotten. An unknown name is shown as stored.
/// </summary>
internal static class AuditLabels
{
    public static readonly IReadOnlyDictionary<string, (string Vietnamese, string English)> Actions =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["Added"] = ("Thêm mới", "Added"),
            ["Modified"] = ("Sửa đổi", "Changed"),
            ["Deleted"] = ("Xóa bỏ", "Deleted"),
            ["access.refused"] = ("Từ chối truy cập", "Access refused"),
            ["identity.sign-in.failed"] = ("Đăng nhập không thành công", "Sign-in failed"),
            ["identity.sign-in.refused"] = ("Đăng nhập bị từ chối", "Sign-in refused"),
            ["mail.requeued"] = ("Đưa thư điện tử gửi lại", "Email queued again"),
            ["api.read"] = ("Ứng dụng đọc dữ liệu qua API", "Read through the API"),
        };

    public static readonly IReadOnlyDictionary<string, (string Vietnamese, string English)> Entities =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            // Committees
            ["committees.Committee"] = ("Ban Chỉ đạo (thông tin chung)", "Steering committee (details)"),
            ["committees.ActingSpan"] = ("Giao quyền điều hành (Trưởng Ban vắng)", "Acting for the head (span of days)"),
            ["committees.Agency"] = ("Cơ quan, sở, ban, ngành", "Agency or department"),
            ["committees.Body"] = ("Tiểu ban, tổ giúp việc", "Sub-committee or support team"),
            ["committees.Seat"] = ("Vị trí trong Ban Chỉ đạo", "Seat on the committee"),
            ["committees.Person"] = ("Người (thành viên)", "Person (member)"),
            ["committees.Appointment"] = ("Phân công giữ vị trí (quyết định)", "Appointment to a seat (decision)"),
            // Meetings
            ["meetings.Meeting"] = ("Cuộc họp (nhật ký)", "Meeting (log)"),
            ["meetings.AgendaItem"] = ("Nội dung chương trình họp", "Agenda item"),
            ["meetings.MeetingDocument"] = ("Tài liệu họp", "Meeting document"),
            ["meetings.DocumentContent"] = ("Nội dung tệp tài liệu họp", "Meeting document file"),
            ["meetings.Invitation"] = ("Giấy mời họp", "Meeting invitation"),
            ["meetings.AbsenceRequest"] = ("Đề nghị vắng họp", "Absence request"),
            ["meetings.ConclusionNotice"] = ("Thông báo kết luận cuộc họp", "Conclusion notice"),
            ["meetings.ConclusionItem"] = ("Nội dung kết luận", "Conclusion item"),
            ["meetings.NoticeRecipient"] = ("Nơi nhận thông báo kết luận", "Conclusion notice recipient"),
            ["meetings.Briefing"] = ("Thông tin gửi chuẩn bị phát biểu của Trưởng Ban", "Material for the head's speech"),
            ["meetings.BriefingContent"] = ("Tệp thông tin chuẩn bị phát biểu", "File of material for the head's speech"),
            ["meetings.DocumentNumber"] = ("Sổ đăng ký số văn bản", "Document number register"),
            // Tasks
            ["tasks.TaskItem"] = ("Nhiệm vụ (nhật ký)", "Task (log)"),
            ["tasks.TaskUpdate"] = ("Cập nhật tiến độ nhiệm vụ", "Task progress update"),
            ["tasks.TaskFile"] = ("Tệp minh chứng nhiệm vụ", "Task evidence file"),
            ["tasks.TaskFileContent"] = ("Nội dung tệp minh chứng", "Task evidence file content"),
            ["tasks.ExtensionRequest"] = ("Đề nghị gia hạn nhiệm vụ", "Task extension request"),
            ["tasks.WorkPlan"] = ("Chương trình, kế hoạch công tác năm", "Annual work plan"),
            ["tasks.PlanItem"] = ("Nội dung kế hoạch công tác", "Work plan item"),
            ["tasks.TaskTally"] = ("Số nhiệm vụ đã đóng theo cơ quan, lĩnh vực và quý", "Closed tasks counted by agency, portfolio and quarter"),
            // Notifications (only marking read goes through the change tracker; the outbox and mail are written with plain SQL)
            ["notifications.OutboxMessage"] = ("Thông báo (hộp thư đi)", "Notification (outbox)"),
            ["notifications.InboxItem"] = ("Thông báo tới một người", "Notification to one person"),
            ["notifications.Delivery"] = ("Thư điện tử gửi một người", "Email to one person"),
            ["notifications.ReminderRun"] = ("Lượt nhắc hạn hằng ngày", "Daily reminder round"),
            ["notifications.ReminderSent"] = ("Lời nhắc hạn đã gửi", "Deadline reminder sent"),
            ["notifications.MailPreference"] = ("Cách nhận thư thông báo", "How notifications are mailed"),
            // Consultations
            ["consultations.Consultation"] = ("Lấy ý kiến thành viên", "Consultation of members"),
            ["consultations.Question"] = ("Nội dung xin ý kiến", "Consultation question"),
            ["consultations.Recipient"] = ("Thành viên được xin ý kiến", "Member consulted"),
            ["consultations.Answer"] = ("Phiếu trả lời ý kiến", "Answer to a consultation"),
            ["consultations.AnswerLine"] = ("Ý kiến theo từng nội dung", "Opinion on one question"),
            ["consultations.ConsultationFile"] = ("Tệp của việc lấy ý kiến", "Consultation file"),
            ["consultations.FileContent"] = ("Nội dung tệp của việc lấy ý kiến", "Consultation file content"),
            ["consultations.AnswerDraft"] = ("Dự thảo ý kiến do đầu mối chuẩn bị", "Answer prepared by a focal point"),
            ["consultations.DraftLine"] = ("Dự thảo ý kiến theo từng nội dung", "Prepared answer to one question"),
            ["consultations.ConclusionItem"] = ("Nội dung kết luận sau lấy ý kiến", "Conclusion item of a consultation"),
            // Commendations
            ["commendations.CommendationProposal"] = ("Đề nghị khen thưởng, phê bình", "Commendation or criticism proposal"),
            // Proposals
            ["proposals.Proposal"] = ("Kiến nghị, khó khăn, vướng mắc", "Proposal or obstacle"),
            ["proposals.ProposalEvent"] = ("Bước xử lý kiến nghị", "Step in handling a proposal"),
            ["proposals.ProposalFile"] = ("Tệp của kiến nghị", "Proposal file"),
            ["proposals.FileContent"] = ("Nội dung tệp của kiến nghị", "Proposal file content"),
            // Indices
            ["indices.IndexResult"] = ("Kết quả chỉ số theo năm", "Index result for a year"),
            ["indices.PillarScore"] = ("Điểm chỉ số thành phần", "Pillar score"),
            ["indices.IndexTarget"] = ("Chỉ tiêu chỉ số theo năm", "Index target for a year"),
            ["indices.Methodology"] = ("Phương pháp đánh giá chỉ số (phiên bản)", "Index methodology (version)"),
            ["indices.MethodologyPillar"] = ("Chỉ số thành phần của phương pháp", "Methodology pillar"),
            ["indices.UnitRanking"] = ("Bảng xếp hạng các cơ quan, địa phương theo năm", "Year's ranking of the agencies and localities"),
            ["indices.UnitScore"] = ("Điểm của một cơ quan, địa phương", "An agency's or locality's score"),
            // Inspections
            ["inspections.InspectionPlan"] = ("Kế hoạch kiểm tra, giám sát năm", "Annual inspection plan"),
            ["inspections.Mission"] = ("Đoàn kiểm tra, giám sát", "Inspection mission"),
            ["inspections.InspectedAgency"] = ("Cơ quan được kiểm tra và kết quả kiểm tra", "Inspected agency and findings"),
            ["inspections.TeamMember"] = ("Thành viên đoàn kiểm tra", "Mission team member"),
            ["inspections.Recommendation"] = ("Kiến nghị của đoàn kiểm tra", "Mission recommendation"),
            ["inspections.MissionFile"] = ("Tài liệu của đoàn kiểm tra", "Mission document"),
            ["inspections.MissionFileContent"] = ("Nội dung tài liệu của đoàn kiểm tra", "Mission document content"),
            // Reporting
            ["reporting.Submission"] = ("Báo cáo định kỳ (bản gửi)", "Periodic report (submission)"),
            ["reporting.ReportFile"] = ("Tệp đính kèm báo cáo", "Report attachment"),
            ["reporting.ReportFileContent"] = ("Nội dung tệp đính kèm báo cáo", "Report attachment content"),
            ["reporting.ReportingSettings"] = ("Cài đặt nhắc hạn báo cáo", "Report reminder settings"),
            ["reporting.IndicatorFigure"] = ("Số liệu chỉ tiêu trong báo cáo định kỳ", "Indicator figure in a periodic report"),
            // Identity
            ["identity.Account"] = ("Tài khoản người dùng", "User account"),
            ["identity.RoleGrant"] = ("Quyền theo tỉnh của tài khoản", "Account's role in a province"),
            ["identity.Session"] = ("Phiên đăng nhập", "Sign-in session"),
            ["identity.ActivationLink"] = ("Liên kết kích hoạt tài khoản", "Account activation link"),
            ["identity.SignInThrottleEntry"] = ("Đếm lần đăng nhập sai", "Failed sign-in count"),
            ["identity.IdentityRole`1"] = ("Vai trò hệ thống", "System role"),
            ["identity.IdentityUserRole`1"] = ("Vai trò của tài khoản", "Account's system role"),
            ["identity.IdentityUserClaim`1"] = ("Thuộc tính của tài khoản", "Account claim"),
            ["identity.IdentityUserLogin`1"] = ("Đăng nhập ngoài của tài khoản", "Account's external login"),
            ["identity.IdentityUserToken`1"] = ("Mã bảo mật của tài khoản", "Account's security token"),
            ["identity.IdentityRoleClaim`1"] = ("Thuộc tính của vai trò", "Role claim"),
            // Api
            ["api.ApiClient"] = ("Ứng dụng đọc dữ liệu qua API (mã truy cập)", "API client (token)"),
            ["api"] = ("API đọc dữ liệu", "Read API"),
            // Core
            ["submissions.SubmissionClaim"] = ("Biểu mẫu đã nhận (chống gửi hai lần)", "Form received (against double posts)"),
            ["data_protection.KeyRingElement"] = ("Khóa bảo vệ dữ liệu", "Data-protection key"),
            // Events recorded by name rather than saved rows
            ["page"] = ("Trang web", "Web page"),
            ["account"] = ("Tài khoản đăng nhập", "Sign-in account"),
        };

    /// <summary>The action's label in Vietnamese (the wording key), or the action as stored.</summary>
    public static string Action(string action) => Actions.TryGetValue(action, out var label) ? label.Vietnamese : action;

    /// <summary>The entity's label in Vietnamese (the wording key), or the name as stored.</summary>
    public static string Entity(string entity) => Entities.TryGetValue(entity, out var label) ? label.Vietnamese : entity;

    /// <summary>The stored names whose label, in either language, contains the text: so the page's filter finds "báo cáo".</summary>
    public static IReadOnlyList<string> NamesLabelled(IReadOnlyDictionary<string, (string Vietnamese, string English)> labels, string text) =>
        [.. labels.Where(l => l.Value.Vietnamese.Contains(text, StringComparison.OrdinalIgnoreCase) ||
                              l.Value.English.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(l => l.Key)];

    /// <summary>Every label's English, for the module's wording.</summary>
    public static IEnumerable<KeyValuePair<string, string>> English =>
        Actions.Values.Concat(Entities.Values).Select(l => KeyValuePair.Create(l.Vietnamese, l.English));
}
