using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Inspections.Model;
using Platform.Inspections.Persistence;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Oversight;
using Platform.Sdk.Structure;
using Platform.Tasks.Contracts;

namespace Platform.Inspections.Services;

/// <summary>Someone on a mission's team from outside the committee, as typed.</summary>
internal sealed class GuestInput
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
}

/// <summary>What is typed to set up a mission.</summary>
internal sealed class MissionForm
{
    public int Year { get; set; }

    /// <summary>True for an ad hoc mission (đột xuất); false for a mission in the year's plan.</summary>
    public bool AdHoc { get; set; }
    public string? Subject { get; set; }
    public List<string> Agencies { get; set; } = [];
    public string? Localities { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? LeadSeat { get; set; }
    public List<string> Members { get; set; } = [];
    public List<GuestInput> Guests { get; set; } = [];
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    public string? DecisionSigner { get; set; }

    /// <summary>The deciding leader confirms the team although a member's agency is inspected.</summary>
    public bool ConflictConfirmed { get; set; }
}

/// <summary>One recommendation as typed.</summary>
internal sealed class RecommendationInput
{
    public string? Text { get; set; }
    public string? LeadAgencyKey { get; set; }
    public string? Due { get; set; }
}

/// <summary>
/// Drafting and issuing the annual inspection plan, setting up missions, recording findings and recommendations, and
/// issuing the closing notice, whose recommendations become tasks. Who may act comes from the pack
/// (<see cref="OversightRules"/>): the standing agency drafts the plan, the issuer it names issues it, the mission decider
/// it names sets up missions; the mission's lead (or the head) issues the closing notice.
/// </summary>
internal sealed class InspectionCommands(
    InspectionsDbContext db,
    CurrentProvince province,
    ICommitteeDirectory committee,
    ITaskAssignments tasks,
    IAuthorizationService authorization,
    ICurrentActor actor,
    TimeProvider clock) : IModuleService
{
    public static readonly Outcome PlanClash = Outcome.Conflicted(new(
        "Kế hoạch vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated the plan; your change was not saved. Review it and send again."));

    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Đoàn kiểm tra vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this mission; your change was not saved. Review it and send again."));

    private ProvinceDefinition Province => province.Required;

    private OversightRules Rules => Province.Oversight;

    private DateOnly Today => VietnamTime.Today(clock);

    private Message Cite(ArticleRef? article, string vi, string en) =>
        article is null ? new(vi, en) : Message.Citing(Province.Name, article, vi, en);

    public async Task<bool> IsSecretariatAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>The seats <paramref name="user"/> holds today.</summary>
    public async Task<IReadOnlyList<SeatHolder>> SeatsOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = user.SeatsIn(Province.Code.Value);
        return mine.Count == 0 ? [] : [.. (await committee.SeatsOnAsync(Today, ct)).Where(s => mine.Contains(s.SeatKey))];
    }

