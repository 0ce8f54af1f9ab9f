using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Acting;
using Platform.Core.Pages;

namespace Platform.Committees.Pages.Committee;

/// <summary>
/// The head names a deputy to act for them for a span of days (Đắk Lắk, Art. 5.1; Sơn La, Art. 5.4, 6.1, 7.1); the
/// standing agency may enter the head's document on their behalf. Every reader of the province sees the spans; the
/// command checks who may name one.
/// </summary>
internal sealed class ActingModel(ActingQueries queries, ActingCommands commands) : CommandPage
{
    public IReadOnlyList<ActingSpanRow> Spans { get; private set; } = [];
    public IReadOnlyList<DeputySeat> Deputies { get; private set; } = [];

    [BindProperty]
    public ActingForm Form { get; set; } = new();

    /// <summary>The errors as the shared field partial reads them.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors => Errors.ToDictionary(e => e.Key, e => e.Value.ToString());

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await commands.NameAsync(Form, User, ct);
        if (Refusal(outcome) is { } refused)
        {
            return refused;
        }

        if (outcome.Succeeded)
        {
            return After("Đã ghi nhận việc giao quyền.", "acting");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Spans = await queries.SpansAsync(ct);
        Deputies = await queries.DeputiesAsync(ct);
    }
}
