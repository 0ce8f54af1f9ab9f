using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Committees.Contracts;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;
using Platform.Sdk;
using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;
using Platform.Tasks.Contracts;

namespace Platform.Consultations.Services;

/// <summary>What the standing agency types to launch a consultation.</summary>
internal sealed class LaunchForm
{
    public string? Subject { get; set; }
    public string? Details { get; set; }
    public List<string?> Questions { get; set; } = [];
    public List<string?> Kinds { get; set; } = [];
    /// <summary>
    /// Who is asked: <see cref="Everyone"/> (every seat held on the day, the default), <see cref="ChosenSeats"/> (the
    /// seats ticked), <see cref="Leaders"/> (the head and the deputies), or "nhom:" and a body's key (a sub-committee's,
    /// a working group's or a support team's seats).
    /// </summary>
    public string? Scope { get; set; }

    public const string Everyone = "tat-ca";
    public const string ChosenSeats = "chon";
    public const string Leaders = "lanh-dao";
    public const string BodyPrefix = "nhom:";
    public List<string> Seats { get; set; } = [];
    public string? Deadline { get; set; }
    public bool Urgent { get; set; }

    /// <summary>The meeting that hands its question to this consultation, if any.</summary>
    public Guid? MeetingId { get; set; }
}

/// <summary>One question's answer as typed.</summary>
internal sealed class AnswerInput
{
    public Guid QuestionId { get; set; }
    public string? Position { get; set; }
    public string? Comment { get; set; }
}

/// <summary>One item of the head's conclusion as typed.</summary>
internal sealed class ItemInput
{
    public string? Text { get; set; }
    public string? LeadAgencyKey { get; set; }
    public string? Due { get; set; }
}

