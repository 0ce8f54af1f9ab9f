using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Committees.Contracts;
using Platform.Core.Api;
using Platform.Core.Dates;

namespace Platform.Committees.Api;

/// <summary>
/// The committee's structure on a day, for national systems: its bodies (sub-committees, support teams, standing
/// agencies) with their seats, and every seat with who held it that day — read through the module's own directory
/// (<see cref="ICommitteeDirectory"/>), three statements whatever the committee's size.
/// </summary>
internal sealed class CommitteesApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder province)
    {
        province.MapGet("/uy-ban", StructureAsync)
            .WithName("committee")
            .WithSummary("Cơ cấu Ban Chỉ đạo vào một ngày / The committee's structure on a day")
            .WithDescription("`ngay` (yyyy-MM-dd): ngày cần xem, mặc định hôm nay (giờ Việt Nam) / the day, today (Vietnam time) by default.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<ApiCommittee>, ProblemHttpResult>> StructureAsync(
        [FromQuery(Name = "ngay")] string? day, ICommitteeDirectory directory, TimeProvider clock, CancellationToken ct)
    {
        DateOnly on;
        if (string.IsNullOrEmpty(day))
        {
            on = VietnamTime.Today(clock);
        }
        else if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            return ApiProblems.BadRequest("ngay");
        }

        var seats = await directory.SeatsOnAsync(on, ct);
        var bodies = await directory.BodiesAsync(ct);
        return TypedResults.Ok(new ApiCommittee(
            on,
            [.. bodies.Select(b => new ApiBody(b.Key, b.Kind.ToString(), b.Name, b.MemberSeatKeys))],
            [.. seats.Select(s => new ApiSeat(s.SeatKey, s.Role.ToString(), s.Office, s.Article, s.AgencyKey, s.AgencyName, s.HolderName))]));
    }
}

/// <summary>The committee on a day.</summary>
/// <param name="Day">The day asked for.</param>
/// <param name="Bodies">Its bodies, in the committee's order.</param>
/// <param name="Seats">The seats that existed that day, in the committee's order, with their holders.</param>
internal sealed record ApiCommittee(DateOnly Day, IReadOnlyList<ApiBody> Bodies, IReadOnlyList<ApiSeat> Seats);

/// <summary>A body of the committee.</summary>
/// <param name="Key">Its stable key.</param>
/// <param name="Kind">SubCommittee, SupportTeam, WorkingGroup or StandingAgency (as the pack states it).</param>
/// <param name="Name">Its name.</param>
/// <param name="SeatKeys">The seats that sit on it.</param>
internal sealed record ApiBody(string Key, string Kind, string Name, IReadOnlyList<string> SeatKeys);

/// <summary>A seat and its holder on the day.</summary>
/// <param name="Key">Its stable key.</param>
/// <param name="Role">The role the seat gives.</param>
/// <param name="Office">The office that holds it.</param>
/// <param name="Article">The regulation's article that creates it.</param>
/// <param name="AgencyKey">The holder's agency, if any.</param>
/// <param name="AgencyName">The holder's agency's name, if any.</param>
/// <param name="Holder">Who held it that day; null when vacant.</param>
internal sealed record ApiSeat(string Key, string Role, string Office, string Article, string? AgencyKey, string? AgencyName, string? Holder);
