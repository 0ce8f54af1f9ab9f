using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Security;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages;

/// <summary>
/// What every meetings page shares: the province, the user's seats, the secretariat check, and turning a command's
/// outcome into a response (404, 403 with the rule, 409 or 422 with the form kept as typed).
/// </summary>
internal abstract class MeetingsPage(IAuthorizationService authorization) : PageModel
{
    public string ProvinceCode => (string)RouteData.Values["province"]!;

    public IReadOnlyList<string> MySeats => User.SeatsIn(ProvinceCode);

    public bool IsSecretariat { get; private set; }

    /// <summary>Messages of the last refused command: by field, and <see cref="Outcome.General"/> for the whole form.</summary>
    public IReadOnlyDictionary<string, Message> Errors { get; protected set; } = new Dictionary<string, Message>();

    public Message? GeneralError => Errors.GetValueOrDefault(Outcome.General);

    public string? Done => TempData["Done"] as string;

    protected async Task<bool> CheckSecretariatAsync() =>
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;

    /// <summary>Sets the status for a refused command and keeps its messages for the page.</summary>
    protected IActionResult? Refusal(Outcome outcome)
    {
        if (outcome.Succeeded)
        {
            return null;
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        Errors = outcome.Errors;
        Response.StatusCode = outcome.Forbidden ? StatusCodes.Status403Forbidden
            : outcome.Conflict ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        return null;
    }

    protected IActionResult After(string message, string path)
    {
        TempData["Done"] = message;
        return Redirect($"/{ProvinceCode}/{path}");
    }
}