    /// <summary>The seat by which <paramref name="user"/> issues the plan (the head's by default, or the standing deputy's), or null.</summary>
    public async Task<string?> IssuerSeatAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var role = Rules.PlanIssuer == Decider.StandingDeputy ? SeatRole.StandingDeputy : SeatRole.Head;
        return (await SeatsOfAsync(user, ct)).FirstOrDefault(s => s.Role == role)?.SeatKey;
    }

    /// <summary>The seat by which <paramref name="user"/> sets up missions (the head's; or a deputy's when the pack says so), or null.</summary>
    public async Task<string?> DeciderSeatAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var seats = await SeatsOfAsync(user, ct);
        return (seats.FirstOrDefault(s => s.Role == SeatRole.Head)
            ?? (Rules.MissionDecider == MissionDecider.HeadOrDeputies ? seats.FirstOrDefault(s => s.Role is SeatRole.StandingDeputy or SeatRole.Deputy) : null))?.SeatKey;
    }

    public Message IssuerOnly() => Rules.PlanIssuer == Decider.StandingDeputy
        ? Cite(Rules.PlanIssueArticle, "Chỉ Phó Trưởng Ban Thường trực ban hành kế hoạch kiểm tra, giám sát; kế hoạch có hiệu lực khi được ban hành.", "Only the standing deputy head issues the inspection plan; it takes effect only when issued.")
        : Cite(Rules.PlanIssueArticle, "Chỉ Trưởng Ban ban hành kế hoạch kiểm tra, giám sát; kế hoạch có hiệu lực khi được ban hành.", "Only the head issues the inspection plan; it takes effect only when issued.");

    public Message DeciderOnly() => Rules.MissionDecider == MissionDecider.HeadOrDeputies
        ? Cite(Rules.MissionArticle, "Chỉ Trưởng Ban hoặc Phó Trưởng Ban thành lập đoàn kiểm tra, giám sát.", "Only the head or a deputy head sets up an inspection mission.")
        : Cite(Rules.MissionArticle, "Chỉ Trưởng Ban thành lập đoàn kiểm tra, giám sát.", "Only the head sets up an inspection mission.");

    /// <summary>The standing agency drafts the year's plan, or changes its draft (e.g. Đắk Lắk, Art. 8.2).</summary>
    public async Task<Outcome> SavePlanAsync(int year, string? content, uint? version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await IsSecretariatAsync(user))
        {
            return Outcome.Refused(Cite(Rules.PlanDrafting, "Chỉ Cơ quan thường trực xây dựng dự thảo kế hoạch kiểm tra, giám sát.", "Only the standing agency drafts the inspection plan."));
        }

        if (year is < 2000 or > 2100)
        {
            return Outcome.Invalid("Year", new("Năm không hợp lệ.", "The year is not valid."));
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return Outcome.Invalid("PlanContent", new("Hãy nhập nội dung kế hoạch.", "Enter the plan's content."));
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            if (version is not null)
            {
                return PlanClash;
            }

            plan = new InspectionPlan { Id = Guid.CreateVersion7(), Province = Province.Code.Value, Year = year, Content = "", DraftedBy = actor.Name };
            db.Plans.Add(plan);
        }
        else if (plan.CannotEdit() is { } why)
        {
            return Outcome.Broken(why);
        }
        else if (plan.Version != version)
        {
            return PlanClash;
        }

        plan.Content = content.Trim();
        plan.DraftedBy = actor.Name;
        plan.DraftedAt = clock.GetUtcNow();
        return await SaveAsync(plan.Id, PlanClash, ct);
    }

    /// <summary>The issuer the pack names issues the plan (e.g. Đắk Lắk, Art. 4.2); from then on its missions are in effect.</summary>
    public async Task<Outcome> IssuePlanAsync(int year, string? number, string? date, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await IssuerSeatAsync(user, ct) is not { } seat)
        {
            return Outcome.Refused(IssuerOnly());
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return Outcome.Missing;
        }

        if (plan.CannotIssue() is { } why)
        {
            return Outcome.Broken(why);
        }

        DateOnly? documentDate = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!VietnamTime.TryParse(date, out var d))
            {
                return Outcome.Invalid("DocumentDate", new("Hãy nhập ngày văn bản theo dạng dd/MM/yyyy.", "Enter the document's date as dd/MM/yyyy."));
            }

            documentDate = d;
        }

        if (plan.Version != version)
        {
            return PlanClash;
        }

        plan.IssuedBySeat = seat;
        plan.IssuedBy = actor.Name;
        plan.IssuedAt = clock.GetUtcNow();
        plan.DocumentNumber = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        plan.DocumentDate = documentDate;
        return await SaveAsync(plan.Id, PlanClash, ct);
    }

    /// <summary>
    /// Sets up a mission. A mission of the year's plan is added by the standing agency while it drafts the plan, or by
    /// the mission decider; an ad hoc one only by the decider (e.g. Đắk Lắk, Art. 4.3). A mission needs a lead, a leader's
    /// seat. A team member whose agency is inspected is a conflict of interest: the decider confirms it, or nothing is saved.
    /// </summary>
    public async Task<Outcome> SetUpMissionAsync(MissionForm form, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        var decider = await DeciderSeatAsync(user, ct);
        var secretariat = await IsSecretariatAsync(user);
        var plan = form.AdHoc ? null : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == form.Year, ct);
        if (decider is null && !(secretariat && !form.AdHoc && plan is { Issued: false }))
        {
            return Outcome.Refused(form.AdHoc || !secretariat ? DeciderOnly()
                : Cite(Rules.MissionArticle, "Cơ quan thường trực chỉ thêm đoàn vào dự thảo kế hoạch; sau khi kế hoạch được ban hành, việc thành lập đoàn do lãnh đạo Ban quyết định.",
                    "The standing agency adds missions only to a draft plan; once the plan is issued, the committee's leaders set up missions."));
        }

        var errors = new Dictionary<string, Message>();
        if (!form.AdHoc && plan is null)
        {
            errors["Form.Year"] = new("Chưa có kế hoạch kiểm tra, giám sát của năm này; hãy xây dựng kế hoạch trước hoặc thành lập đoàn đột xuất.", "There is no inspection plan for this year; draft the plan first or set up an ad hoc mission.");
        }

        var subject = form.Subject?.Trim();
        if (string.IsNullOrEmpty(subject))
        {
            errors["Form.Subject"] = new("Hãy nhập nội dung kiểm tra.", "Enter what the mission inspects.");
        }

        var agencies = await committee.AgenciesAsync(ct);
        var inspected = form.Agencies.Where(k => agencies.Any(a => a.Key == k)).Distinct(StringComparer.Ordinal).ToList();
        var localities = string.IsNullOrWhiteSpace(form.Localities) ? null : form.Localities.Trim();
        if (inspected.Count == 0 && localities is null)
        {
            errors["Form.Agencies"] = new("Hãy chọn cơ quan hoặc nhập địa phương được kiểm tra.", "Choose an agency or type a locality to inspect.");
        }

        var from = default(DateOnly);
        var to = default(DateOnly);
        if (!VietnamTime.TryParse(form.From, out from))
        {
            errors["Form.From"] = new("Hãy nhập ngày bắt đầu theo dạng dd/MM/yyyy.", "Enter the start date as dd/MM/yyyy.");
        }

        if (!VietnamTime.TryParse(form.To, out to))
        {
            errors["Form.To"] = new("Hãy nhập ngày kết thúc theo dạng dd/MM/yyyy.", "Enter the end date as dd/MM/yyyy.");
        }
        else if (to < from)
        {
            errors["Form.To"] = new("Ngày kết thúc không được trước ngày bắt đầu.", "The end date cannot be before the start date.");
        }

        var seats = await committee.SeatsOnAsync(Today, ct);
        var lead = seats.FirstOrDefault(s => s.SeatKey == form.LeadSeat && s.Role is SeatRole.Head or SeatRole.StandingDeputy or SeatRole.Deputy);
        if (lead is null)
        {
            errors["Form.LeadSeat"] = new("Đoàn kiểm tra phải có trưởng đoàn: hãy chọn Trưởng Ban hoặc một Phó Trưởng Ban.", "A mission needs a lead: choose the head or a deputy head.");
        }

        DateOnly? decisionDate = null;
        if (!string.IsNullOrWhiteSpace(form.DecisionDate))
        {
            if (VietnamTime.TryParse(form.DecisionDate, out var d))
            {
                decisionDate = d;
            }
            else
            {
                errors["Form.DecisionDate"] = new("Hãy nhập ngày quyết định theo dạng dd/MM/yyyy.", "Enter the decision's date as dd/MM/yyyy.");
            }
        }

        var team = seats.Where(s => form.Members.Contains(s.SeatKey) && s.SeatKey != lead?.SeatKey).ToList();
        var guests = form.Guests.Where(g => !string.IsNullOrWhiteSpace(g.Name) || !string.IsNullOrWhiteSpace(g.Unit)).ToList();
        foreach (var (guest, i) in form.Guests.Select((g, i) => (g, i)).Where(x => string.IsNullOrWhiteSpace(x.g.Name) && !string.IsNullOrWhiteSpace(x.g.Unit)))
        {
            errors[$"Form.Guests[{i}].Name"] = new("Hãy nhập họ tên người tham gia đoàn.", "Enter the name of the person joining the mission.");
        }

        // A member (or the lead) whose own agency is inspected would inspect themselves: the decider must confirm it.
        var conflicts = (lead is null ? team : [lead, .. team]).Where(s => s.AgencyKey is { } a && inspected.Contains(a)).ToList();
        string? confirmedBy = null;
        if (conflicts.Count > 0)
        {
            var names = string.Join(", ", conflicts.Select(s => s.HolderName ?? s.Office));
            if (!form.ConflictConfirmed)
            {
                errors["Form.ConflictConfirmed"] = new(
                    $"Xung đột lợi ích: {names} thuộc cơ quan được kiểm tra. Người quyết định thành lập đoàn cần xác nhận nếu vẫn giữ thành phần đoàn.",
                    $"Conflict of interest: {names} belongs to an inspected agency. The leader setting up the mission must confirm to keep the team.");
            }
            else if (decider is null)
            {
                errors["Form.ConflictConfirmed"] = new(
                    $"Xung đột lợi ích: {names} thuộc cơ quan được kiểm tra. Chỉ người quyết định thành lập đoàn xác nhận được.",
                    $"Conflict of interest: {names} belongs to an inspected agency. Only the leader setting up the mission can confirm it.");
            }
            else
            {
                confirmedBy = actor.Name;
            }
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

        var mission = new Mission
        {
            Id = Guid.CreateVersion7(),
            Province = Province.Code.Value,
            Year = plan?.Year ?? from.Year,
            PlanId = plan?.Id,
            Subject = subject!,
            Localities = localities,
            From = from,
            To = to,
            LeadSeatKey = lead!.SeatKey,
            LeadOffice = lead.Office,
            LeadName = lead.HolderName,
            DecisionNumber = string.IsNullOrWhiteSpace(form.DecisionNumber) ? null : form.DecisionNumber.Trim(),
            DecisionDate = decisionDate,
            DecisionSigner = string.IsNullOrWhiteSpace(form.DecisionSigner) ? null : form.DecisionSigner.Trim(),
            ConflictConfirmedBy = confirmedBy,
            SetUpBy = actor.Name,
            SetUpAt = clock.GetUtcNow(),
        };
        mission.Agencies.AddRange(inspected.Select(k => new InspectedAgency { Id = Guid.CreateVersion7(), Province = mission.Province, MissionId = mission.Id, AgencyKey = k }));
        var order = 0;
        foreach (var seat in team)
        {
            mission.Members.Add(new TeamMember
            {
                Id = Guid.CreateVersion7(), Province = mission.Province, MissionId = mission.Id, Order = ++order, SeatKey = seat.SeatKey,
                Name = seat.HolderName ?? seat.Office, Unit = seat.Office, AgencyKey = seat.AgencyKey,
            });
        }

        foreach (var guest in guests)
        {
            mission.Members.Add(new TeamMember
            {
                Id = Guid.CreateVersion7(), Province = mission.Province, MissionId = mission.Id, Order = ++order, Name = guest.Name!.Trim(),
                Unit = string.IsNullOrWhiteSpace(guest.Unit) ? null : guest.Unit.Trim(),
            });
        }

        db.Missions.Add(mission);
        AddFiles(mission.Id, accepted);
        return await SaveAsync(mission.Id, Clash, ct);
    }

    /// <summary>Whether <paramref name="user"/> records the mission's findings and recommendations: the standing agency, the lead or a team seat's holder, or a decider.</summary>
    public async Task<bool> MayRecordAsync(Mission mission, ClaimsPrincipal user, CancellationToken ct)
    {
        var held = user.SeatsIn(Province.Code.Value);
        return held.Contains(mission.LeadSeatKey) || mission.Members.Any(m => m.SeatKey is { } s && held.Contains(s))
            || await IsSecretariatAsync(user) || await DeciderSeatAsync(user, ct) is not null;
    }

    /// <summary>The seat by which <paramref name="user"/> issues the closing notice: the lead's, or the head's; null otherwise.</summary>
    public async Task<string?> NoticeSeatAsync(Mission mission, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.HoldsSeat(Province.Code.Value, mission.LeadSeatKey))
        {
            return mission.LeadSeatKey;
        }

        return (await SeatsOfAsync(user, ct)).FirstOrDefault(s => s.Role == SeatRole.Head)?.SeatKey;
    }

    /// <summary>Records the findings per inspected agency in one save; refused after the closing notice.</summary>
    public async Task<Outcome> SaveFindingsAsync(Guid id, IReadOnlyDictionary<string, string?> findings, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var (mission, refused) = await ForRecordingAsync(id, user, ct);
        if (mission is null)
        {
            return refused!;
        }

        if (mission.Version != version)
        {
            return Clash;
        }

        foreach (var agency in mission.Agencies)
        {
            if (findings.TryGetValue(agency.AgencyKey, out var text))
            {
                agency.Findings = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }
        }

        // The mission's own row changes too, so that its version moves and a second edit from a stale page is refused.
        db.Entry(mission).Property(m => m.Subject).IsModified = true;
        return await SaveAsync(id, Clash, ct);
    }

    /// <summary>Adds a recommendation to an inspected agency, with its deadline; refused after the closing notice.</summary>
    public async Task<Outcome> AddRecommendationAsync(Guid id, RecommendationInput input, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var (mission, refused) = await ForRecordingAsync(id, user, ct);
        if (mission is null)
        {
            return refused!;
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            errors["Recommendation.Text"] = new("Hãy nhập nội dung kiến nghị.", "Enter the recommendation.");
        }

        if (mission.Agencies.All(a => a.AgencyKey != input.LeadAgencyKey))
        {
            errors["Recommendation.LeadAgencyKey"] = new("Hãy chọn cơ quan được kiểm tra chủ trì thực hiện kiến nghị.", "Choose the inspected agency that carries out the recommendation.");
        }

        if (!VietnamTime.TryParse(input.Due, out var due) || due < Today)
        {
            errors["Recommendation.Due"] = new("Hãy nhập thời hạn từ hôm nay (dd/MM/yyyy).", "Enter a deadline from today (dd/MM/yyyy).");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (mission.Version != version)
        {
            return Clash;
        }

        db.Recommendations.Add(new Recommendation
        {
            Id = Guid.CreateVersion7(), Province = mission.Province, MissionId = id, Number = mission.Recommendations.Count + 1,
            Text = input.Text!.Trim(), LeadAgencyKey = input.LeadAgencyKey!, Due = due,
        });
        db.Entry(mission).Property(m => m.Subject).IsModified = true;
        return await SaveAsync(id, Clash, ct);
    }

    /// <summary>Removes a recommendation not yet issued; the later ones keep their numbers.</summary>
    public async Task<Outcome> RemoveRecommendationAsync(Guid id, Guid recommendationId, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var (mission, refused) = await ForRecordingAsync(id, user, ct);
        if (mission is null)
        {
            return refused!;
        }

        if (mission.Recommendations.FirstOrDefault(r => r.Id == recommendationId) is not { } recommendation)
        {
            return Outcome.Missing;
        }

        if (mission.Version != version)
        {
            return Clash;
        }

        db.Recommendations.Remove(recommendation);
        foreach (var later in mission.Recommendations.Where(r => r.Number > recommendation.Number))
        {
            later.Number--;
        }

        db.Entry(mission).Property(m => m.Subject).IsModified = true;
        return await SaveAsync(id, Clash, ct);
    }

    /// <summary>
    /// Issues the closing notice (thông báo kết luận kiểm tra): the mission's lead or the head. From then on findings and
    /// recommendations are final, and each recommendation becomes a task for its inspected agency, issued by the lead's seat.
    /// </summary>
    public async Task<Outcome> IssueNoticeAsync(Guid id, string? text, string? number, string? date, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var mission = await db.Missions.Include(m => m.Recommendations).Include(m => m.Members).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mission is null)
        {
            return Outcome.Missing;
        }

        if (await NoticeSeatAsync(mission, user, ct) is null)
        {
            return Outcome.Refused(new("Chỉ trưởng đoàn hoặc Trưởng Ban ban hành thông báo kết luận kiểm tra.", "Only the mission's lead or the head issues the closing notice."));
        }

        if (mission.CannotRecord(await PlanIssuedAsync(mission, ct)) is { } why)
        {
            return Outcome.Broken(why);
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["NoticeText"] = new("Hãy nhập nội dung thông báo kết luận kiểm tra.", "Enter the closing notice.");
        }

        if (string.IsNullOrWhiteSpace(number))
        {
            errors["NoticeNumber"] = new("Hãy nhập số thông báo.", "Enter the notice's number.");
        }

        if (!VietnamTime.TryParse(date, out var noticeDate))
        {
            errors["NoticeDate"] = new("Hãy nhập ngày thông báo theo dạng dd/MM/yyyy.", "Enter the notice's date as dd/MM/yyyy.");
        }

        // Checked as the tasks module checks them, so that following cannot refuse once the notice is saved.
        if (mission.Recommendations.Any(r => r.Due < Today))
        {
            errors["NoticeDate"] = new("Có kiến nghị đã quá thời hạn; hãy sửa thời hạn trước khi ban hành.", "A recommendation's deadline has passed; correct it before issuing.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (mission.Version != version)
        {
            return Clash;
        }

        mission.NoticeText = text!.Trim();
        mission.NoticeNumber = number!.Trim();
        mission.NoticeDate = noticeDate;
        mission.NoticeIssuedBySeat = await NoticeSeatAsync(mission, user, ct);
        mission.NoticeIssuedBy = actor.Name;
        mission.NoticeIssuedAt = clock.GetUtcNow();
        var saved = await SaveAsync(id, Clash, ct);
        if (!saved.Succeeded || mission.Recommendations.Count == 0)
        {
            return saved;
        }

        // The tasks module saves through its own connection: the notice is saved first, then its recommendations are
        // followed (each once, so asking again changes nothing).
        var problems = await tasks.FollowInspectionRecommendationsAsync(
            new ConclusionToFollow($"Thông báo kết luận kiểm tra số {mission.NoticeNumber} ngày {VietnamTime.Format(noticeDate)}", $"kiem-tra/doan/{id}", mission.LeadSeatKey,
                [.. mission.Recommendations.OrderBy(r => r.Number).Select(r => new ConclusionItemToFollow(r.Id, r.Number, r.Text, r.LeadAgencyKey, r.Due))]),
            ct);
        return problems.Count == 0 ? saved : throw new InvalidOperationException(string.Join("; ", problems));
    }

    /// <summary>Attaches documents to a mission: whoever records it, until the closing notice.</summary>
    public async Task<Outcome> AttachAsync(Guid id, IReadOnlyList<Upload> uploads, ClaimsPrincipal user, CancellationToken ct)
    {
        var (mission, refused) = await ForRecordingAsync(id, user, ct);
        if (mission is null)
        {
            return refused!;
        }

        var (accepted, refusal) = await Uploads.ReadAsync(uploads, ct);
        if (refusal is not null)
        {
            return Outcome.Invalid("Files", refusal);
        }

        if (accepted.Count == 0)
        {
            return Outcome.Invalid("Files", new("Hãy chọn tệp để đính kèm.", "Choose a file to attach."));
        }

        AddFiles(id, accepted);
        return await SaveAsync(id, Clash, ct);
    }

    private async Task<(Mission? Mission, Outcome? Refused)> ForRecordingAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var mission = await db.Missions.Include(m => m.Agencies).Include(m => m.Members).Include(m => m.Recommendations).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mission is null)
        {
            return (null, Outcome.Missing);
        }

        if (!await MayRecordAsync(mission, user, ct))
        {
            return (null, Outcome.Refused(new("Chỉ thành viên đoàn, Cơ quan thường trực hoặc lãnh đạo Ban ghi nhận kết quả kiểm tra.", "Only the mission's team, the standing agency or the committee's leaders record the mission's results.")));
        }

        if (mission.CannotRecord(await PlanIssuedAsync(mission, ct)) is { } why)
        {
            return (null, Outcome.Broken(why));
        }

        return (mission, null);
    }

    private async Task<bool> PlanIssuedAsync(Mission mission, CancellationToken ct) =>
        mission.PlanId is not { } planId || await db.Plans.AnyAsync(p => p.Id == planId && p.IssuedAt != null, ct);

    private void AddFiles(Guid missionId, IReadOnlyList<AcceptedFile> files)
    {
        foreach (var file in files)
        {
            var fileId = Guid.CreateVersion7();
            db.Files.Add(new MissionFile
            {
                Id = fileId, Province = Province.Code.Value, MissionId = missionId, FileName = file.Name, ContentType = file.ContentType,
                Size = file.Bytes.LongLength, Sha256 = file.Sha256, UploadedBy = actor.Name, UploadedAt = clock.GetUtcNow(),
                Text = file.Text,
            });
            db.FileContents.Add(new MissionFileContent { Id = fileId, Province = Province.Code.Value, Bytes = file.Bytes });
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
