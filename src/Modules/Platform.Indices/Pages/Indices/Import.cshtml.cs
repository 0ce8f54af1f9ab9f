using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Commands;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Indices.Services;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// Importing a year's result from the publisher's ranking table (CSV or Excel): the file is read and checked whole, the
/// province's row shown as it will be recorded, and only on confirmation recorded — through the same command, with the
/// same checks, as a result typed on the index's page. Any problem refuses the whole file, row and column named. For the
/// owning agency's focal points and the standing agency (Sơn La, Art. 8.2, 8.3, 9.2a, 9.2b).
/// </summary>
internal sealed class ImportModel(IndexQueries queries, IndexCommands commands, CurrentProvince province, TimeProvider clock) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "index")] public string Key { get; set; } = "";

    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? SourceBody { get; set; }
    [BindProperty] public string? SourceDocument { get; set; }
    [BindProperty] public string? SourceDate { get; set; }
    [BindProperty] public IFormFile? Table { get; set; }

    /// <summary>The file read at the preview, carried to the confirmation (the same bytes are checked again).</summary>
    [BindProperty] public string? FileName { get; set; }
    [BindProperty, StringLength((Sheet.MaxBytes / 3 * 4) + 4)] public string? FileContent { get; set; }

    public IndexDefinition Index { get; private set; } = null!;
    public bool MayEnter { get; private set; }
    public CurrentProvince Province => province;
    public IndexCommands Commands => commands;

    /// <summary>The problems found, row by row.</summary>
    public IReadOnlyList<Message> Problems { get; private set; } = [];

    /// <summary>The table read, when it can be imported.</summary>
    public ImportedTable? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await StartAsync() ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (await StartAsync() is { } refused)
        {
            return refused;
        }

        if (Table is null || Table.Length == 0)
        {
            return Problem(new Message("Hãy chọn tệp bảng xếp hạng (.csv hoặc .xlsx).", "Choose the ranking table's file (.csv or .xlsx)."));
        }

        if (Table.Length > Sheet.MaxBytes)
        {
            return Problem(new Message($"Tệp lớn hơn {Sheet.MaxBytes / 1024 / 1024} MB.", $"The file is larger than {Sheet.MaxBytes / 1024 / 1024} MB."));
        }

        using var buffer = new MemoryStream();
        await Table.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(Table.FileName);
        FileContent = Convert.ToBase64String(buffer.ToArray());
        return await ReadAsync(buffer.ToArray(), confirm: false, ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (await StartAsync() is { } refused)
        {
            return refused;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(FileContent ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length == 0 || string.IsNullOrEmpty(FileName))
        {
            return Problem(new Message("Không còn tệp để nhập; hãy chọn lại tệp.", "There is no file left to import; choose the file again."));
        }

        return await ReadAsync(bytes, confirm: true, ct);
    }

    private async Task<IActionResult> ReadAsync(byte[] bytes, bool confirm, CancellationToken ct)
    {
        var (rows, unreadable) = Sheet.Read(FileName!, bytes);
        if (unreadable is not null)
        {
            FileContent = null;
            return Problem(unreadable);
        }

        var problems = new List<Message>();
        var fields = new Dictionary<string, Message>();
        var year = IndexCommands.ParseYear(Year, "", IndexCommands.FirstYear, Core.Dates.VietnamTime.Today(clock).Year, fields);
        if (year is null)
        {
            Errors = fields;
            return UnprocessableEntityPage();
        }

        if (await queries.HasResultAsync(Index.Key, year.Value, ct))
        {
            problems.Add(new(
                $"Năm {year} đã có kết quả {Index.ShortName ?? Index.Name}; nhập từ tệp không ghi đè kết quả đã có — hãy sửa trên trang chỉ số.",
                $"{year} already has a {Index.ShortName ?? Index.Name} result; an import never writes over one — correct it on the index's page."));
        }

        var method = await queries.MethodInForceAsync(Index.Key, year.Value, ct);
        var table = IndexImport.Read(rows, Index, province.Required.Name, method);
        problems.AddRange(table.Errors);
        if (problems.Count > 0 || table.Form is null)
        {
            Problems = problems;
            return UnprocessableEntityPage();
        }

        var form = table.Form;
        form.Year = Year;
        form.SourceBody = SourceBody;
        form.SourceDocument = SourceDocument;
        form.SourceDate = SourceDate;
        if (!confirm)
        {
            Preview = table;
            return Page();
        }

        var outcome = await commands.SaveResultAsync(Index.Key, form, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã nhập kết quả từ tệp.", $"chi-so/{Index.Key}");
        }

        // Refused by the command (the source missing, the year entered meanwhile): its messages, the file kept for a second try.
        Refusal(outcome);
        Problems = [.. outcome.Errors.Where(e => e.Key != Outcome.General).Select(e => e.Value)];
        Preview = table;
        return Page();
    }

    private IActionResult Problem(Message why)
    {
        Problems = [why];
        return UnprocessableEntityPage();
    }

    private IActionResult UnprocessableEntityPage()
    {
        var page = Page();
        HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    /// <summary>Null when the index is declared and the user may enter it; else the response.</summary>
    private async Task<IActionResult?> StartAsync()
    {
        if (commands.Declared(Key) is not { } index)
        {
            return NotFound();
        }

        Index = index;
        MayEnter = await commands.MayEnterAsync(User, index);
        if (!MayEnter)
        {
            Refusal(Outcome.Refused(commands.NotYours(index)));
            return Page();
        }

        return null;
    }

    /// <summary>The year as typed, for the preview's heading.</summary>
    public string YearText => int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y.ToString(CultureInfo.InvariantCulture) : Year ?? "";
}
