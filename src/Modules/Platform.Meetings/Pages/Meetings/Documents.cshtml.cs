using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The meeting's documents: everyone invited downloads them; the standing agency uploads and removes them.</summary>
internal sealed class DocumentsModel(MeetingPageServices services, DocumentStore documents) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Documents;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            await using var stream = file?.OpenReadStream() ?? Stream.Null;
            return await documents.AddAsync(id, file?.FileName ?? "", file?.Length ?? 0, stream, User, ct);
        }, "Đã tải tài liệu lên.", $"meetings/{id}/documents", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid documentId, CancellationToken ct) =>
        RunAsync(id, () => documents.RemoveAsync(id, documentId, User, ct), "Đã xóa tài liệu.", $"meetings/{id}/documents", ct);
}
