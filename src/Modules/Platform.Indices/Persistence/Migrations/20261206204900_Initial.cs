using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Indices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        private static readonly string[] Tables = ["pillars", "results", "targets"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "indices");

            migrationBuilder.CreateTable(
                name: "results",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    index_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    ranked_of = table.Column<int>(type: "integer", nullable: true),
                    source_body = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    source_date = table.Column<DateOnly>(type: "date", nullable: true),
                    entered_by = table.Column<string>(type: "text", nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    index_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    entered_by = table.Column<string>(type: "text", nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pillars",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    result_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    score = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pillars", x => x.id);
                    table.ForeignKey(
                        name: "fk_pillars_results_result_id",
                        column: x => x.result_id,
                        principalSchema: "indices",
                        principalTable: "results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pillars_result_id_order",
                schema: "indices",
                table: "pillars",
                columns: new[] { "result_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_results_province_index_key_year",
                schema: "indices",
                table: "results",
                columns: new[] { "province", "index_key", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_province_index_key_year",
                schema: "indices",
                table: "targets",
                columns: new[] { "province", "index_key", "year" },
                unique: true);

            RowLevelSecurity.Enable(migrationBuilder, "indices", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "indices", Tables);

            migrationBuilder.DropTable(
                name: "pillars",
                schema: "indices");

            migrationBuilder.DropTable(
                name: "targets",
                schema: "indices");

            migrationBuilder.DropTable(
                name: "results",
                schema: "indices");
        }
    }
}
