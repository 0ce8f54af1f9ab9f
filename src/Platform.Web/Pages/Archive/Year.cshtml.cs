using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Platform.Core.Archive;
using Platform.Core.Security;

namespace Platform.Web.Pages.Archive;

/// <summary>
/// A year's register as one ZIP (<c>/{province}/luu-tru/{year}/ho-so</c>), written straight to the response: for each
/// kind, each record's stored files under <c>{kind}/{date} {number or title}/</c>, then <c>manifest.json</c> — the same
/// shape as a meeting's ZIP — listing the province and year, who made the ZIP and when, every record (kind, number,
/// date, title, who, link, its files' paths, the retention the operator states for its kind) and every file written
/// (path, kind, size, SHA-256 of the bytes written, who added it and when, its record).
/// Statements: per source, one for the records and one streaming its files' bytes, whatever their number.
/// Downloads are not audited, as a meeting's ZIP is not: the audit trail records changes.
/// </summary>
[Authorize]
public sealed class YearModel(IEnumerable<IArchiveSource> sources, IOptions<ArchiveOptions> options, ICurrentActor actor, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, [FromServices] IAuthorizationService authorization, CancellationToken ct)
    {
        if (!await ArchiveAccess.MayReadAsync(authorization, User))
        {
            return Forbid();
        }

        if (year is < 2000 or > 2100)
        {
            return NotFound();
        }

        var province = (string)RouteData.Values["province"]!;
        var made = clock.GetUtcNow();
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = $"luu-tru-{province}-{year}.zip" }.ToString();
        Response.Headers.CacheControl = "private, no-store";
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // The ZIP writer writes some of its headers synchronously to a stream that cannot seek (the response body):
        // allowed for this response only, whose body is the archive alone.
        if (HttpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        var records = new List<object>();
        await using (var zip = await ArchiveZip.CreateAsync(Response.Body, ct))
        {
            foreach (var source in sources.OrderBy(s => s.Kind, StringComparer.Ordinal))
            {
                var listed = await source.ListAsync(year, ct);
                var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var files = new Dictionary<Guid, (ArchiveRecord Record, ArchiveFile File, string Folder)>();
                var paths = new Dictionary<ArchiveRecord, List<string>>(ReferenceEqualityComparer.Instance);
                foreach (var record in listed)
                {
                    var folder = Folder(source.Kind, record, folders);
                    paths[record] = [];
                    foreach (var file in record.Files)
                    {
                        files.TryAdd(file.Id, (record, file, folder));
                    }
                }

                // The bytes come as the database returns them; a file not listed (added since the list was read) is left out.
                await foreach (var content in source.ReadAsync(year, ct))
                {
                    if (files.Remove(content.FileId, out var at))
                    {
                        paths[at.Record].Add(await zip.AddAsync($"{at.Folder}/{at.File.Name}", source.Label.Vietnamese, content.Bytes, at.File.AddedBy, at.File.AddedAt, at.Record.Link, ct));
                    }
                }

                records.AddRange(listed.Select(r => new
                {
                    kind = source.Kind,
                    kindLabel = source.Label.Vietnamese,
                    number = r.Number,
                    date = r.Date,
                    title = r.Title,
                    party = r.Party,
                    link = r.Link,
                    retention = options.Value.RetentionOf(source.Kind),
                    files = paths[r],
                }));
            }

            await zip.FinishAsync("register", new { province, year }, actor.Name, made, records, ct);
        }

        return new EmptyResult();
    }

    /// <summary>A record's folder: its kind, then its date and number (or title), shortened, unique within the kind.</summary>
    private static string Folder(string kind, ArchiveRecord record, HashSet<string> taken)
    {
        var name = $"{record.Date:yyyy-MM-dd} {record.Number ?? record.Title}".Replace('/', '-').Replace('\\', '-').Trim();
        if (name.Length > 80)
        {
            name = name[..80].Trim();
        }

        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{name} ({n})";
        }

        return $"{kind}/{candidate}";
    }
}
