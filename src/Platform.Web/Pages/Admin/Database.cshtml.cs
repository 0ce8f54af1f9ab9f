using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Security;
using Platform.Web.Operations;

namespace Platform.Web.Pages.Admin;

/// <summary>
/// The system administrator's view of the database: the primary, and the streaming replica the ministry's roll-up and
/// the read API may read from, with its lag (docs/operations.md, "A hot standby for reading").
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class DatabaseModel(DatabaseStatus status) : PageModel
{
    public ServerState Primary { get; private set; } = new(false, false, null);

    public ReplicaState Replica { get; private set; } = new(false, null, false, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Primary = await status.PrimaryAsync(ct);
        Replica = await status.ReplicaAsync(ct);
    }
}
