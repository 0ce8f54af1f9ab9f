using System.Security.Claims;

namespace Platform.Core.Home;

/// <summary>
/// A module's panel on the province home page ("what needs me"). The home page asks every registered panel for its
/// model and renders the panel's partial view with it; a panel with nothing to say returns null and is not shown.
/// A panel must read with a fixed number of statements, whatever the data's size.
/// </summary>
public interface IHomePanel
{
    /// <summary>Where the panel stands among others; lower first.</summary>
    int Order { get; }

    /// <summary>The partial view that draws the panel, by its full path in the module (e.g. "/Pages/Meetings/_HomePanel.cshtml").</summary>
    string PartialView { get; }

    /// <summary>The panel's model for <paramref name="user"/> in the current province, or null when there is nothing to show.</summary>
    Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
