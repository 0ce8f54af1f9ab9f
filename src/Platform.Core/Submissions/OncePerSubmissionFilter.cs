using System.Data.Common;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Logging;
using Platform.Core.Pages;

namespace Platform.Core.Submissions;

/// <summary>
/// Runs a sent form's handler once per rendering of the form: a double click or a browser's retry of the same POST
/// creates one record, not two. Before a signed-in user's POST handler runs, the form's key
/// (<see cref="SubmissionKey.FieldName"/>) is claimed for that user. The first post runs; when its answer is a redirect
/// (the product's answer to a command that succeeded) the claim keeps where it led, otherwise (errors shown on the form,
/// a refusal, a failure) the claim is released so the corrected form can be sent again with the same key. A repeat
/// does not run the handler: it is sent (303) where the first post led, after waiting a few seconds for a first post
/// still running; if that one is still running then, the repeat is answered that the form was already received.
/// Posts without a key (sent by hand, the draft's autosave) and anonymous posts (sign-in) run as before.
/// </summary>
internal sealed class OncePerSubmissionFilter(SubmissionClaims claims, ITempDataDictionaryFactory tempData, ILogger<OncePerSubmissionFilter> log) : IAsyncPageFilter
{
    /// <summary>How long a repeat waits for the first post of its form to finish before saying it was received.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (SubmissionOf(http) is not var (user, key))
        {
            await next();
            return;
        }

        // Real time, not the product's clock (which tests may hold still): this is how long a request waits.
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var claim = await claims.ClaimAsync(user, key, http.RequestAborted);
            if (claim.State == ClaimState.Claimed)
            {
                break;
            }

            if (claim is { State: ClaimState.Done, Location: { } location })
            {
                log.LogInformation("A repeat of a form already sent to {Path} was led to its result {Location}", http.Request.Path, location);
                // A double click shows the browser the second answer: it says what was done, as the first would have.
                if (claim.Notice is { } done)
                {
                    tempData.GetTempData(http)[CommandPage.DoneKey] = done;
                }

                context.Result = new SeeOtherResult(location);
                return;
            }

            if (Stopwatch.GetElapsedTime(started) >= Wait)
            {
                // The error page says so (Error page, 409): the form was received and is still being handled.
                context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
                return;
            }

            await Task.Delay(Poll, http.RequestAborted);
        }

        // Settled when the answer starts, whatever produced it: the handler's redirect or page, a filter's refusal, the
        // error page after an exception, or the 503 page while the database is away.
        string? notice = null;
        var path = http.Request.Path; // the error page a failure is re-executed as changes it
        http.Response.OnStarting(() => SettleAsync(http, path, user, key, notice));
        await next();
        notice = tempData.GetTempData(http).Peek(CommandPage.DoneKey) as string;
    }

    /// <summary>The signed-in user and the form's key of a POST that carries one; null for any other request.</summary>
    private static (string User, Guid Key)? SubmissionOf(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType ||
            // The draft's autosave sends the form it saves again and again by design; its answer is never a redirect.
            request.Headers.ContainsKey("X-Autosave") ||
            // The error page that a refused or failed post is re-executed as receives the same form.
            http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null ||
            http.User.Identity?.IsAuthenticated != true || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } user ||
            !Guid.TryParse(request.Form[SubmissionKey.FieldName].FirstOrDefault(), out var key))
        {
            return null;
        }

        return (user, key);
    }

    private async Task SettleAsync(HttpContext http, PathString path, string user, Guid key, string? notice)
    {
        var response = http.Response;
        try
        {
            if (response.StatusCode is >= 300 and < 400 && response.Headers.Location.FirstOrDefault() is { Length: > 0 } location)
            {
                await claims.CompleteAsync(user, key, location, notice);
            }
            else
            {
                await claims.ReleaseAsync(user, key);
            }
        }
        catch (DbException e)
        {
            // The answer goes out as it is: the record it acknowledges is saved. Unsettled, the claim holds repeats of
            // the form off until it counts as abandoned (SubmissionClaims.Abandoned).
            log.LogWarning(e, "The claim of a form sent to {Path} could not be settled", path);
        }
    }

    /// <summary>303 See Other: the repeat is sent, as a GET, to where the first post led.</summary>
    private sealed class SeeOtherResult(string location) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.HttpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
