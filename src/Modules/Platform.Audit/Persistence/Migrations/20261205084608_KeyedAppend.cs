using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Audit.Persistence.Migrations
{
    /// <summary>
    /// The application's role no longer writes audit.entries itself: it appends through <c>audit.append</c>, which
    /// takes the chain's lock and accepts an entry only as the next of its chain (sequence and previous MAC) and only
    /// with a keyed MAC, which the application computes with a key the database never holds. It reads entries under
    /// row-level security: its connection's province only, national entries only when that setting is <c>*</c>.
    /// </summary>
    /// <remarks>
    /// Row-level security is enabled but not forced: the table's owner (who runs migrations, <c>audit verify</c> and
    /// owns the append function) reads every chain, as verification must.
    /// </remarks>
    public partial class KeyedAppend : Migration
    {
        /// <summary>Grants the application's role reading (under row-level security) and appending through the function only.</summary>
        public const string GrantsToAppRole = """
            do $$ begin
                if not exists (select from pg_roles where rolname = 'platform_app') then create role platform_app nologin; end if;
            end $$;
            revoke all on audit.entries from platform_app;
            grant usage on schema audit to platform_app;
            grant select on audit.entries to platform_app;
            revoke all on function audit.lock_chain(text), audit.chain_head(text), audit.append(text, bigint, timestamptz, uuid,
                text, text, text, text, text, text, jsonb, jsonb, text, text) from public;
            grant execute on function audit.lock_chain(text), audit.chain_head(text), audit.append(text, bigint, timestamptz,
                uuid, text, text, text, text, text, text, jsonb, jsonb, text, text) to platform_app;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- The chain's last entry, without a lock: for checkpoints.
                create function audit.chain_head(chain_province text, out last_sequence bigint, out last_hash text)
                    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp as $$
                begin
                    -- Two statements rather than "is not distinct from", so that both use the (province, sequence) index.
                    if chain_province is null then
                        select e.sequence, e.hash into last_sequence, last_hash
                          from audit.entries e where e.province is null order by e.sequence desc limit 1;
                    else
                        select e.sequence, e.hash into last_sequence, last_hash
                          from audit.entries e where e.province = chain_province order by e.sequence desc limit 1;
                    end if;
                    last_sequence := coalesce(last_sequence, 0);
                end $$;

                -- Takes the chain's transaction-scoped lock, then reads its last entry: the writer computes the next
                -- entry's MAC over what this returns, and nobody else can extend the chain until it commits.
                create function audit.lock_chain(chain_province text, out last_sequence bigint, out last_hash text)
                    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp as $$
                begin
                    -- 0x41554454: "the audit chains"; the chain's key is its province, or * for national events.
                    perform pg_advisory_xact_lock(1096107092, hashtext(coalesce(chain_province, '*')));
                    select h.last_sequence, h.last_hash into last_sequence, last_hash from audit.chain_head(chain_province) h;
                end $$;

                -- Appends one entry as the next of its chain, or refuses it.
                create function audit.append(
                    p_province text, p_sequence bigint, p_occurred_at timestamptz, p_actor_id uuid, p_actor_name text,
                    p_acting_for text, p_remote_address text, p_action text, p_entity text, p_entity_id text,
                    p_before jsonb, p_after jsonb, p_previous_hash text, p_hash text) returns bigint
                    language plpgsql volatile security definer set search_path = pg_catalog, pg_temp as $$
                declare
                    head record;
                    appended bigint;
                begin
                    select * into head from audit.lock_chain(p_province);
                    if p_sequence is distinct from head.last_sequence + 1 or p_previous_hash is distinct from head.last_hash then
                        raise exception 'Nhật ký: mục số % không nối tiếp mục cuối của chuỗi % (số %). / Audit: entry % does not follow the last entry of chain % (sequence %).',
                            p_sequence, coalesce(p_province, '*'), head.last_sequence, p_sequence, coalesce(p_province, '*'), head.last_sequence
                            using errcode = 'integrity_constraint_violation';
                    end if;
                    if p_hash is null or left(p_hash, 12) <> 'hmac-sha256:' then
                        raise exception 'Nhật ký: mục mới phải có mã xác thực có khóa. / Audit: a new entry must carry a keyed MAC.'
                            using errcode = 'integrity_constraint_violation';
                    end if;
                    insert into audit.entries (province, sequence, occurred_at, actor_id, actor_name, acting_for, remote_address,
                                               action, entity, entity_id, before, after, previous_hash, hash)
                    values (p_province, p_sequence, p_occurred_at, p_actor_id, p_actor_name, p_acting_for, p_remote_address,
                            p_action, p_entity, p_entity_id, p_before, p_after, p_previous_hash, p_hash)
                    returning id into appended;
                    return appended;
                end $$;

                alter table audit.entries enable row level security;
                create policy province_reading on audit.entries for select
                    using (province = current_setting('app.province', true)
                           or (province is null and current_setting('app.province', true) = '*'));
                """);
            migrationBuilder.Sql(GrantsToAppRole);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                drop policy province_reading on audit.entries;
                alter table audit.entries disable row level security;
                drop function audit.append(text, bigint, timestamptz, uuid, text, text, text, text, text, text, jsonb, jsonb, text, text);
                drop function audit.lock_chain(text);
                drop function audit.chain_head(text);
                """);
            migrationBuilder.Sql(AppendOnly.GrantsToAppRole);
        }
    }
}