/// <summary>
/// Launching, approving, answering, closing, concluding and withdrawing consultations. The command decides who may act:
/// the launcher and approver the pack states (by default the standing agency drafts and the head approves), the holder
/// of a recipient seat answers for it, the standing agency closes with the synthesis and withdraws, the approver concludes.
/// </summary>
internal sealed class ConsultationCommands(
    ConsultationsDbContext db,
    CurrentProvince province,
    ICommitteeDirectory committee,
    ITaskAssignments tasks,
    IMeetingRecords meetings,
    IAuthorizationService authorization,
    ICurrentActor actor,
    Core.Notifications.INotificationOutbox outbox,
    TimeProvider clock) : IModuleService
{
    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Việc lấy ý kiến vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this consultation; your change was not saved. Review it and send again."));

    public static readonly Outcome AnswerClash = Outcome.Conflicted(new(
        "Một ý kiến khác của vị trí này vừa được gửi cùng lúc; ý kiến của bạn chưa được lưu. Hãy xem lại ý kiến hiện hành rồi gửi lại nếu cần.",
        "Another answer for this seat was sent at the same moment; yours was not saved. Review the current answer and send again if needed."));

    private ProvinceDefinition Province => province.Required;

    private ConsultationRules Rules => Province.Consultations;

    private DateOnly Today => VietnamTime.Today(clock);

    private Message Cite(ArticleRef? article, string vi, string en) =>
        article is null ? new(vi, en) : Message.Citing(Province.Name, article, vi, en);

    public async Task<bool> IsSecretariatAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>Whether <paramref name="user"/> may draft a consultation under the pack's rule.</summary>
    public async Task<bool> MayLaunchAsync(ClaimsPrincipal user, CancellationToken ct) => Rules.Launcher switch
    {
        ConsultationLauncher.Leaders => (await SeatsOfAsync(user, ct)).Any(s => s.Role != SeatRole.Member),
        _ => await IsSecretariatAsync(user),
    };

    /// <summary>Whether <paramref name="user"/> holds the seat that approves launches and concludes (the head by default).</summary>
    public async Task<string?> ApproverSeatAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var role = Rules.Approver == Decider.StandingDeputy ? SeatRole.StandingDeputy : SeatRole.Head;
        return (await SeatsOfAsync(user, ct)).FirstOrDefault(s => s.Role == role)?.SeatKey;
    }

    /// <summary>The seats <paramref name="user"/> holds today.</summary>
    public async Task<IReadOnlyList<SeatHolder>> SeatsOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = user.SeatsIn(Province.Code.Value);
        return mine.Count == 0 ? [] : [.. (await committee.SeatsOnAsync(Today, ct)).Where(s => mine.Contains(s.SeatKey))];
    }

    public async Task<Outcome> LaunchAsync(LaunchForm form, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await MayLaunchAsync(user, ct))
        {
            return Outcome.Refused(Cite(Rules.LaunchArticle,
                Rules.Launcher == ConsultationLauncher.Leaders ? "Chỉ Trưởng Ban, Phó Trưởng Ban phát hành việc lấy ý kiến." : "Chỉ Cơ quan thường trực soạn và phát hành việc lấy ý kiến.",
                Rules.Launcher == ConsultationLauncher.Leaders ? "Only the head or a deputy launches a consultation." : "Only the standing agency drafts and launches a consultation."));
        }

        var errors = new Dictionary<string, Message>();
        var subject = form.Subject?.Trim();
        if (string.IsNullOrEmpty(subject))
        {
            errors["Form.Subject"] = new("Hãy nhập nội dung xin ý kiến.", "Enter what the members are asked about.");
        }

        var questions = form.Questions.Select((text, i) => (Text: text?.Trim(), Kind: form.Kinds.ElementAtOrDefault(i) == nameof(QuestionKind.FreeText) ? QuestionKind.FreeText : QuestionKind.Choice))
            .Where(q => !string.IsNullOrEmpty(q.Text)).ToList();
        if (questions.Count == 0)
        {
            errors["Form.Questions"] = new("Hãy nhập ít nhất một câu hỏi.", "Enter at least one question.");
        }

        if (!VietnamTime.TryParse(form.Deadline, out var deadline))
        {
            errors["Form.Deadline"] = new("Hãy nhập hạn trả lời theo dạng dd/MM/yyyy.", "Enter the answer deadline as dd/MM/yyyy.");
        }
        else if (deadline < Today)
        {
            errors["Form.Deadline"] = new("Hạn trả lời không được ở trong quá khứ.", "The answer deadline cannot be in the past.");
        }

        if (form.Urgent && Rules.Urgent is null)
        {
            errors["Form.Urgent"] = new("Quy chế của tỉnh không quy định lấy ý kiến qua nền tảng số cho việc cấp bách.", "The province's regulation does not provide for urgent opinions through digital platforms.");
        }

        var seats = (await committee.SeatsOnAsync(Today, ct)).Where(s => s.HolderName is not null).ToList();
        string? group = null;
        List<SeatHolder> recipients;
        switch (form.Scope)
        {
            case LaunchForm.ChosenSeats:
                recipients = [.. seats.Where(s => form.Seats.Contains(s.SeatKey))];
                break;
            case LaunchForm.Leaders:
                recipients = [.. seats.Where(s => s.Role is SeatRole.Head or SeatRole.StandingDeputy or SeatRole.Deputy)];
                group = "Lãnh đạo Ban Chỉ đạo";
                break;
            case { } scope when scope.StartsWith(LaunchForm.BodyPrefix, StringComparison.Ordinal):
                var body = (await committee.BodiesAsync(ct)).FirstOrDefault(b => b.Key == scope[LaunchForm.BodyPrefix.Length..]);
                recipients = body is null ? [] : [.. seats.Where(s => body.MemberSeatKeys.Contains(s.SeatKey))];
                group = body?.Name;
                break;
            default:
                recipients = seats;
                break;
        }

        if (recipients.Count == 0)
        {
            errors["Form.Seats"] = new("Hãy chọn ít nhất một thành viên nhận phiếu lấy ý kiến.", "Choose at least one member to ask.");
        }

        var meeting = form.MeetingId is { } meetingId ? await meetings.MeetingAsync(meetingId, ct) : null;
        if (form.MeetingId is not null && meeting is null)
        {
            errors["Form.MeetingId"] = new("Không tìm thấy cuộc họp chuyển câu hỏi sang lấy ý kiến bằng văn bản.", "The meeting handing over the question was not found.");
        }

        var (accepted, refusal) = await Uploads.ReadAsync(uploads, ct);
        if (refusal is not null)
        {
            errors["Form.Files"] = refusal;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var code = Province.Code.Value;
        var number = (await db.Consultations.Where(c => c.Year == Today.Year).MaxAsync(c => (int?)c.Number, ct) ?? 0) + 1;
        var consultation = new Consultation
        {
            Id = Guid.CreateVersion7(),
            Province = code,
            Year = Today.Year,
            Number = number,
            Subject = subject!,
            Details = string.IsNullOrWhiteSpace(form.Details) ? null : form.Details.Trim(),
            Urgent = form.Urgent,
            ChosenRecipients = form.Scope is not (null or "" or LaunchForm.Everyone),
            RecipientGroup = group,
            MeetingId = meeting?.Id,
            MeetingTitle = meeting?.Title,
            Deadline = deadline,
            State = ConsultationState.Draft,
            DraftedBy = actor.Name,
            DraftedAt = clock.GetUtcNow(),
        };
        consultation.Questions.AddRange(questions.Select((q, i) => new Question { Id = Guid.CreateVersion7(), Province = code, Number = i + 1, Text = q.Text!, Kind = q.Kind }));
        consultation.Recipients.AddRange(recipients.Select((s, i) => new Recipient
        {
            Id = Guid.CreateVersion7(), Province = code, Order = i, SeatKey = s.SeatKey, Office = s.Office, HolderName = s.HolderName, AgencyKey = s.AgencyKey,
        }));
        db.Consultations.Add(consultation);
        AddFiles(consultation.Id, null, accepted);
        return await SaveAsync(consultation.Id, Clash, ct);
    }

    public async Task<Outcome> ApproveAsync(Guid id, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var consultation = await db.Consultations.Include(c => c.Recipients).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return Outcome.Missing;
        }

        if (await ApproverSeatAsync(user, ct) is not { } seat)
        {
            return Outcome.Refused(ApproverOnly());
        }

        if (consultation.CannotApprove() is { } why)
        {
            return Outcome.Broken(why);
        }

        if (consultation.Version != version)
        {
            return Clash;
        }

        if (consultation.Deadline < Today)
        {
            return Outcome.Broken(new("Hạn trả lời đã qua; hãy thu hồi và soạn lại với hạn mới.", "The answer deadline has passed; withdraw it and draft again with a new deadline."));
        }

        consultation.State = ConsultationState.Open;
        consultation.ApprovedBySeat = seat;
        consultation.ApprovedBy = actor.Name;
        consultation.ApprovedAt = clock.GetUtcNow();

        // Opened: each member asked hears of it with the approval, and answers on the platform.
        var rule = consultation.Urgent ? Rules.Urgent : Rules.WrittenOpinions;
        outbox.Add(db, new Core.Notifications.Notification
        {
            Kind = "consultation.opened",
            Subject = $"Xin ý kiến thành viên số {consultation.Number}/{consultation.Year}: {consultation.Subject}",
            Body = $"Ban Chỉ đạo xin ý kiến đồng chí về: {consultation.Subject}" +
                   (consultation.Details is null ? "" : $"\n{consultation.Details}") +
                   $"\nHạn trả lời: {VietnamTime.Format(consultation.Deadline)}{(consultation.Urgent ? " (cấp bách, trả lời qua Nền tảng)" : "")}." +
                   (rule is null ? "" : $"\n({Province.Name}, Điều {rule})"),
            Link = $"/{Province.Code.Value}/y-kien/{consultation.Id}",
            Seats = [.. consultation.Recipients.Select(r => r.SeatKey).Distinct(StringComparer.Ordinal)],
        });
        return await SaveAsync(id, Clash, ct);
    }

    /// <summary>
    /// The holder of a recipient seat sends the seat's answer. A first answer is revision 1; a correction is the next
    /// revision and the earlier one stays, no longer current. An answer after the deadline day is taken and marked late.
    /// </summary>
    public async Task<Outcome> AnswerAsync(Guid id, string seatKey, IReadOnlyList<AnswerInput> lines, IReadOnlyList<Upload> uploads, int expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().Include(c => c.Questions).Include(c => c.Recipients).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return Outcome.Missing;
        }

        if (consultation.Recipients.All(r => r.SeatKey != seatKey) || !user.HoldsSeat(Province.Code.Value, seatKey))
        {
            return Outcome.Refused(new("Bạn chỉ trả lời cho vị trí thành viên mình đang giữ và được xin ý kiến.", "You answer only for a member seat you hold that was asked."));
        }

        if (consultation.CannotAnswer() is { } why)
        {
            return Outcome.Broken(why);
        }

        var errors = new Dictionary<string, Message>();
        var answer = new Answer
        {
            Id = Guid.CreateVersion7(),
            Province = Province.Code.Value,
            ConsultationId = id,
            SeatKey = seatKey,
            Revision = expectedRevision + 1,
            Current = true,
            SentBy = actor.Name,
            SentAt = clock.GetUtcNow(),
            Late = Today > consultation.Deadline,
        };
        foreach (var question in consultation.Questions.OrderBy(q => q.Number))
        {
            var typed = lines.FirstOrDefault(l => l.QuestionId == question.Id);
            var comment = string.IsNullOrWhiteSpace(typed?.Comment) ? null : typed.Comment.Trim();
            Position? position = null;
            if (question.Kind == QuestionKind.Choice)
            {
                if (Enum.TryParse<Position>(typed?.Position, out var p) && Enum.IsDefined(p))
                {
                    position = p;
                }
                else
                {
                    errors[$"Q{question.Number}"] = new($"Câu {question.Number}: hãy chọn đồng ý, không đồng ý hoặc ý kiến khác.", $"Question {question.Number}: choose agree, disagree or another opinion.");
                }

                if (position == Model.Position.Other && comment is null)
                {
                    errors[$"Q{question.Number}"] = new($"Câu {question.Number}: hãy ghi rõ ý kiến khác.", $"Question {question.Number}: write the other opinion.");
                }
            }
            else if (comment is null)
            {
                errors[$"Q{question.Number}"] = new($"Câu {question.Number}: hãy nhập ý kiến.", $"Question {question.Number}: enter your opinion.");
            }

            answer.Lines.Add(new AnswerLine { Id = Guid.CreateVersion7(), Province = answer.Province, QuestionId = question.Id, Position = position, Comment = comment });
        }

        var (accepted, refusal) = await Uploads.ReadAsync(uploads, ct);
        if (refusal is not null)
        {
            errors["Files"] = refusal;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var current = await db.Answers.Where(a => a.ConsultationId == id && a.SeatKey == seatKey && a.Current).ToListAsync(ct);
        if (current.Any(a => a.Revision != expectedRevision) || (expectedRevision > 0 && current.Count == 0))
        {
            return AnswerClash;
        }

        // The earlier revision is set aside first, in its own statement, so the "one current answer" index never sees two.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var earlier in current)
        {
            earlier.Current = false;
        }

        var outcome = await SaveAsync(null, AnswerClash, ct);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        db.Answers.Add(answer);
        AddFiles(id, answer.Id, accepted);

        // The focal point's draft has served: the opinion is the holder's answer now.
        db.Drafts.RemoveRange(await db.Drafts.Where(d => d.ConsultationId == id && d.SeatKey == seatKey).ToListAsync(ct));
        outcome = await SaveAsync(answer.Id, AnswerClash, ct);
        if (outcome.Succeeded)
        {
            await transaction.CommitAsync(ct);
        }

        return outcome;
    }

    /// <summary>
    /// An agency's focal point prepares the answer of the seat its agency holds; the holder reviews and sends it (an
    /// agency's staff act for the agency, never for a person's seat: only the holder's sending is an opinion). A draft
    /// may be partial. Saving over a draft someone else saved since the page was opened is refused.
    /// </summary>
    public async Task<Outcome> PrepareAsync(Guid id, string seatKey, IReadOnlyList<AnswerInput> lines, uint? expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().Include(c => c.Questions).Include(c => c.Recipients).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return Outcome.Missing;
        }

        var recipient = consultation.Recipients.FirstOrDefault(r => r.SeatKey == seatKey);
        if (recipient?.AgencyKey is not { } agency || !user.AgenciesIn(Province.Code.Value).Contains(agency))
        {
            return Outcome.Refused(new("Chỉ đầu mối của cơ quan có thành viên được xin ý kiến chuẩn bị ý kiến cho thành viên đó.", "Only a focal point of the asked member's agency prepares that member's answer."));
        }

        if (consultation.CannotAnswer() is { } why)
        {
            return Outcome.Broken(why);
        }

        var draft = await db.Drafts.Include(d => d.Lines).SingleOrDefaultAsync(d => d.ConsultationId == id && d.SeatKey == seatKey, ct);
        if (draft is not null && draft.Version != expectedVersion)
        {
            return Clash;
        }

        if (draft is null)
        {
            draft = new AnswerDraft { Id = Guid.CreateVersion7(), Province = Province.Code.Value, ConsultationId = id, SeatKey = seatKey, PreparedBy = actor.Name };
            db.Drafts.Add(draft);
        }
        else
        {
            db.DraftLines.RemoveRange(draft.Lines);
            draft.Lines.Clear();
        }

        draft.PreparedBy = actor.Name;
        draft.PreparedAt = clock.GetUtcNow();
        foreach (var question in consultation.Questions.OrderBy(q => q.Number))
        {
            var typed = lines.FirstOrDefault(l => l.QuestionId == question.Id);
            Position? position = question.Kind == QuestionKind.Choice && Enum.TryParse<Position>(typed?.Position, out var p) && Enum.IsDefined(p) ? p : null;
            var comment = string.IsNullOrWhiteSpace(typed?.Comment) ? null : typed.Comment.Trim();
            draft.Lines.Add(new DraftLine { Id = Guid.CreateVersion7(), Province = draft.Province, DraftId = draft.Id, QuestionId = question.Id, Position = position, Comment = comment });
        }

        return await SaveAsync(id, Clash, ct);
    }

    public async Task<Outcome> CloseAsync(Guid id, string? synthesis, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await IsSecretariatAsync(user))
        {
            return Outcome.Refused(new("Chỉ Cơ quan thường trực tổng hợp và kết thúc việc lấy ý kiến.", "Only the standing agency closes a consultation with its synthesis."));
        }

        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return Outcome.Missing;
        }

        if (consultation.CannotClose() is { } why)
        {
            return Outcome.Broken(why);
        }

        if (string.IsNullOrWhiteSpace(synthesis))
        {
            return Outcome.Invalid("Synthesis", new("Hãy nhập bản tổng hợp ý kiến.", "Enter the synthesis of the opinions."));
        }

        if (consultation.Version != version)
        {
            return Clash;
        }

        consultation.State = ConsultationState.Closed;
        consultation.Synthesis = synthesis.Trim();
        consultation.ClosedAt = clock.GetUtcNow();
        return await SaveAsync(id, Clash, ct);
    }

    /// <summary>
    /// The head (or the approver the pack names) issues the conclusion; each item becomes a task with its lead agency
    /// and deadline, through the tasks module's contract, issued by the concluding seat.
    /// </summary>
    public async Task<Outcome> ConcludeAsync(Guid id, string? conclusion, IReadOnlyList<ItemInput> items, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var consultation = await db.Consultations.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return Outcome.Missing;
        }

        if (await ApproverSeatAsync(user, ct) is not { } seat)
        {
            return Outcome.Refused(ApproverOnly());
        }

        if (consultation.CannotConclude() is { } why)
        {
            return Outcome.Broken(why);
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(conclusion))
        {
            errors["Conclusion"] = new("Hãy nhập ý kiến kết luận.", "Enter the conclusion.");
        }

        var agencies = (await committee.AgenciesAsync(ct)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var read = new List<ConclusionItem>();
        foreach (var (item, i) in items.Select((item, i) => (item, i)).Where(x => !string.IsNullOrWhiteSpace(x.item.Text) || !string.IsNullOrWhiteSpace(x.item.LeadAgencyKey) || !string.IsNullOrWhiteSpace(x.item.Due)))
        {
            var n = read.Count + 1;
            if (string.IsNullOrWhiteSpace(item.Text))
            {
                errors[$"Items[{i}].Text"] = new($"Mục {n}: hãy nhập nội dung.", $"Item {n}: enter what is to be done.");
            }

            if (item.LeadAgencyKey is null || !agencies.Contains(item.LeadAgencyKey))
            {
                errors[$"Items[{i}].LeadAgencyKey"] = new($"Mục {n}: hãy chọn cơ quan chủ trì.", $"Item {n}: choose the lead agency.");
            }

            if (!VietnamTime.TryParse(item.Due, out var due) || due < Today)
            {
                errors[$"Items[{i}].Due"] = new($"Mục {n}: hãy nhập thời hạn từ hôm nay (dd/MM/yyyy).", $"Item {n}: enter a deadline from today (dd/MM/yyyy).");
            }

            read.Add(new ConclusionItem
            {
                Id = Guid.CreateVersion7(), Province = consultation.Province, ConsultationId = id, Number = n, Text = item.Text?.Trim() ?? "", LeadAgencyKey = item.LeadAgencyKey ?? "", Due = due,
            });
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (consultation.Version != version)
        {
            return Clash;
        }

        consultation.Conclusion = conclusion!.Trim();
        consultation.ConcludedBySeat = seat;
        consultation.ConcludedAt = clock.GetUtcNow();
        db.ConclusionItems.AddRange(read);
        var saved = await SaveAsync(id, Clash, ct);
        if (!saved.Succeeded || read.Count == 0)
        {
            return saved;
        }

        // Checked above as the tasks module checks them (known agency, deadline from today), so following cannot refuse.
        var problems = await tasks.FollowConsultationConclusionAsync(
            new ConclusionToFollow($"Kết luận lấy ý kiến số {consultation.Reference}", $"y-kien/{id}", seat,
                [.. read.Select(i => new ConclusionItemToFollow(i.Id, i.Number, i.Text, i.LeadAgencyKey, i.Due))]),
            ct);
        return problems.Count == 0 ? saved : throw new InvalidOperationException(string.Join("; ", problems));
    }

    public async Task<Outcome> WithdrawAsync(Guid id, string? reason, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await IsSecretariatAsync(user))
        {
            return Outcome.Refused(new("Chỉ Cơ quan thường trực thu hồi việc lấy ý kiến.", "Only the standing agency withdraws a consultation."));
        }

        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return Outcome.Missing;
        }

        if (consultation.CannotWithdraw(Today) is { } why)
        {
            return Outcome.Broken(why);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Invalid("Reason", new("Hãy nêu lý do thu hồi.", "Give the reason for withdrawing."));
        }

        if (consultation.Version != version)
        {
            return Clash;
        }

        consultation.State = ConsultationState.Withdrawn;
        consultation.WithdrawalReason = reason.Trim();
        consultation.WithdrawnAt = clock.GetUtcNow();
        return await SaveAsync(id, Clash, ct);
    }

    private Message ApproverOnly() => Rules.Approver == Decider.StandingDeputy
        ? Cite(Rules.ApprovalArticle, "Chỉ Phó Trưởng Ban Thường trực duyệt và kết luận việc lấy ý kiến.", "Only the standing deputy head approves and concludes a consultation.")
        : Cite(Rules.ApprovalArticle, "Chỉ Trưởng Ban duyệt và kết luận việc lấy ý kiến.", "Only the head approves and concludes a consultation.");

    /// <summary>Adds accepted files to the consultation (the request's documents) or to one answer revision.</summary>
    private void AddFiles(Guid consultationId, Guid? answerId, IReadOnlyList<AcceptedFile> files)
    {
        foreach (var file in files)
        {
            var fileId = Guid.CreateVersion7();
            db.Files.Add(new ConsultationFile
            {
                Id = fileId, Province = Province.Code.Value, ConsultationId = consultationId, AnswerId = answerId, FileName = file.Name,
                ContentType = file.ContentType, Size = file.Bytes.LongLength, Sha256 = file.Sha256, UploadedBy = actor.Name, UploadedAt = clock.GetUtcNow(),
                Text = file.Text,
            });
            db.FileContents.Add(new FileContent { Id = fileId, Province = Province.Code.Value, Bytes = file.Bytes });
        }
    }

    private async Task<Outcome> SaveAsync(Guid? id, Outcome clash, CancellationToken ct)
    {
        try
        {
            return await Outcome.SaveAsync(db, id, clash, ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return clash;
        }
    }
}
