using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Notifications.Model;
using Platform.Notifications.Services;

namespace Platform.Notifications.Pages.Notifications;

/// <summary>The signed-in user's notifications in the province, newest first; marking one or all of them read.</summary>
internal sealed class IndexModel(Inbox inbox) : CommandPage
{
    public const int Shown = 200;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await inbox.ListAsync(Shown, ct);
        Unread = Items.Count(i => i.ReadAt is null);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) ? After("Đã đánh dấu là đã đọc.", "thong-bao") : NotFound();

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(ct);
        return After("Đã đánh dấu tất cả là đã đọc.", "thong-bao");
    }
}
