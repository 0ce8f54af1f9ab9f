using Platform.Core.Localization;
using Platform.Identity.Administration;

namespace Platform.Identity.Pages.Administration;

/// <summary>The role, seat and agency choices of a grant, as <c>_LinkFields</c> draws them, with what was chosen and the errors.</summary>
internal sealed record LinkFields(Roster Roster, string? Role, string? Seat, string? Agency, IReadOnlyDictionary<string, Message> Errors)
{
    public string? Error(string field) => Errors.GetValueOrDefault(field)?.ToString();
}
