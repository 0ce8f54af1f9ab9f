using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Meetings.Model;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The meeting's documents: everyone invited downloads them; the standing agency uploads and removes them.</summary>
internal sealed class DocumentsModel(MeetingPageServices services, DocumentStore documents) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Documents;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    /// <summary>What the standing agency typed for a secret document's reference, kept when it is refused.</summary>
    [BindProperty]
    public SecretForm Secret { get; set; } = new();

    public Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, DocumentClassification classification, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            await using var stream = file?.OpenReadStream() ?? Stream.Null;
            return await documents.AddAsync(id, file?.FileName ?? "", file?.Length ?? 0, stream, classification, User, ct);
        }, "Đã tải tài liệu lên.", $"meetings/{id}/documents", ct);

    public Task<IActionResult> OnPostSecretAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => documents.RecordSecretAsync(id, Secret.Reference, Secret.Degree, Secret.KeptAt, User, ct),
            "Đã ghi số hiệu tài liệu mật.", $"meetings/{id}/documents", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid documentId, CancellationToken ct) =>
        RunAsync(id, () => documents.RemoveAsync(id, documentId, User, ct), "Đã xóa tài liệu.", $"meetings/{id}/documents", ct);
}

/// <summary>A secret document's reference as typed.</summary>
internal sealed class SecretForm
{
    public string? Reference { get; set; }
    public DocumentClassification Degree { get; set; } = DocumentClassification.Secret;
    public string? KeptAt { get; set; }
}
