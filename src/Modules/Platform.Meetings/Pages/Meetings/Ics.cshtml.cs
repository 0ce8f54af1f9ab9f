using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Links;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The meeting as an <c>.ics</c> file for the invitee's own calendar.</summary>
internal sealed class IcsModel(MeetingQueries queries, PublicSite site, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        // The configured address, not the request's Host header: the link leaves the site in the invitee's calendar.
        var url = site.Link(Request, Url.Page("/Meetings/Meeting", new { province = RouteData.Values["province"], id })!);
        var text = IcsCalendar.Write(detail.Meeting, url, clock.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"cuoc-hop-{id:N}.ics");
    }
}
