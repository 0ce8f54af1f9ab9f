using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Committees.Structure;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Tenancy;

namespace Platform.Committees.Appointments;

/// <summary>
/// Appoints, replaces and ends seat holders, each by a decision with number, date and signer. Either the whole
/// change is saved or nothing is; an edit made on a stale form is refused, not merged.
/// </summary>
internal sealed class AppointmentChanges(CommitteesDbContext db, CurrentProvince province, TimeProvider clock) : IModuleService
{
    public async Task<AppointmentResult> ApplyAsync(string seatKey, AppointmentAction action, AppointmentForm form, CancellationToken ct)
    {
        var seat = await db.Seats.Include(s => s.Appointments).SingleOrDefaultAsync(s => s.Key == seatKey, ct);
        if (seat is null)
        {
            return AppointmentResult.Missing;
        }

        // Someone changed the seat since the form was opened: the user decided on a state that is gone.
        if (seat.Version != form.Version)
        {
            return AppointmentResult.Conflicted;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var input = Read(action, form, errors);
        if (input is not null)
        {
            CheckAgainstSeat(seat, action, input, errors);
        }

        if (errors.Count > 0 || input is null)
        {
            return AppointmentResult.Refused(errors);
        }

        Apply(seat, action, input);
        db.Entry(seat).Property(s => s.Version).OriginalValue = form.Version;
        seat.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
            return AppointmentResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppointmentResult.Conflicted;
        }
    }

    private sealed record Input(string? PersonName, DateOnly EffectiveFrom, DecisionRecord Decision);

    private Input? Read(AppointmentAction action, AppointmentForm form, Dictionary<string, string> errors)
    {
        var name = Clean(form.PersonName);
        if (action != AppointmentAction.End && string.IsNullOrEmpty(name))
        {
            errors[nameof(form.PersonName)] = "Họ và tên là bắt buộc.";
        }
        else if (name?.Length > 200)
        {
            errors[nameof(form.PersonName)] = "Họ và tên không được dài quá 200 ký tự.";
        }

        var number = Clean(form.DecisionNumber);
        if (string.IsNullOrEmpty(number))
        {
            errors[nameof(form.DecisionNumber)] = "Số quyết định là bắt buộc.";
        }
        else if (number.Length > 60)
        {
            errors[nameof(form.DecisionNumber)] = "Số quyết định không được dài quá 60 ký tự.";
        }

        var signer = Clean(form.DecisionSigner);
        if (string.IsNullOrEmpty(signer))
        {
            errors[nameof(form.DecisionSigner)] = "Người ký là bắt buộc.";
        }
        else if (signer.Length > 200)
        {
            errors[nameof(form.DecisionSigner)] = "Người ký không được dài quá 200 ký tự.";
        }

        var effective = ReadDate(form.EffectiveFrom, nameof(form.EffectiveFrom), errors);
        var signed = ReadDate(form.DecisionDate, nameof(form.DecisionDate), errors);
        if (signed is { } s && s > VietnamTime.Today(clock))
        {
            errors[nameof(form.DecisionDate)] = "Ngày ký quyết định không thể ở tương lai.";
        }

        if (effective is { } e && signed is { } d && e < d)
        {
            errors[nameof(form.EffectiveFrom)] = "Ngày hiệu lực không thể trước ngày ký quyết định.";
        }

        return errors.Count > 0 || effective is null
            ? null
            : new Input(name, effective.Value, new DecisionRecord { Number = number, Date = signed, Signer = signer });
    }

    private static void CheckAgainstSeat(Seat seat, AppointmentAction action, Input input, Dictionary<string, string> errors)
    {
        var current = seat.Appointments.FirstOrDefault(a => a.Until is null);
        var key = nameof(AppointmentForm.EffectiveFrom);
        if (!seat.ExistsOn(input.EffectiveFrom))
        {
            errors[key] = "Vị trí này không tồn tại vào ngày hiệu lực theo quy chế.";
            return;
        }

        switch (action)
        {
            case AppointmentAction.Appoint when current is not null:
                errors[key] = "Vị trí đang có người giữ; hãy dùng chức năng thay thế.";
                break;
            case AppointmentAction.Appoint when seat.Appointments.Any(a => a.Until >= input.EffectiveFrom):
                errors[key] = "Ngày hiệu lực trùng với thời gian giữ vị trí của người trước.";
                break;
            case AppointmentAction.Replace or AppointmentAction.End when current is null:
                errors[key] = "Vị trí đang trống; không có ai để thay thế hoặc cho thôi giữ.";
                break;
            case AppointmentAction.Replace or AppointmentAction.End when input.EffectiveFrom <= current!.From:
                errors[key] = "Ngày hiệu lực phải sau ngày bắt đầu của người đang giữ vị trí.";
                break;
        }
    }

    private void Apply(Seat seat, AppointmentAction action, Input input)
    {
        if (action != AppointmentAction.Appoint)
        {
            var current = seat.Appointments.Single(a => a.Until is null);
            current.Until = input.EffectiveFrom.AddDays(-1);
            current.EndedBy = Copy(input.Decision);
            current.EndKind = action == AppointmentAction.Replace ? AppointmentEnd.Replaced : AppointmentEnd.Ended;
        }

        if (action == AppointmentAction.End)
        {
            return;
        }

        var code = province.Required.Code.Value;
        var person = new Person { Id = Guid.CreateVersion7(), Province = code, FullName = input.PersonName! };
        db.People.Add(person);
        db.Appointments.Add(new Appointment
        {
            Id = Guid.CreateVersion7(),
            Province = code,
            SeatId = seat.Id,
            PersonId = person.Id,
            From = input.EffectiveFrom,
            AppointedBy = Copy(input.Decision),
        });
    }

    private static DateOnly? ReadDate(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = "Ngày là bắt buộc (dd/MM/yyyy).";
            return null;
        }

        if (!VietnamTime.TryParse(text, out var date))
        {
            errors[field] = "Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.";
            return null;
        }

        return date;
    }

    private static DecisionRecord Copy(DecisionRecord d) => new() { Number = d.Number, Date = d.Date, Signer = d.Signer, Title = d.Title };

    // Vietnamese typed on different systems arrives composed or decomposed; store one form so search and equality work.
    private static string? Clean(string? text) => text?.Trim().Normalize(NormalizationForm.FormC);
}
