using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Tasks.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClosedTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "closed_tallies",
                schema: "tasks",
                columns: table => new
                {
                    province = table.Column<string>(type: "text", nullable: false),
                    lead_agency_key = table.Column<string>(type: "text", nullable: false),
                    portfolio_key = table.Column<string>(type: "text", nullable: false),
                    due_quarter = table.Column<DateOnly>(type: "date", nullable: false),
                    on_time = table.Column<int>(type: "integer", nullable: false),
                    late = table.Column<int>(type: "integer", nullable: false),
                    cancelled = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closed_tallies", x => new { x.province, x.lead_agency_key, x.portfolio_key, x.due_quarter });
                });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_open_by_due",
                schema: "tasks",
                table: "tasks",
                columns: new[] { "province", "due" },
                filter: "progress IN (0, 1)")
                .Annotation("Npgsql:IndexInclude", new[] { "lead_agency_key", "portfolio_key" });

            // The tallies of the tasks already closed. Row-level security is forced on the owner too: lifted for this one
            // statement, inside the migration's transaction, so that every province's tasks are counted.
            migrationBuilder.Sql("""
                ALTER TABLE tasks.tasks NO FORCE ROW LEVEL SECURITY;
                INSERT INTO tasks.closed_tallies (province, lead_agency_key, portfolio_key, due_quarter, on_time, late, cancelled)
                SELECT province, lead_agency_key, coalesce(portfolio_key, ''), date_trunc('quarter', due)::date,
                       count(*) FILTER (WHERE progress = 2 AND completed_on <= due),
                       count(*) FILTER (WHERE progress = 2 AND completed_on > due),
                       count(*) FILTER (WHERE progress = 3)
                FROM tasks.tasks
                WHERE progress IN (2, 3)
                GROUP BY 1, 2, 3, 4;
                ALTER TABLE tasks.tasks FORCE ROW LEVEL SECURITY;
                """);

            // Kept in the same transaction as every change of a task, whoever makes it (commands, plan archives, the
            // load-test dataset): what a closed task adds, what it took away before the change. The rule of state is
            // TaskStates': done on time when completed on or before the deadline in force, late after it; cancelled.
            // The function runs with the rights of whoever changes the task, so the tally row passes the same province
            // policy as the task.
            migrationBuilder.Sql("""
                CREATE FUNCTION tasks.tally_closed_task(p_province text, p_agency text, p_portfolio text, p_due date,
                                                        p_progress integer, p_completed_on date, p_sign integer)
                RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    v_on_time integer := CASE WHEN p_progress = 2 AND p_completed_on <= p_due THEN p_sign ELSE 0 END;
                    v_late integer := CASE WHEN p_progress = 2 AND p_completed_on > p_due THEN p_sign ELSE 0 END;
                    v_cancelled integer := CASE WHEN p_progress = 3 THEN p_sign ELSE 0 END;
                BEGIN
                    IF v_on_time = 0 AND v_late = 0 AND v_cancelled = 0 THEN
                        RETURN;
                    END IF;
                    INSERT INTO tasks.closed_tallies AS t (province, lead_agency_key, portfolio_key, due_quarter, on_time, late, cancelled)
                    VALUES (p_province, p_agency, coalesce(p_portfolio, ''), date_trunc('quarter', p_due)::date, v_on_time, v_late, v_cancelled)
                    ON CONFLICT (province, lead_agency_key, portfolio_key, due_quarter) DO UPDATE
                    SET on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, cancelled = t.cancelled + excluded.cancelled;
                END $$;

                CREATE FUNCTION tasks.tally_closed_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        PERFORM tasks.tally_closed_task(OLD.province, OLD.lead_agency_key, OLD.portfolio_key, OLD.due, OLD.progress, OLD.completed_on, -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        PERFORM tasks.tally_closed_task(NEW.province, NEW.lead_agency_key, NEW.portfolio_key, NEW.due, NEW.progress, NEW.completed_on, 1);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER tally_closed_tasks_added_or_removed AFTER INSERT OR DELETE ON tasks.tasks
                    FOR EACH ROW EXECUTE FUNCTION tasks.tally_closed_tasks();
                CREATE TRIGGER tally_closed_tasks_changed
                    AFTER UPDATE OF province, lead_agency_key, portfolio_key, due, progress, completed_on ON tasks.tasks
                    FOR EACH ROW
                    WHEN ((OLD.progress IN (2, 3) OR NEW.progress IN (2, 3))
                          AND (OLD.province, OLD.lead_agency_key, OLD.portfolio_key, OLD.due, OLD.progress, OLD.completed_on)
                              IS DISTINCT FROM (NEW.province, NEW.lead_agency_key, NEW.portfolio_key, NEW.due, NEW.progress, NEW.completed_on))
                    EXECUTE FUNCTION tasks.tally_closed_tasks();
                """);

            RowLevelSecurity.Enable(migrationBuilder, "tasks", "closed_tallies");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tally_closed_tasks_changed ON tasks.tasks;
                DROP TRIGGER tally_closed_tasks_added_or_removed ON tasks.tasks;
                DROP FUNCTION tasks.tally_closed_tasks();
                DROP FUNCTION tasks.tally_closed_task(text, text, text, date, integer, date, integer);
                """);

            migrationBuilder.DropTable(
                name: "closed_tallies",
                schema: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_open_by_due",
                schema: "tasks",
                table: "tasks");
        }
    }
}
