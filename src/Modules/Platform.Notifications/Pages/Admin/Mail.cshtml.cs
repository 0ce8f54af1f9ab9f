using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Platform.Core.Auditing;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Notifications.Mail;
using Platform.Notifications.Model;
using Platform.Sdk.Structure;

namespace Platform.Notifications.Pages.Admin;

/// <summary>
/// The system administrator's view of outgoing mail, province by province: what waits (with the reason of the last
/// failure and the next attempt), what failed or may have gone when a sender stopped (with "send again"), who has no
/// address, and the newest sent; without an SMTP server, the .eml files written instead.
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class MailModel(MailQueue queue, MailSender sender, IProvinceCatalog catalog, IOptions<MailSettings> settings, IAuditTrail audit, TimeProvider clock) : PageModel
{
    public const int PerProvince = 200;

    public IReadOnlyList<ProvinceDefinition> Provinces => catalog.Provinces;

    public Dictionary<string, List<DeliveryRow>> Rows { get; } = new(StringComparer.Ordinal);

    public List<FileInfo> Files { get; private set; } = [];

    public bool UsesSmtp => settings.Value.UsesSmtp;

    public string Destination => sender.Destination;

    public string? Done => TempData["Done"] as string;

    public static string StateLabel(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "Đang chờ gửi",
        DeliveryState.Sending => "Đang gửi",
        DeliveryState.Sent => "Đã gửi",
        DeliveryState.Failed => "Không gửi được",
        DeliveryState.NoAddress => "Không có địa chỉ email",
        DeliveryState.AwaitingDigest => "Chờ thư tổng hợp hằng ngày",
        DeliveryState.InDigest => "Đã gửi trong thư tổng hợp",
        _ => "Không rõ đã gửi chưa",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var province in catalog.Provinces)
        {
            Rows[province.Code.Value] = await queue.ListAsync(province.Code.Value, PerProvince, ct);
        }

        var folder = new DirectoryInfo(sender.PickupFolder);
        Files = UsesSmtp || !folder.Exists ? [] : [.. folder.EnumerateFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).Take(500)];
    }

    public async Task<IActionResult> OnPostRequeueAsync(string province, Guid id, CancellationToken ct)
    {
        if (catalog.Find(province) is null || await queue.RequeueAsync(province, id, clock.GetUtcNow(), ct) == 0)
        {
            return NotFound();
        }

        // Written with plain SQL, so the trail's interceptor does not see it: the administrator's act is recorded here.
        await audit.RecordAsync(new AuditRecord(province, "mail.requeued", "notifications.Delivery", id.ToString(), null, null), ct);

        TempData["Done"] = "Thư đã được đưa lại vào hàng đợi gửi.";
        return RedirectToPage();
    }

    /// <summary>One .eml file of the pickup folder, by its bare name (no path can be given).</summary>
    public IActionResult OnGetFile(string? name)
    {
        if (UsesSmtp || string.IsNullOrEmpty(name) || name != Path.GetFileName(name) || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return NotFound();
        }

        var path = Path.Combine(sender.PickupFolder, name);
        return System.IO.File.Exists(path) ? PhysicalFile(path, "message/rfc822", name) : NotFound();
    }
}
