using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Audit.Persistence.Migrations
{
    /// <summary>
    /// Makes audit.entries append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused whoever asks,
    /// and the application's role, when it exists, may only read and insert. Only the table's owner can get past this,
    /// by disabling the trigger, which the hash chain then exposes.
    /// </summary>
    public partial class AppendOnly : Migration
    {
        /// <summary>Grants the application's role (created by the identity module's set-up) reading and appending only.</summary>
        public const string GrantsToAppRole = """
            do $$
            begin
                if exists (select 1 from pg_roles where rolname = 'platform_app') then
                    revoke all on audit.entries from platform_app;
                    grant usage on schema audit to platform_app;
                    grant select, insert on audit.entries to platform_app;
                end if;
            end
            $$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                create function audit.refuse_change() returns trigger language plpgsql as $$
                begin
                    raise exception 'Nhật ký chỉ được ghi thêm: % bị từ chối. / The audit trail is append-only: % refused.', tg_op, tg_op
                        using errcode = 'insufficient_privilege';
                end
                $$;

                -- Statement-level, so that an UPDATE or DELETE matching no row is refused too.
                create trigger entries_append_only
                    before update or delete or truncate on audit.entries
                    for each statement execute function audit.refuse_change();
                """);
            migrationBuilder.Sql(GrantsToAppRole);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                drop trigger entries_append_only on audit.entries;
                drop function audit.refuse_change();
                """);
        }
    }
}
