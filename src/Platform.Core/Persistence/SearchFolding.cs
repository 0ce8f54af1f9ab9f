using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Core.Persistence;

/// <summary>
/// What a module's migration adds for the province's search: the trigram extension (pg_trgm, a trusted extension the
/// database's owner may create) and, in the module's own schema, <c>fold(text)</c> — the SQL twin of
/// <see cref="Localization.VietnameseText.Fold"/>: Vietnamese letters without tone marks or diacritics, đ as d, lower
/// case, runs of white space as one space. It is immutable, so a stored generated column can use it and the folded
/// text is kept by the database in the same write as the text.
/// </summary>
/// <remarks>
/// Not <c>unaccent</c>: that function is only stable (its dictionary can change), which generated columns refuse; a
/// fixed translation of the Vietnamese alphabet is all the archive needs.
/// </remarks>
public static class SearchFolding
{
    private const string Accented = "àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ";
    private const string Plain = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd";

    /// <summary>Creates pg_trgm (if it is not there yet) and <c>{schema}.fold(text)</c>.</summary>
    public static void Create(MigrationBuilder migrationBuilder, string schema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql($"""
            CREATE OR REPLACE FUNCTION "{schema}".fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            RETURN lower(btrim(regexp_replace(translate(normalize(value, NFC), '{Accented}', '{Plain}'), '\s+', ' ', 'g')));
            """);
    }

    /// <summary>Drops <c>{schema}.fold(text)</c> (the extension stays: other modules may use it).</summary>
    public static void Drop(MigrationBuilder migrationBuilder, string schema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"DROP FUNCTION IF EXISTS \"{schema}\".fold(text);");
    }
}
