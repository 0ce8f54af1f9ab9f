using Microsoft.AspNetCore.Authorization;
using Platform.Committees.Contracts;
using Platform.Core.Pages;
using Platform.Core.Security;

namespace Platform.Tasks.Pages;

/// <summary>What every tasks page shares beyond <see cref="CommandPage"/>: the agencies' names and the secretariat check.</summary>
internal abstract class TasksPage(IAuthorizationService authorization, ICommitteeDirectory committee) : CommandPage
{
    public bool IsSecretariat { get; private set; }

    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];

    public string AgencyName(string? key) => key is null ? "" : Agencies.FirstOrDefault(a => a.Key == key) is { } a ? a.ShortName ?? a.Name : key;

    protected async Task PrepareAsync(CancellationToken ct)
    {
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        Agencies = await committee.AgenciesAsync(ct);
    }
}
