using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Core.Api;
using Platform.Core.Dates;
using Platform.Core.National;
using Platform.Core.Tenancy;
using Platform.National.Services;
using Platform.Sdk;

namespace Platform.National.Api;

/// <summary>
/// The roll-up's figures for national systems (<c>/api/v1/quoc-gia/tong-hop</c>): the same figures as the ministry's
/// page, for the provinces the client is granted and no other, read through the national session (row-level security
/// on exactly those provinces), each with the rule of that province's regulation that judges it.
/// </summary>
internal sealed class RollupApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder province)
    {
    }

    public void MapNational(RouteGroupBuilder national) =>
        national.MapGet("/tong-hop", ReadAsync)
            .WithName("rollup")
            .WithSummary("Bảng tổng hợp toàn quốc của một quý / The national roll-up for one quarter")
            .WithDescription("`quy`: quý, dạng Q3-2026 (mặc định: quý hiện tại). Mỗi tỉnh được đánh giá theo quy chế của tỉnh đó, kèm điều khoản. / `quy`: the quarter, as Q3-2026 (the current one by default). Each province is judged by its own regulation, with the article.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<ApiRollup>, ProblemHttpResult>> ReadAsync(
        [FromQuery(Name = "quy")] string? quarter, HttpContext http, NationalRollup rollup, IProvinceCatalog catalog, CancellationToken ct)
    {
        var chosen = rollup.CurrentQuarter;
        if (quarter is not null && (!Period.TryParse(quarter, out chosen) || chosen.Kind != PeriodKind.Quarter || chosen.Start > rollup.Today))
        {
            return ApiProblems.BadRequest("quy");
        }

        var granted = catalog.Provinces.Where(p => http.User.HasClaim(ApiScopes.ProvinceClaimType, p.Code.Value)).ToList();
        var data = await rollup.ReadAsync(granted, [chosen], ct);
        var figures = data.Figures
            .Select(f => new ApiFigure(f.Key, f.Name.Vietnamese, f.Name.English, f.Unit == FigureUnit.Percent ? "percent" : "count", f.HigherIsBetter))
            .ToArray();
        var lines = data.Lines(chosen)
            .Select(l => new ApiRollupLine(
                l.Province.Code.Value,
                l.Province.Name,
                [
                    .. data.Figures.Select(f => (Figure: f, Value: l[f.Key], Rule: data.Rule(f.Key, l.Province.Code.Value)))
                        .Select(x => new ApiFigureValue(x.Figure.Key, x.Value?.Value, x.Value?.Detail, x.Rule?.Vietnamese, x.Rule?.English)),
                ]))
            .ToArray();
        return TypedResults.Ok(new ApiRollup(chosen.Code, figures, lines));
    }
}

/// <summary>The roll-up of one quarter.</summary>
/// <param name="Quarter">The quarter, as Q3-2026.</param>
/// <param name="Figures">The figures, in the order the page shows them.</param>
/// <param name="Provinces">One line per province the client is granted.</param>
internal sealed record ApiRollup(string Quarter, ApiFigure[] Figures, ApiRollupLine[] Provinces);

/// <summary>A figure of the roll-up.</summary>
/// <param name="Key">Its stable key (as in the CSV of the ministry's page).</param>
/// <param name="Name">Its name in Vietnamese.</param>
/// <param name="NameEn">Its name in English.</param>
/// <param name="Unit">"count" or "percent" (0–100).</param>
/// <param name="HigherIsBetter">Which way is better.</param>
internal sealed record ApiFigure(string Key, string Name, string NameEn, string Unit, bool HigherIsBetter);

/// <summary>One province's figures for the quarter.</summary>
/// <param name="Code">The province's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Values">One value per figure, in the figures' order.</param>
internal sealed record ApiRollupLine(string Code, string Name, ApiFigureValue[] Values);

/// <summary>A figure's value for one province.</summary>
/// <param name="Figure">The figure's key.</param>
/// <param name="Value">The value (null: nothing to judge in that quarter).</param>
/// <param name="Detail">What stands beside it, digits only ("2/3").</param>
/// <param name="Rule">The rule of the province's regulation behind the figure, citing its article, in Vietnamese (null: none).</param>
/// <param name="RuleEn">The same in English.</param>
internal sealed record ApiFigureValue(string Figure, decimal? Value, string? Detail, string? Rule, string? RuleEn);
