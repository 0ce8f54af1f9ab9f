using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Committees.Structure;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Committees.Acting;

/// <summary>What is typed to name an acting holder: kept as typed, so a refused form loses nothing.</summary>
public sealed class ActingForm
{
    public string? ActingSeatKey { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
    public string? DocumentNumber { get; set; }
    public string? DocumentDate { get; set; }
    public string? DocumentSigner { get; set; }
}

/// <summary>
/// The head names a deputy to act for them for a span of days, by a decision or letter (Đắk Lắk, Art. 5.1; Sơn La,
/// Art. 5.4, 6.1, 7.1); the secretariat may enter it on the head's behalf, naming both. Spans of the head's seat never
/// overlap. Saving bumps the head seat's revision, so two spans entered at once cannot both pass the overlap check.
/// </summary>
internal sealed class ActingCommands(
    CommitteesDbContext db, CurrentProvince province, IAuthorizationService authorization, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    public async Task<Outcome> NameAsync(ActingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var code = province.Required.Code.Value;
        var head = await db.Seats.Include(s => s.Appointments).ThenInclude(a => a.Person).SingleAsync(s => s.Role == SeatRole.Head, ct);
        var isHead = user.HoldsSeat(code, head.Key) && user.ActingFor(code, head.Key) is null;
        var secretariat = !isHead && (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;
        if (!isHead && !secretariat)
        {
            return Outcome.Refused(new(
                "Chỉ Trưởng Ban giao quyền điều hành, hoặc Cơ quan thường trực nhập thay theo văn bản của Trưởng Ban.",
                "Only the head names an acting holder, or the standing agency enters it on the head's behalf from the head's document."));
        }

        var errors = new Dictionary<string, Message>(StringComparer.Ordinal);
        var today = VietnamTime.Today(clock);
        var acting = await db.Seats.AsNoTracking().SingleOrDefaultAsync(s => s.Key == form.ActingSeatKey, ct);
        if (acting is null || acting.Role is not (SeatRole.StandingDeputy or SeatRole.Deputy) || !acting.ExistsOn(today))
        {
            errors[nameof(form.ActingSeatKey)] = new("Hãy chọn Phó Trưởng Ban được giao quyền.", "Choose the deputy who acts.");
        }

        var from = Date(form.From, nameof(form.From), "Ngày bắt đầu", "First day", errors);
        var until = Date(form.Until, nameof(form.Until), "Ngày kết thúc", "Last day", errors);
        if (from is { } f && until is { } u && u < f)
        {
            errors[nameof(form.Until)] = new("Ngày kết thúc không được trước ngày bắt đầu.", "The last day cannot be before the first.");
        }

        var number = Required(form.DocumentNumber, nameof(form.DocumentNumber), "Số văn bản", "The document's number", 60, errors);
        var signer = Required(form.DocumentSigner, nameof(form.DocumentSigner), "Người ký", "The signer", 200, errors);
        var signed = Date(form.DocumentDate, nameof(form.DocumentDate), "Ngày ký văn bản", "The document's date", errors);
        if (signed > today)
        {
            errors[nameof(form.DocumentDate)] = new("Ngày ký văn bản không được sau hôm nay.", "The document's date cannot be in the future.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var overlapping = await db.ActingSpans.AsNoTracking()
            .Where(a => a.SeatKey == head.Key && a.From <= until && from <= a.Until)
            .OrderBy(a => a.From).FirstOrDefaultAsync(ct);
        if (overlapping is not null)
        {
            var span = $"{VietnamTime.Format(overlapping.From)}–{VietnamTime.Format(overlapping.Until)}";
            return Outcome.Invalid(nameof(form.From), new(
                $"Thời gian giao quyền trùng với thời gian đã giao ({span}, văn bản số {overlapping.Document.Number}).",
                $"The span overlaps one already recorded ({span}, document no. {overlapping.Document.Number})."));
        }

        var holder = head.Appointments.FirstOrDefault(a => a.HeldOn(today))?.Person?.FullName;
        db.ActingSpans.Add(new ActingSpan
        {
            Id = Guid.CreateVersion7(),
            Province = code,
            SeatKey = head.Key,
            ActingSeatKey = acting!.Key,
            From = from!.Value,
            Until = until!.Value,
            Document = new DecisionRecord { Number = number, Date = signed, Signer = signer },
            RecordedBy = actor.Name,
            OnBehalfOf = secretariat ? holder ?? head.Office : null,
            RecordedAt = clock.GetUtcNow(),
        });
        head.Revision++;
        return await Outcome.SaveAsync(db, null, Outcome.Conflicted(new(
            "Thông tin giao quyền vừa được người khác thay đổi; hãy xem lại và gửi lại.",
            "Someone else has just changed the acting spans; check and send again.")), ct);
    }

    private static string? Required(string? text, string field, string vi, string en, int max, Dictionary<string, Message> errors)
    {
        var clean = text?.Trim().Normalize(NormalizationForm.FormC);
        if (string.IsNullOrEmpty(clean))
        {
            errors[field] = new($"{vi} là bắt buộc.", $"{en} is required.");
            return null;
        }

        if (clean.Length > max)
        {
            errors[field] = new(
                string.Create(CultureInfo.InvariantCulture, $"{vi} không được dài quá {max} ký tự."),
                string.Create(CultureInfo.InvariantCulture, $"{en} cannot be longer than {max} characters."));
            return null;
        }

        return clean;
    }

    private static DateOnly? Date(string? text, string field, string vi, string en, Dictionary<string, Message> errors)
    {
        if (VietnamTime.TryParse(text, out var date))
        {
            return date;
        }

        errors[field] = new($"{vi} phải là một ngày dạng dd/MM/yyyy.", $"{en} must be a date as dd/MM/yyyy.");
        return null;
    }
}
