using Microsoft.AspNetCore.Authorization;
using Platform.Core.Pages;
using Platform.Core.Security;

namespace Platform.Meetings.Pages;

/// <summary>
/// What every meetings page shares beyond <see cref="CommandPage"/>: the user's seats in the province and the
/// secretariat check.
/// </summary>
internal abstract class MeetingsPage(IAuthorizationService authorization) : CommandPage
{
    public IReadOnlyList<string> MySeats => User.SeatsIn(ProvinceCode);

    public bool IsSecretariat { get; private set; }

    protected async Task<bool> CheckSecretariatAsync() =>
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
}
