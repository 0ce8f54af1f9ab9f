using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Core.Api;

/// <summary>
/// The API's errors as RFC 9457 problem details (<c>application/problem+json</c>): <c>title</c> and <c>detail</c> in
/// Vietnamese, the same in English in the extension members <c>title_en</c> and <c>detail_en</c>.
/// </summary>
public static class ApiProblems
{
    /// <summary>A problem with both languages.</summary>
    public static ProblemDetails Details(int status, string title, string titleEnglish, string detail, string detailEnglish) => new()
    {
        Status = status,
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
        Title = title,
        Detail = detail,
        Extensions =
        {
            ["title_en"] = titleEnglish,
            ["detail_en"] = detailEnglish,
        },
    };

    /// <summary>A problem as a result.</summary>
    public static ProblemHttpResult Result(int status, string title, string titleEnglish, string detail, string detailEnglish) =>
        TypedResults.Problem(Details(status, title, titleEnglish, detail, detailEnglish));

    /// <summary>404: nothing with that id in the province, or a province the client may not read (no hint which).</summary>
    public static ProblemHttpResult NotFound() => Result(
        StatusCodes.Status404NotFound,
        "Không tìm thấy", "Not found",
        "Không có dữ liệu này, hoặc ứng dụng không được cấp quyền đọc.", "There is no such record, or the client is not granted it.");

    /// <summary>400: a parameter the API cannot read (a cursor not of ours, a date not yyyy-MM-dd).</summary>
    public static ProblemHttpResult BadRequest(string parameter) => Result(
        StatusCodes.Status400BadRequest,
        "Tham số không hợp lệ", "Invalid parameter",
        $"Không đọc được tham số '{parameter}'.", $"The parameter '{parameter}' cannot be read.");

    /// <summary>403: the client's token lacks a scope the resource needs.</summary>
    public static ProblemHttpResult MissingScope(string scope) => Result(
        StatusCodes.Status403Forbidden,
        "Thiếu phạm vi quyền", "Scope missing",
        $"Mã truy cập không có phạm vi '{scope}'.", $"The token does not have the scope '{scope}'.");
}

/// <summary>The scopes a client's token may hold.</summary>
public static class ApiScopes
{
    /// <summary>Reads the records of its provinces (everything but submissions' text).</summary>
    public const string Read = "read";

    /// <summary>Also reads the text of reports' submissions.</summary>
    public const string ReadText = "read-text";

    /// <summary>The claim type carrying one scope each.</summary>
    public const string ClaimType = "api:scope";

    /// <summary>The claim type carrying one granted province each.</summary>
    public const string ProvinceClaimType = "api:province";

    /// <summary>Every scope, in the order the administrator's page lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Read, ReadText];

    /// <summary>True when the caller's token holds <paramref name="scope"/>.</summary>
    public static bool Holds(HttpContext context, string scope) =>
        context?.User.HasClaim(ClaimType, scope) ?? false;
}
