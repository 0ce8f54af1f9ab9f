using Microsoft.AspNetCore.Mvc;
using Platform.Core.Localization;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Notifications.Model;
using Platform.Notifications.Services;

namespace Platform.Notifications.Pages.Notifications;

/// <summary>The signed-in user's notifications in the province, newest first; marking one or all of them read.</summary>
internal sealed class IndexModel(Inbox inbox, CurrentProvince province) : CommandPage
{
    /// <summary>The article of the province's regulation that sends the conclusion notice to every member, if the pack states it.</summary>
    public string? NoticeArticle => province.Definition is { Meetings.Conclusions.RecipientsArticle: { } article } definition
        ? Text.Cite(definition.Name, article)
        : null;

    public const int Shown = 200;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public int Unread { get; private set; }

    /// <summary>Whether the user's emails in this province come as one digest a working day.</summary>
    public bool DailyDigest { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await inbox.ListAsync(Shown, ct);
        Unread = Items.Count(i => i.ReadAt is null);
        DailyDigest = await inbox.DailyDigestAsync(ct);
    }

    public async Task<IActionResult> OnPostMailAsync(bool digest, CancellationToken ct)
    {
        await inbox.SetDailyDigestAsync(digest, ct);
        return After(digest ? "Từ nay thư được gộp thành một thư tổng hợp mỗi ngày làm việc." : "Từ nay mỗi thông báo được gửi thư ngay.", "thong-bao");
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) ? After("Đã đánh dấu là đã đọc.", "thong-bao") : NotFound();

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(ct);
        return After("Đã đánh dấu tất cả là đã đọc.", "thong-bao");
    }
}
