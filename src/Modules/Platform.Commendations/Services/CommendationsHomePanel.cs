using System.Security.Claims;
using Platform.Core.Home;
using Platform.Core.Modules;

namespace Platform.Commendations.Services;

/// <summary>How many proposals await the head's decision.</summary>
internal sealed record CommendationsPanel(int Awaiting);

/// <summary>
/// For the head: the commendation, criticism and discipline proposals awaiting a decision (Đắk Lắk, Art. 4.5; Sơn La,
/// Art. 4.4). One statement for the head's seat, one count.
/// </summary>
internal sealed class CommendationsHomePanel(CommendationQueries queries, CommendationCommands commands) : IHomePanel, IModuleService
{
    public int Order => 40;

    public string PartialView => "/Pages/Commendations/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await commands.HeadSeatAsync(user, cancellationToken) is null)
        {
            return null;
        }

        var awaiting = await queries.AwaitingAsync(cancellationToken);
        return awaiting == 0 ? null : new CommendationsPanel(awaiting);
    }
}
