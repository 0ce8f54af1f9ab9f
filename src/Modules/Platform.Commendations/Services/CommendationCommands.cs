using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Commendations.Model;
using Platform.Commendations.Persistence;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Inspections.Contracts;
using Platform.Reporting.Contracts;
using Platform.Sdk;
using Platform.Sdk.Oversight;
using Platform.Sdk.Structure;
using Platform.Tasks.Contracts;

namespace Platform.Commendations.Services;

/// <summary>What the standing agency types to propose a commendation, a criticism or a request for discipline.</summary>
internal sealed class ProposalForm
{
    public string? Kind { get; set; }
    public string? Nominee { get; set; }
    public string? AgencyKey { get; set; }
    public string? PersonName { get; set; }
    public string? PersonPosition { get; set; }
    public string? Grounds { get; set; }

    /// <summary>The year whose on-time record of tasks is attached; blank attaches none.</summary>
    public string? EvidenceYear { get; set; }
}

/// <summary>What the head decides.</summary>
internal enum Decision
{
    /// <summary>Commend or criticise at the committee's level.</summary>
    Decide = 0,

    /// <summary>Forward to the competent level with the document's reference.</summary>
    Forward = 1,

    /// <summary>Not taken up, with a reason.</summary>
    Decline = 2,
}

/// <summary>
/// Proposing and deciding commendation, criticism and discipline. The standing agency proposes (Đắk Lắk, Art. 8.4;
/// Sơn La, Art. 11.3), the holder of the head's seat decides at the committee's level or forwards to the competent
/// level (Đắk Lắk, Art. 4.5; Sơn La, Art. 4.4). The articles come from the pack; a pack that states none gets the
/// same roles and cites nothing.
/// </summary>
internal sealed class CommendationCommands(
    CommendationsDbContext db,
    CurrentProvince province,
    ICommitteeDirectory committee,
    ITaskRecords taskRecords,
    IReportingRecords reportingRecords,
    IInspectionRecords inspectionRecords,
    IAuthorizationService authorization,
    ICurrentActor actor,
    INotificationOutbox outbox,
    TimeProvider clock) : IModuleService
{
    public static readonly Outcome Clash = Outcome.Conflicted(new(
        "Đề nghị vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this proposal; your change was not saved. Review it and send again."));

    private ProvinceDefinition Province => province.Required;

    private OversightRules Rules => Province.Oversight;

    private DateOnly Today => VietnamTime.Today(clock);

    private Message Cite(ArticleRef? article, string vi, string en) =>
        article is null ? new(vi, en) : Message.Citing(Province.Name, article, vi, en);

    public async Task<bool> IsSecretariatAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>Who reads the proposals: the standing agency and the committee's leaders (they name people and agencies before any decision).</summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user) =>
        await IsSecretariatAsync(user) || (await authorization.AuthorizeAsync(user, Policies.Leader)).Succeeded;

    /// <summary>The head's seat, when <paramref name="user"/> holds it today.</summary>
    public async Task<string?> HeadSeatAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = user.SeatsIn(Province.Code.Value);
        return mine.Count == 0 ? null
            : (await committee.SeatsOnAsync(Today, ct)).FirstOrDefault(s => s.Role == SeatRole.Head && mine.Contains(s.SeatKey))?.SeatKey;
    }

    /// <summary>The kinds the regulation allows: commendation always; criticism and discipline where it says so, or where the pack states nothing.</summary>
    public IReadOnlyList<ProposalKind> Kinds =>
        !Rules.Stated || Rules.Discipline is not null ? [ProposalKind.Commendation, ProposalKind.Criticism, ProposalKind.Discipline] : [ProposalKind.Commendation];

    public async Task<Outcome> ProposeAsync(ProposalForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await IsSecretariatAsync(user))
        {
            return Outcome.Refused(Cite(Rules.CommendationProposal,
                "Chỉ Cơ quan thường trực đề nghị khen thưởng, phê bình hoặc xử lý trách nhiệm.",
                "Only the standing agency proposes commendation, criticism or discipline."));
        }

        var errors = new Dictionary<string, Message>();
        if (!Enum.TryParse<ProposalKind>(form.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors["Form.Kind"] = new("Hãy chọn loại đề nghị.", "Choose what is proposed.");
        }
        else if (!Kinds.Contains(kind))
        {
            errors["Form.Kind"] = new("Quy chế của tỉnh chỉ quy định đề nghị khen thưởng, không quy định phê bình hay xử lý trách nhiệm.",
                "The province's regulation provides for commendation only, not for criticism or discipline.");
        }

        if (!Enum.TryParse<Nominee>(form.Nominee, out var nominee) || !Enum.IsDefined(nominee))
        {
            errors["Form.Nominee"] = new("Hãy chọn đề nghị cho tập thể hay cá nhân.", "Choose whether an agency or a person is proposed.");
        }

        var agencies = await committee.AgenciesAsync(ct);
        var agency = string.IsNullOrWhiteSpace(form.AgencyKey) ? null : agencies.FirstOrDefault(a => a.Key == form.AgencyKey);
        if (!string.IsNullOrWhiteSpace(form.AgencyKey) && agency is null)
        {
            errors["Form.AgencyKey"] = new("Không tìm thấy cơ quan đã chọn.", "The agency chosen was not found.");
        }
        else if (nominee == Nominee.Agency && agency is null)
        {
            errors["Form.AgencyKey"] = new("Hãy chọn tập thể (cơ quan, đơn vị) được đề nghị.", "Choose the agency proposed.");
        }

        var person = form.PersonName?.Trim();
        if (nominee == Nominee.Person && string.IsNullOrEmpty(person))
        {
            errors["Form.PersonName"] = new("Hãy nhập họ và tên cá nhân được đề nghị.", "Enter the name of the person proposed.");
        }

        var grounds = form.Grounds?.Trim();
        if (string.IsNullOrEmpty(grounds))
        {
            errors["Form.Grounds"] = new("Hãy nêu căn cứ, thành tích hoặc khuyết điểm.", "State the grounds: the results or the shortcomings.");
        }
        else if (grounds.Length > 4000)
        {
            errors["Form.Grounds"] = new("Căn cứ dài quá 4.000 ký tự.", "The grounds are longer than 4,000 characters.");
        }

        int? evidenceYear = null;
        if (!string.IsNullOrWhiteSpace(form.EvidenceYear))
        {
            if (!int.TryParse(form.EvidenceYear, out var y) || y < 2000 || y > Today.Year)
            {
                errors["Form.EvidenceYear"] = new($"Năm lấy số liệu phải từ 2000 đến {Today.Year}.", $"The evidence year must be 2000 to {Today.Year}.");
            }
            else if (agency is null)
            {
                errors["Form.EvidenceYear"] = new("Số liệu nhiệm vụ là của một cơ quan: hãy chọn cơ quan.", "The tasks' record is an agency's: choose the agency.");
            }
            else
            {
                evidenceYear = y;
            }
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var record = evidenceYear is { } year ? (await taskRecords.OnTimeAsync([agency!.Key], year, Today, ct)).Single() : null;
        var reports = evidenceYear is { } ry ? await reportingRecords.PunctualityAsync(agency!.Key, ry, Today, ct) : null;
        var findings = evidenceYear is { } fy ? await inspectionRecords.FindingsAsync(agency!.Key, fy, ct) : [];
        var code = Province.Code.Value;
        var proposal = new CommendationProposal
        {
            Id = Guid.CreateVersion7(),
            Province = code,
            Year = Today.Year,
            Number = (await db.Proposals.Where(p => p.Year == Today.Year).MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1,
            Kind = kind,
            Nominee = nominee,
            AgencyKey = agency?.Key,
            AgencyName = agency?.Name,
            PersonName = nominee == Nominee.Person ? person : null,
            PersonPosition = nominee == Nominee.Person && !string.IsNullOrWhiteSpace(form.PersonPosition) ? form.PersonPosition.Trim() : null,
            Grounds = grounds!,
            EvidenceYear = record?.Year,
            TasksCounted = record?.Counted,
            TasksOnTime = record?.OnTime,
            TasksLate = record?.Late,
            TasksOverdue = record?.Overdue,
            ReportsOnTime = reports?.OnTime,
            ReportsLate = reports?.Late,
            ReportsMissing = reports?.Missing,
            InspectionFindings = findings.Count == 0 ? null : string.Join("\n", findings.Select(f =>
                $"{f.Subject} (thông báo kết luận{(f.NoticeNumber is null ? "" : " số " + f.NoticeNumber)} ngày {VietnamTime.Format(f.NoticeDate)}): {f.Findings}")),
            ProposedBy = actor.Name,
            ProposedAt = clock.GetUtcNow(),
            State = ProposalState.Proposed,
        };
        db.Proposals.Add(proposal);

        // The head decides (Đắk Lắk, Art. 4.5; Sơn La, Art. 4.4): the head's seat hears of it.
        var head = (await committee.SeatsOnAsync(Today, ct)).FirstOrDefault(s => s.Role == SeatRole.Head)?.SeatKey;
        outbox.Add(db, new Notification
        {
            Kind = "commendation.proposed",
            Subject = $"Đề nghị {KindWord(kind)} số {proposal.Reference}: {proposal.NomineeLine}",
            Body = $"Cơ quan thường trực đề nghị {KindWord(kind)} {proposal.NomineeLine}.\n{proposal.Grounds}" +
                   (Rules.CommendationDecision is { } a ? $"\n({Province.Name}, Điều {a})" : ""),
            Link = $"/{code}/khen-thuong/{proposal.Id}",
            Seats = head is null ? [] : [head],
        });
        return await SaveAsync(proposal.Id, ct);
    }

    public async Task<Outcome> DecideAsync(Guid id, Decision decision, string? note, string? reference, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Outcome.Missing;
        }

        if (await HeadSeatAsync(user, ct) is not { } seat)
        {
            return Outcome.Refused(Cite(Rules.CommendationDecision,
                "Chỉ Trưởng Ban Chỉ đạo quyết định biểu dương, phê bình hoặc đề nghị cấp có thẩm quyền.",
                "Only the committee's head commends, criticises or proposes to the competent level."));
        }

        var why = decision == Decision.Decide ? proposal.CannotDecideAtCommitteeLevel() : proposal.CannotDecide();
        if (why is not null)
        {
            return Outcome.Broken(why);
        }

        var errors = new Dictionary<string, Message>();
        if (decision == Decision.Forward && string.IsNullOrWhiteSpace(reference))
        {
            errors["Reference"] = new("Hãy nhập số, ngày văn bản đề nghị gửi cấp có thẩm quyền.", "Enter the number and date of the document sent to the competent level.");
        }

        if (decision == Decision.Decline && string.IsNullOrWhiteSpace(note))
        {
            errors["Note"] = new("Hãy nêu lý do không chấp thuận.", "Give the reason for declining.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (proposal.Version != version)
        {
            return Clash;
        }

        proposal.State = decision switch
        {
            Decision.Forward => ProposalState.Forwarded,
            Decision.Decline => ProposalState.Declined,
            _ => ProposalState.Decided,
        };
        proposal.DecidedBySeat = seat;
        proposal.DecidedBy = actor.Name;
        proposal.DecidedAt = clock.GetUtcNow();
        proposal.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        proposal.ForwardReference = decision == Decision.Forward ? reference!.Trim() : null;
        outbox.Add(db, new Notification
        {
            Kind = "commendation.decided",
            Subject = $"Trưởng Ban đã xử lý đề nghị {KindWord(proposal.Kind)} số {proposal.Reference}",
            Body = $"{proposal.NomineeLine}: " + decision switch
            {
                Decision.Forward => $"chuyển cấp có thẩm quyền ({proposal.ForwardReference}).",
                Decision.Decline => $"không chấp thuận ({proposal.DecisionNote}).",
                _ => proposal.Kind == ProposalKind.Criticism ? "phê bình." : "biểu dương.",
            },
            Link = $"/{Province.Code.Value}/khen-thuong/{proposal.Id}",
            Roles = ["secretariat"],
        });
        return await SaveAsync(id, ct);
    }

    public async Task<Outcome> WithdrawAsync(Guid id, string? reason, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await IsSecretariatAsync(user))
        {
            return Outcome.Refused(new("Chỉ Cơ quan thường trực rút đề nghị của mình.", "Only the standing agency withdraws its proposal."));
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Outcome.Missing;
        }

        if (proposal.CannotDecide() is { } why)
        {
            return Outcome.Broken(why);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Invalid("Note", new("Hãy nêu lý do rút đề nghị.", "Give the reason for withdrawing."));
        }

        if (proposal.Version != version)
        {
            return Clash;
        }

        proposal.State = ProposalState.Withdrawn;
        proposal.DecisionNote = reason.Trim();
        proposal.DecidedAt = clock.GetUtcNow();
        return await SaveAsync(id, ct);
    }

    private static string KindWord(ProposalKind kind) => kind switch
    {
        ProposalKind.Criticism => "phê bình",
        ProposalKind.Discipline => "xem xét xử lý trách nhiệm",
        _ => "khen thưởng",
    };


    private async Task<Outcome> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await Outcome.SaveAsync(db, id, Clash, ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            outbox.Discard(db);
            return Clash;
        }
    }
}
