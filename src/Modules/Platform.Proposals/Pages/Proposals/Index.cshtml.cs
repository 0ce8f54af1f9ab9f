using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Dates;
using Platform.Core.Exports;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Proposals.Model;
using Platform.Proposals.Services;

namespace Platform.Proposals.Pages.Proposals;

/// <summary>
/// The register of proposals, difficulties and obstacles: filtered by state, kind, portfolio, year and filer, each row
/// with its age and, when the pack states a response time, its due day; paged, and as CSV. The standing agency and the
/// leaders read all of it; others what they filed and what was forwarded to their agencies.
/// </summary>
internal sealed class IndexModel(ProposalQueries queries, ProposalAccess access, CurrentProvince province, TimeProvider clock) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public ProposalState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public ProposalKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? Portfolio { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "nguoi-gui")] public string? Filer { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public RegisterPage Register { get; private set; } = new([], 0);
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<(string Key, string Name)> Filers { get; private set; } = [];
    public bool MayFile { get; private set; }
    public bool SeesAll { get; private set; }
    public CurrentProvince Province => province;
    public DateOnly Today => VietnamTime.Today(clock);

    public int Pages => Math.Max(1, (Register.Total + ProposalQueries.PageSize - 1) / ProposalQueries.PageSize);

    private RegisterFilter Filter => new(State, Kind, Portfolio, Year, Filer);

    public string PortfolioName(string? key) => key is null ? "" : province.Required.Portfolios.FirstOrDefault(p => p.Key == key) is { } p ? p.ShortName ?? p.Name : key;

    public string AgencyName(string? key) => key is null ? "" : province.Required.FindAgency(key) is { } a ? a.ShortName ?? a.Name : key;

    /// <summary>The register's link with the current filters, on page <paramref name="page"/>, or the CSV's.</summary>
    public string Link(int? page = null, bool csv = false)
    {
        var query = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                query.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("tinh-trang", State);
        Add("loai", Kind);
        Add("linh-vuc", Portfolio);
        Add("nam", Year);
        Add("nguoi-gui", Filer);
        if (csv)
        {
            query.Add("handler=Csv");
        }
        else if (page is > 1)
        {
            Add("trang", page);
        }

        return Url.Content($"~/{ProvinceCode}/kien-nghi") + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(User, ct);
        SeesAll = viewer.SeesAll;
        MayFile = (await access.FilerOptionsAsync(User, ct)).Count > 0;
        PageNumber = Math.Max(1, PageNumber);
        Register = await queries.PageAsync(Filter, viewer, PageNumber, ct);
        (Years, Filers) = await queries.ChoicesAsync(viewer, ct);
    }

    /// <summary>The filtered register as CSV: UTF-8 with a byte-order mark for Excel, Vietnamese headers (<see cref="Csv"/>).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(User, ct);
        var rows = await queries.AllAsync(Filter, viewer, ct);
        var today = Today;
        var text = new StringBuilder();
        text.Append(Csv.Line("Số", "Loại", "Trích yếu", "Lĩnh vực", "Người gửi", "Ngày gửi", "Số ngày", "Hạn trả lời", "Quá hạn", "Tình trạng", "Cơ quan được chuyển", "Cuộc họp", "Ngày trả lời"));
        foreach (var r in rows)
        {
            text.Append(Csv.Line(r.Reference, ProposalLabels.KindVi(r.Kind), r.Subject, PortfolioName(r.PortfolioKey), r.FilerName, VietnamTime.Format(r.FiledOn),
                r.Age(today).ToString(CultureInfo.InvariantCulture), r.Due is { } due ? VietnamTime.Format(due) : "", r.Overdue(today) ? "x" : "",
                ProposalLabels.StateVi(r.State), AgencyName(r.ForwardedTo), r.MeetingTitle, r.AnsweredAt is { } at ? VietnamTime.Format(at) : ""));
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", $"kien-nghi-{ProvinceCode}.csv");
    }
}
