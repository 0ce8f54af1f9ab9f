using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;
using Platform.Sdk;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// Assigning and following tasks. Who may do what: the lead agency's focal point reports progress and asks for more
/// time; co-operating agencies comment; whoever assigned the task decides extensions; the standing agency marks done,
/// reopens or cancels with a reason. Every change writes a history entry in the same save.
/// </summary>
internal sealed class TaskCommands(
    TasksDbContext db,
    CurrentProvince province,
    ICommitteeDirectory committee,
    IConclusionNotices notices,
    CommitteeActors actors,
    ICurrentActor actor,
    Core.Notifications.INotificationOutbox outbox,
    TaskNotifications notifications,
    TimeProvider clock) : IModuleService
{
    private string Province => province.Required.Code.Value;

    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Follows an item of an issued conclusion notice; the meeting's chair is the task's issuer.</summary>
    public async Task<Outcome> FromConclusionAsync(Guid itemId, TaskForm form, CancellationToken ct)
    {
        var item = await notices.ItemAsync(itemId, ct);
        if (item is null)
        {
            return Outcome.Missing;
        }

        if (await db.Tasks.AnyAsync(t => t.Source == TaskSource.Conclusion && t.SourceId == itemId, ct))
        {
            return Outcome.Broken(new("Mục kết luận này đã được theo dõi thành nhiệm vụ.", "This conclusion is already followed as a task."));
        }

        var label = $"Thông báo kết luận {item.NoticeNumber} ngày {VietnamTime.Format(item.NoticeDate)}, mục {item.Number}";
        return await AssignAsync(form, TaskSource.Conclusion, itemId, label, $"meetings/{item.MeetingId}/notice", item.ChairSeatKey, ct);
    }

    /// <summary>A leader assigns a task directly; their seat is the issuer.</summary>
    public async Task<Outcome> DirectAsync(TaskForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = await actors.OfAsync(user, ct);
        if (me.LeaderSeat is not { } seat)
        {
            return Outcome.Refused(new("Chỉ Trưởng Ban, Phó Trưởng Ban giao nhiệm vụ trực tiếp.", "Only the head or a deputy head assigns a task directly."));
        }

        return await AssignAsync(form, TaskSource.Direct, null, $"Giao trực tiếp: {seat.HolderName ?? seat.Office}, {seat.Office}", null, seat.SeatKey, ct);
    }

    /// <summary>Adds the task and its first history entry without saving; returns the form's problems (nothing added then).</summary>
    internal async Task<IReadOnlyList<Message>> PrepareAsync(TaskForm form, TaskSource source, Guid? sourceId, string label, string? path, string issuerSeat, CancellationToken ct)
    {
        var agencies = (await committee.AgenciesAsync(ct)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var portfolios = province.Required.Portfolios.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var read = form.Parse(agencies, portfolios, Today);
        if (read.Errors.Count > 0)
        {
            return [.. read.Errors.Values];
        }

        Create(read, source, sourceId, label, path, issuerSeat);
        return [];
    }

    /// <summary>Creates the task (or the series of a recurring task) and its first history entry.</summary>
    internal async Task<Outcome> AssignAsync(TaskForm form, TaskSource source, Guid? sourceId, string label, string? path, string issuerSeat, CancellationToken ct)
    {
        var agencies = (await committee.AgenciesAsync(ct)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var portfolios = province.Required.Portfolios.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var read = form.Parse(agencies, portfolios, Today);
        if (read.Errors.Count > 0)
        {
            return Outcome.Invalid(read.Errors);
        }

        var created = Create(read, source, sourceId, label, path, issuerSeat);
        return await Edits.SaveAsync(db, created[0].Id, ct);
    }

    /// <summary>
    /// Creates one task aimed at an index or one of its pillars (Platform.Indices asks, having checked who may): the
    /// deadline from today; the aim stored with the task so the index's page and the dashboard find it.
    /// </summary>
    internal async Task<Outcome> AimAsync(TaskForm form, string indexKey, string? pillar, string label, string path, string issuerSeat, CancellationToken ct)
    {
        var agencies = (await committee.AgenciesAsync(ct)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var read = form.Parse(agencies, new HashSet<string>(), Today);
        var errors = new Dictionary<string, Message>(read.Errors);
        if (!errors.ContainsKey(nameof(TaskForm.Due)) && read.Due < Today)
        {
            errors[nameof(TaskForm.Due)] = new("Thời hạn phải từ hôm nay trở đi.", "The deadline must be today or later.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var created = Create(read, TaskSource.Index, null, label, path, issuerSeat);
        foreach (var task in created)
        {
            (task.AimIndexKey, task.AimPillar) = (indexKey, pillar);
        }

        return await Edits.SaveAsync(db, created[0].Id, ct);
    }

    internal List<TaskItem> Create(TaskForm.Read read, TaskSource source, Guid? sourceId, string label, string? path, string issuerSeat)
    {
        var now = clock.GetUtcNow();
        var deadlines = read.Deadlines();
        var series = deadlines.Count > 1 ? Guid.CreateVersion7() : (Guid?)null;
        var tasks = new List<TaskItem>();
        foreach (var due in deadlines)
        {
            var task = new TaskItem
            {
                Id = Guid.CreateVersion7(),
                Province = Province,
                Title = read.Title,
                ExpectedOutput = read.ExpectedOutput,
                Source = source,
                SourceId = sourceId,
                SourceLabel = label,
                SourcePath = path,
                PortfolioKey = read.PortfolioKey,
                LeadAgencyKey = read.LeadAgencyKey,
                CoAgencyKeys = read.CoAgencyKeys,
                IssuerSeatKey = issuerSeat,
                AssignedBy = actor.Name,
                AssignedAt = now,
                OriginalDue = due,
                Due = due,
                SeriesId = series,
                Recurrence = read.Recurrence,
                SearchText = VietnameseText.Fold($"{read.Title} {read.ExpectedOutput} {label}"),
            };
            db.Tasks.Add(task);
            db.Updates.Add(History(task, UpdateKind.Assigned, null, null));
            tasks.Add(task);
        }

        // The lead agency and the co-operating agencies hear of it, with the change (their focal points' accounts).
        var first = tasks[0];
        outbox.Add(db, new Core.Notifications.Notification
        {
            Kind = "task.assigned",
            Subject = $"Nhiệm vụ được giao: {first.Title}",
            Body = $"Nhiệm vụ: {first.Title}\nNguồn: {label}\nHạn hoàn thành: {VietnamTime.Format(first.Due)}" +
                   (tasks.Count > 1 ? $" (định kỳ, {tasks.Count} lần, lần cuối {VietnamTime.Format(tasks[^1].Due)})" : "") +
                   (first.ExpectedOutput is null ? "" : $"\nKết quả cần đạt: {first.ExpectedOutput}"),
            Link = $"/{Province}/tasks/{first.Id}",
            Agencies = [.. new[] { first.LeadAgencyKey }.Concat(first.CoAgencyKeys).Distinct(StringComparer.Ordinal)],
        });
        return tasks;
    }

    /// <summary>The lead agency's focal point (or the standing agency) reports progress, optionally with evidence.</summary>
    public async Task<Outcome> ReportAsync(Guid taskId, string? text, TaskProgress progress, string? percent, IReadOnlyList<Upload> files, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return Outcome.Missing;
        }

        var me = await actors.OfAsync(user, ct);
        if (!me.Secretariat && !me.Agencies.Contains(task.LeadAgencyKey))
        {
            return Outcome.Refused(Cite(province.Required.Tasks.Accountability,
                "Chỉ đầu mối của cơ quan chủ trì (hoặc Cơ quan thường trực) báo cáo tiến độ nhiệm vụ.", "Only the lead agency's focal point (or the standing agency) reports progress."));
        }

        if (task.Version != version)
        {
            return Edits.Clash;
        }

        if (task.CheckTakesReports() is { } closed)
        {
            return closed;
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["Text"] = new("Hãy nêu kết quả, tiến độ thực hiện.", "Describe what was done.");
        }

        if (progress is not (TaskProgress.InProgress or TaskProgress.Done))
        {
            errors["Progress"] = new("Hãy chọn tình trạng: đang thực hiện hoặc đã hoàn thành.", "Choose in progress or done.");
        }

        int? done = null;
        if (!string.IsNullOrWhiteSpace(percent))
        {
            if (int.TryParse(percent, out var p) && p is >= 0 and <= 100)
            {
                done = p;
            }
            else
            {
                errors["Percent"] = new("Tỷ lệ hoàn thành là số từ 0 đến 100.", "The share done is a number from 0 to 100.");
            }
        }

        var (accepted, refusal) = await Uploads.ReadAsync(files, ct);
        if (refusal is not null)
        {
            errors["Files"] = refusal;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        task.Progress = progress;
        task.Percent = progress == TaskProgress.Done ? 100 : done ?? task.Percent;

        // The row is written even when state and share stay as they were, so its xmin moves with every report and a
        // report sent from a page opened before this one is refused rather than added after it unseen.
        db.Entry(task).Property(t => t.Progress).IsModified = true;
        if (progress == TaskProgress.Done)
        {
            (task.CompletedOn, task.ClosedBy) = (Today, actor.Name);
        }

        var update = History(task, progress == TaskProgress.Done ? UpdateKind.MarkedDone : UpdateKind.Progress, text!.Trim(), AgencyOf(me, task));
        update.Percent = task.Percent;
        db.Updates.Add(update);
        foreach (var file in accepted)
        {
            var id = Guid.CreateVersion7();
            db.Files.Add(new TaskFile { Id = id, Province = Province, TaskId = taskId, UpdateId = update.Id, FileName = file.Name, ContentType = file.ContentType, Size = file.Bytes.LongLength, Sha256 = file.Sha256, Text = file.Text });
            db.FileContents.Add(new TaskFileContent { Id = id, Province = Province, Bytes = file.Bytes });
        }

        return await Edits.SaveAsync(db, taskId, ct);
    }

    /// <summary>A co-operating agency, the lead agency, a leader or the standing agency comments.</summary>
    public async Task<Outcome> CommentAsync(Guid taskId, string? text, ClaimsPrincipal user, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return Outcome.Missing;
        }

        var me = await actors.OfAsync(user, ct);
        var involved = me.Secretariat || me.LeaderSeat is not null || me.Agencies.Contains(task.LeadAgencyKey) || task.CoAgencyKeys.Any(me.Agencies.Contains);
        if (!involved)
        {
            return Outcome.Refused(new("Chỉ cơ quan chủ trì, cơ quan phối hợp, lãnh đạo Ban Chỉ đạo và Cơ quan thường trực trao đổi về nhiệm vụ.", "Only the lead and co-operating agencies, the leaders and the standing agency comment on a task."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome.Invalid("Comment", new("Hãy nhập nội dung trao đổi.", "Enter the comment."));
        }

        db.Updates.Add(History(task, UpdateKind.Comment, text.Trim(), AgencyOf(me, task)));
        return await Edits.SaveAsync(db, taskId, ct);
    }

    /// <summary>The standing agency closes, reopens or cancels; reopening and cancelling need a reason.</summary>
    public async Task<Outcome> SetAsync(Guid taskId, UpdateKind change, string? reason, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await actors.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return Outcome.Missing;
        }

        if (task.Version != version)
        {
            return Edits.Clash;
        }

        if (change is UpdateKind.Reopened or UpdateKind.Cancelled && string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Invalid("Reason", new("Hãy ghi lý do.", "Give the reason."));
        }

        if (task.ChangeState(change, reason, Today, actor.Name) is { } notAllowed)
        {
            return notAllowed;
        }

        db.Updates.Add(History(task, change, reason?.Trim(), null));
        return await Edits.SaveAsync(db, taskId, ct);
    }

    /// <summary>The lead agency asks for a later deadline, with a reason; whoever assigned the task decides.</summary>
    public async Task<Outcome> AskExtensionAsync(Guid taskId, string? newDue, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return Outcome.Missing;
        }

        var me = await actors.OfAsync(user, ct);
        if (!me.Secretariat && !me.Agencies.Contains(task.LeadAgencyKey))
        {
            return Outcome.Refused(new("Chỉ cơ quan chủ trì đề nghị gia hạn nhiệm vụ.", "Only the lead agency asks for an extension."));
        }

        if (task.CheckTakesExtensionRequests() is { } closed)
        {
            return closed;
        }

        var errors = new Dictionary<string, Message>();
        if (!VietnamTime.TryParse(newDue, out var due))
        {
            errors["NewDue"] = new("Thời hạn mới phải có dạng dd/MM/yyyy.", "The new deadline must be dd/MM/yyyy.");
        }
        else if (due <= task.Due)
        {
            errors["NewDue"] = new($"Thời hạn mới phải sau thời hạn hiện tại ({VietnamTime.Format(task.Due)}).", $"The new deadline must come after the present one ({VietnamTime.Format(task.Due)}).");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["ExtensionReason"] = new("Hãy nêu lý do đề nghị gia hạn.", "Give the reason for the extension.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (await db.Extensions.AnyAsync(x => x.TaskId == taskId && x.Status == ExtensionStatus.Pending, ct))
        {
            return Outcome.Broken(new("Đã có đề nghị gia hạn đang chờ quyết định.", "An extension request is already waiting for a decision."));
        }

        var request = new ExtensionRequest
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            TaskId = taskId,
            CurrentDue = task.Due,
            RequestedDue = due,
            Reason = reason!.Trim(),
            RequestedBy = actor.Name,
            RequestedAt = clock.GetUtcNow(),
            ApproverSeatKey = task.IssuerSeatKey,
        };
        db.Extensions.Add(request);
        var entry = History(task, UpdateKind.ExtensionRequested, reason.Trim(), AgencyOf(me, task));
        (entry.DueBefore, entry.DueAfter) = (task.Due, due);
        db.Updates.Add(entry);
        // Whoever decides hears of it with the request, in the same save.
        var lead = (await committee.AgenciesAsync(ct)).FirstOrDefault(a => a.Key == task.LeadAgencyKey)?.Name ?? task.LeadAgencyKey;
        notifications.ExtensionRequested(task, request, lead);
        return await Edits.SaveAsync(db, taskId, ct);
    }

    /// <summary>Whoever assigned the task (the head, the meeting's chair, or the deputy who assigned it) decides the extension.</summary>
    public Task<Outcome> DecideExtensionAsync(Guid requestId, bool approve, string? note, uint version, ClaimsPrincipal user, CancellationToken ct) =>
        DecideExtensionAsync(requestId, approve, note, version, user, paper: null, ct);

    /// <summary>
    /// The standing agency enters an extension decision whoever assigned the task took on paper ("nhập thay … theo văn
    /// bản số …"), as it may for an absence: the history then names the decision's maker, the document and the secretary
    /// who entered it. Only the secretariat enters it (refused here for anyone else); the document's number and a
    /// date not after today are required.
    /// </summary>
    public async Task<Outcome> EnterExtensionOnBehalfAsync(Guid requestId, bool approve, string? note, string? documentNumber, string? documentDate, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await actors.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, Message>();
        var number = documentNumber?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(number) || number.Length > TextLimits.Name)
        {
            errors["DocumentNumber"] = new("Hãy nhập số văn bản của người đã giao nhiệm vụ (tối đa 200 ký tự).", "Enter the number of the assigner's document (at most 200 characters).");
        }

        if (!VietnamTime.TryParse(documentDate, out var date))
        {
            errors["DocumentDate"] = new("Ngày ký văn bản phải là một ngày dạng dd/MM/yyyy.", "The document's date must be a date as dd/MM/yyyy.");
        }
        else if (date > VietnamTime.Today(clock))
        {
            errors["DocumentDate"] = new("Ngày ký văn bản không được sau hôm nay.", "The document's date cannot be in the future.");
        }

        return errors.Count > 0
            ? Outcome.Invalid(errors)
            : await DecideExtensionAsync(requestId, approve, note, version, user, $"{number} ({VietnamTime.Format(date)})", ct);
    }

    private async Task<Outcome> DecideExtensionAsync(Guid requestId, bool approve, string? note, uint version, ClaimsPrincipal user, string? paper, CancellationToken ct)
    {
        var request = await db.Extensions.SingleOrDefaultAsync(x => x.Id == requestId, ct);
        if (request is null)
        {
            return Outcome.Missing;
        }

        if (paper is null && !user.HoldsSeat(Province, request.ApproverSeatKey))
        {
            return Outcome.Refused(new("Chỉ người đã giao nhiệm vụ quyết định gia hạn.", "Only whoever assigned the task decides an extension."));
        }

        if (request.Version != version)
        {
            return Edits.Clash;
        }

        if (request.Status != ExtensionStatus.Pending)
        {
            return Outcome.Broken(new("Đề nghị này đã được quyết định.", "This request was already decided."));
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return Outcome.Invalid("Note", new("Hãy ghi lý do không đồng ý.", "Give the reason for refusing."));
        }

        var task = await db.Tasks.SingleAsync(t => t.Id == request.TaskId, ct);
        if (approve && task.Progress is TaskProgress.Done or TaskProgress.Cancelled)
        {
            return Outcome.Broken(new("Nhiệm vụ đã hoàn thành hoặc đã hủy; không còn gia hạn.", "The task is done or cancelled; there is nothing to extend."));
        }

        request.Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        (request.DecidedBy, request.DecidedAt, request.DecisionNote) = (actor.Name, clock.GetUtcNow(), string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        var entry = History(task, approve ? UpdateKind.ExtensionApproved : UpdateKind.ExtensionRefused, request.DecisionNote, null);
        if (paper is null)
        {
            entry.ActingDocument = user.ActingFor(Province, request.ApproverSeatKey)?.Reference;
        }
        else
        {
            (entry.EnteredFor, entry.PaperDocument) = (province.Required.FindSeat(request.ApproverSeatKey)?.Office ?? request.ApproverSeatKey, paper);
        }

        (entry.DueBefore, entry.DueAfter) = (task.Due, approve ? request.RequestedDue : task.Due);
        if (approve)
        {
            task.Due = request.RequestedDue;
        }

        db.Updates.Add(entry);
        // The agencies doing the task hear of the decision with it, in the same save.
        notifications.ExtensionDecided(task, request, paper);
        return await Edits.SaveAsync(db, task.Id, ct);
    }

    private static string? AgencyOf(CommitteeActor me, TaskItem task) =>
        me.Agencies.Contains(task.LeadAgencyKey) ? task.LeadAgencyKey : task.CoAgencyKeys.FirstOrDefault(me.Agencies.Contains) ?? me.Agencies.FirstOrDefault();

    private TaskUpdate History(TaskItem task, UpdateKind kind, string? text, string? agency) => new()
    {
        Id = Guid.CreateVersion7(),
        Province = Province,
        TaskId = task.Id,
        Kind = kind,
        Text = text,
        ProgressAfter = task.Progress,
        Author = actor.Name,
        AuthorAgencyKey = agency,
        At = clock.GetUtcNow(),
    };

    private Message Cite(ArticleRef? article, string vietnamese, string english) =>
        article is null ? new Message(vietnamese, english) : Message.Citing(province.Required.Name, article, vietnamese, english);
}
