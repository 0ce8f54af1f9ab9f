using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Platform.Core.Archive;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Security;

namespace Platform.Web.Pages.Archive;

/// <summary>
/// The archive register (<c>/{province}/luu-tru</c>): for a year, every record the committee produced or received, by
/// kind, with its number, date, title, who issued or sent it, its files and a link to the record, what the operator
/// states about how long each kind is kept, and the year's ZIP. The standing agency keeps the committee's records (the
/// regulation's article on record keeping; the page links to the regulation) and the leaders read them: only they see
/// the register. Each source costs one statement for the years and one for the records, whatever their number; only the
/// current province's records are read, under row-level security.
/// </summary>
[Authorize]
public sealed class IndexModel(IEnumerable<IArchiveSource> sources, IOptions<ArchiveOptions> options, TimeProvider clock) : PageModel
{
    public string Province => (string)RouteData.Values["province"]!;

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<Kind> Kinds { get; private set; } = [];

    public sealed record Kind(string Key, Message Label, string? Retention, IReadOnlyList<ArchiveRecord> Records);

    public async Task<IActionResult> OnGetAsync(int? year, [FromQuery(Name = "nam")] int? chosen, [FromServices] IAuthorizationService authorization, CancellationToken ct)
    {
        if (!await ArchiveAccess.MayReadAsync(authorization, User))
        {
            return Forbid();
        }

        var all = sources.OrderBy(s => s.Kind, StringComparer.Ordinal).ToList();
        var today = VietnamTime.Today(clock).Year;
        Year = chosen ?? year ?? today;
        if (Year is < 2000 or > 2100)
        {
            return NotFound();
        }

        // One statement per source for its years, one for its records; one after the other (a request's DbContexts are not shared across threads).
        var years = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { today, Year };
        var kinds = new List<Kind>();
        foreach (var source in all)
        {
            years.UnionWith(await source.YearsAsync(ct));
            kinds.Add(new Kind(source.Kind, source.Label, options.Value.RetentionOf(source.Kind), await source.ListAsync(Year, ct)));
        }

        Years = [.. years];
        Kinds = kinds;
        return Page();
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}

/// <summary>Who sees the register and downloads its ZIP: the standing agency's staff and the committee's leaders.</summary>
internal static class ArchiveAccess
{
    public static async Task<bool> MayReadAsync(IAuthorizationService authorization, System.Security.Claims.ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded
        || (await authorization.AuthorizeAsync(user, Policies.Leader)).Succeeded;
}
