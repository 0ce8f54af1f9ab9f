using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Security;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages;

/// <summary>What every tasks page shares: the province, the agencies' names, the secretariat check and refusals.</summary>
internal abstract class TasksPage(IAuthorizationService authorization, ICommitteeDirectory committee) : PageModel
{
    public string ProvinceCode => (string)RouteData.Values["province"]!;

    public bool IsSecretariat { get; private set; }

    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];

    public IReadOnlyDictionary<string, Message> Errors { get; protected set; } = new Dictionary<string, Message>();

    public string? Done => TempData["Done"] as string;

    public string AgencyName(string? key) => key is null ? "" : Agencies.FirstOrDefault(a => a.Key == key) is { } a ? a.ShortName ?? a.Name : key;

    public string? Error(string field) => Errors.GetValueOrDefault(field)?.ToString();

    protected async Task PrepareAsync(CancellationToken ct)
    {
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        Agencies = await committee.AgenciesAsync(ct);
    }

    protected IActionResult? Refusal(Outcome outcome)
    {
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
