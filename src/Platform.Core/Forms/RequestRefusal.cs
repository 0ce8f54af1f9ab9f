using Microsoft.AspNetCore.Http;
using Platform.Core.Localization;

namespace Platform.Core.Forms;

/// <summary>
/// Why a request was refused before any page handled it (a value too long, a NUL character, a malformed form, a body
/// over the limit): kept on the request so the error page it is re-executed as can say so in the user's language.
/// </summary>
public static class RequestRefusal
{
    private static readonly object Key = new();

    /// <summary>Keeps <paramref name="why"/> for the error page.</summary>
    public static void Set(HttpContext context, Message why)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = why;
    }

    /// <summary>The reason kept for this request, if any.</summary>
    public static Message? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var why) ? why as Message : null;
    }
}
