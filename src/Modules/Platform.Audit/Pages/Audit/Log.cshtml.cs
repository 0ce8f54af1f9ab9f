using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Audit.Log;
using Platform.Audit.Trail;
using Platform.Core.Lists;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Audit.Pages.Audit;

/// <summary>
/// The province's audit trail, newest first, filtered by action or entity, actor and days, fifty entries a page, and
/// whether the province's chain is intact.
/// </summary>
[Authorize(Policy = Policies.Secretariat)] // The standing agency keeps the committee's records (ĐL Art. 8.5).
internal sealed class LogModel(AuditLog log, AuditVerifier verifier, CurrentProvince province) : PageModel
{
    public LogFilter Filter { get; private set; } = null!;
    public LogPage Entries { get; private set; } = null!;
    public ChainReport Chain { get; private set; } = null!;
    public SortOrder Sort { get; private set; } = AuditLog.DefaultSort;

    public async Task OnGetAsync(string? tim, string? nguoi, string? tu, string? den, int trang, [FromQuery(Name = SortOrder.QueryName)] string? sort, CancellationToken ct)
    {
        Filter = LogFilter.Read(tim, nguoi, tu, den);
        Sort = SortOrder.Parse(sort, AuditLog.SortColumns, AuditLog.DefaultSort);
        Entries = await log.PageAsync(Filter, trang, Sort, ct);
        Chain = await verifier.VerifyChainAsync(province.Code!, ct);
    }

    /// <summary>This page's address for another page number, with the filters as typed and the order.</summary>
    public string PageUrl(int number) => PageUrl(number, Sort);

    /// <summary>The first page in another order, with the filters as typed.</summary>
    public string SortUrl(SortOrder sort) => PageUrl(1, sort);

    private string PageUrl(int number, SortOrder sort) => Request.PathBase + Request.Path + QueryString.Create(new Dictionary<string, string?>
    {
        [SortOrder.QueryName] = sort == AuditLog.DefaultSort ? null : sort.Value,
        ["tim"] = Filter.Text,
        ["nguoi"] = Filter.Actor,
        [LogFilter.FromField] = Filter.FromTyped,
        [LogFilter.ToField] = Filter.ToTyped,
        ["trang"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null));
}
