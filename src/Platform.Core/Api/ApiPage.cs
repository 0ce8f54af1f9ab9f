using System.Globalization;
using System.Text;

namespace Platform.Core.Api;

/// <summary>
/// One page of a list read through the API: its items in a stable order, and the cursor of the next page
/// (<c>?sau=…</c>), null on the last page.
/// </summary>
/// <typeparam name="T">The item.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Next">The opaque cursor to pass as <c>sau</c> for the next page; null when there is none.</param>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>
/// Keyset paging: lists are ordered by a unique key, the cursor is that key of the page's last item, opaque to the
/// client (base64url), so an item is returned once even when rows are added between pages.
/// </summary>
public static class ApiPaging
{
    /// <summary>The page size when the client gives none.</summary>
    public const int DefaultSize = 50;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxSize = 200;

    /// <summary>The page size asked for (<c>so</c>), within 1…<see cref="MaxSize"/>.</summary>
    public static int Size(int? asked) => Math.Clamp(asked ?? DefaultSize, 1, MaxSize);

    /// <summary>The cursor for a key.</summary>
    public static string Cursor(Guid key) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(key.ToString("N", CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The key of a cursor; null when there is none. A cursor that is not one of ours reads as false.</summary>
    public static bool TryRead(string? cursor, out Guid? key)
    {
        key = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            if (Guid.TryParseExact(Encoding.ASCII.GetString(Convert.FromBase64String(padded)), "N", out var parsed))
            {
                key = parsed;
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }

    /// <summary>
    /// The page from <paramref name="rows"/>, fetched with one more than <paramref name="size"/>: the extra row only
    /// says there is a next page.
    /// </summary>
    public static ApiPage<T> Page<T>(IReadOnlyList<T> rows, int size, Func<T, Guid> key)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        return rows.Count > size ? new ApiPage<T>([.. rows.Take(size)], Cursor(key(rows[size - 1]))) : new ApiPage<T>(rows, null);
    }
}
