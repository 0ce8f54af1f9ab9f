using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;

namespace Platform.Meetings.Services;

/// <summary>
/// The one place the meetings module's commands ask whether a user acts for the standing agency, through the
/// secretariat policy of the current province. Pages keep their coarse policy and pass the user; the command decides.
/// Rules that belong to a seat (the head decides, the chair invites and approves) are read from the user's seats by
/// the command that applies them.
/// </summary>
internal sealed class MeetingAccess(IAuthorizationService authorization) : IModuleService
{
    /// <summary>The refusal of a step only the standing agency takes: agenda, documents, holding, cancelling, minutes, the register.</summary>
    public static readonly Message StandingAgencyOnly = new(
        "Chỉ Cơ quan thường trực thực hiện việc này.", "Only the standing agency does this.");

    /// <summary>Whether <paramref name="user"/> is the standing agency's staff in the current province.</summary>
    public async Task<bool> IsSecretariatAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>
    /// Whether <paramref name="user"/> reads the meeting documents marked restricted: the standing agency's staff and the
    /// committee's leaders (the leader policy of the current province).
    /// </summary>
    public async Task<bool> SeesRestrictedAsync(ClaimsPrincipal user) =>
        await IsSecretariatAsync(user) || (await authorization.AuthorizeAsync(user, Policies.Leader)).Succeeded;

    /// <summary>Null when <paramref name="user"/> is the standing agency's staff; otherwise the refusal to return.</summary>
    public async Task<Outcome?> RefuseUnlessSecretariatAsync(ClaimsPrincipal user) =>
        await IsSecretariatAsync(user) ? null : Outcome.Refused(StandingAgencyOnly);
}
