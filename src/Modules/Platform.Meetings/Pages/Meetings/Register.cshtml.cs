using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Dates;
using Platform.Core.Forms;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The register form as typed.</summary>
internal sealed class RegisterForm
{
    public string? TypeCode { get; set; }

    [StringLength(TextLimits.Item)]
    public string? Summary { get; set; }
}

/// <summary>
/// The document register (sổ đăng ký văn bản) of the year: the standing agency reserves the next number of a type's
/// series and cancels one that will not be used (Decree 30/2020/NĐ-CP, Art. 15; the standing agency keeps the
/// committee's records, Đắk Lắk Art. 8.5).
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
internal sealed class RegisterModel(DocumentRegister register, MeetingRulebook rules, TimeProvider clock, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    [BindProperty]
    public RegisterForm Form { get; set; } = new();

    public int Year { get; private set; }
    public string Symbol => rules.Province.Documents.Symbol;
    public IReadOnlyList<DocumentNumber> Numbers { get; private set; } = [];

    public async Task OnGetAsync(int? nam, CancellationToken ct) => await LoadAsync(nam, ct);

    public async Task<IActionResult> OnPostReserveAsync(CancellationToken ct)
    {
        var outcome = await register.ReserveAsync(Form.TypeCode, Form.Summary, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lấy số văn bản.", "meetings/register");
        }

        Refusal(outcome);
        await LoadAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid numberId, uint version, CancellationToken ct)
    {
        var outcome = await register.CancelAsync(numberId, version, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã hủy số văn bản; số này không được cấp lại.", "meetings/register");
        }

        if (Refusal(outcome) is { } missing)
        {
            return missing;
        }

        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : VietnamTime.Today(clock).Year;
        Numbers = await register.YearAsync(Year, ct);
    }
}
