using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Commands;
using Platform.Core.Localization;

namespace Platform.Core.Pages;

/// <summary>
/// What every module's page that runs commands shares: the province of the route, the messages of a refused command
/// (kept with what was typed), the "done" notice after a redirect, and turning an <see cref="Outcome"/> into the answer:
/// 404 for a missing row, 403 with the rule, 409 for a conflicting edit, 422 for field errors.
/// </summary>
public abstract class CommandPage : PageModel
{
    /// <summary>The province code of the route.</summary>
    public string ProvinceCode => (string)RouteData.Values["province"]!;

    /// <summary>Messages of the last refused command: by field, and <see cref="Outcome.General"/> for the whole form.</summary>
    public IReadOnlyDictionary<string, Message> Errors { get; protected set; } = new Dictionary<string, Message>();

    /// <summary>The message for the whole form, if any.</summary>
    public Message? GeneralError => Errors.GetValueOrDefault(Outcome.General);

    /// <summary>The TempData entry holding what the last command did.</summary>
    public const string DoneKey = "Done";

    /// <summary>What the last command did, shown once after its redirect.</summary>
    public string? Done => TempData[DoneKey] as string;

    /// <summary>The message for one field, in the user's language, or null.</summary>
    public string? Error(string field) => Errors.GetValueOrDefault(field)?.ToString();

    /// <summary>
    /// For a refused command: keeps its messages for the page and sets the status, then returns null so the page is
    /// shown again as typed — or 404 when the row is missing. Null for a command that succeeded.
    /// </summary>
    protected IActionResult? Refusal(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
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

    /// <summary>After a command that succeeded: the notice to show, and a redirect to <paramref name="path"/> of the province.</summary>
    protected IActionResult After(string message, string path)
    {
        TempData[DoneKey] = message;
        return Redirect(Url.Content($"~/{ProvinceCode}/{path}"));
    }
}
