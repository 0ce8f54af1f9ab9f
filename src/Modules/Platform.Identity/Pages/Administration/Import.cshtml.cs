using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Commands;
using Platform.Core.Security;
using Platform.Identity.Administration;

namespace Platform.Identity.Pages.Administration;

/// <summary>
/// Creating the province's officials from a CSV or Excel list: upload, preview of every row's outcome, confirm. The
/// file is read in memory and never stored; the preview carries the rows to the confirmation, which checks them again
/// and creates all of them or none.
/// </summary>
[Authorize(Policy = Policies.ProvinceAdmin)]
[RequestSizeLimit(OfficialsFile.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = OfficialsFile.MaxBytes + 64 * 1024)]
internal sealed class ImportModel(OfficialsImport import) : AccountsPage
{
    [BindProperty]
    public List<ImportLine> Lines { get; set; } = [];

    public ImportCheck? Check { get; private set; }

    public IReadOnlyList<IssuedLink> Issued { get; private set; } = [];

    public void OnGet()
    {
    }

    public FileResult OnGetTemplate() =>
        File(OfficialsFile.Template(), "text/csv; charset=utf-8", "mau-danh-sach-can-bo.csv");

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Refused(Outcome.Invalid("File", AdministrationMessages.FileMissing));
        }

        if (file.Length > OfficialsFile.MaxBytes)
        {
            return Refused(Outcome.Invalid("File", AdministrationMessages.FileTooLarge));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (rows, refusal) = OfficialsFile.Read(file.FileName, buffer.ToArray());
        if (refusal is not null)
        {
            return Refused(Outcome.Invalid("File", refusal));
        }

        Check = await import.CheckAsync(ProvinceCode, [.. rows.Select(r => new ImportLine(r.Line, r.Row))], ct);
        if (!Check.Accepted)
        {
            Refusal(Outcome.Broken(AdministrationMessages.FileRefused));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var (outcome, check, links) = await import.ImportAsync(ProvinceCode, Lines, ct);
        Check = check;
        if (Refusal(outcome) is { } missing)
        {
            return missing;
        }

        Issued = links;
        return Page();
    }

    private PageResult Refused(Outcome outcome)
    {
        Refusal(outcome);
        return Page();
    }
}
