using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Indices.Persistence.Migrations
{
    /// <summary>The units' ranking on an index for a year (Sơn La, Art. 8.2), under forced row-level security like every province table.</summary>
    public partial class UnitRankings : Migration
    {
        private static readonly string[] Tables = ["unit_rankings", "unit_scores"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "unit_rankings",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    index_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    entered_by = table.Column<string>(type: "text", nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_rankings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_scores",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    ranking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: true),
                    score = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_unit_scores_unit_rankings_ranking_id",
                        column: x => x.ranking_id,
                        principalSchema: "indices",
                        principalTable: "unit_rankings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_unit_rankings_province_index_key_year",
                schema: "indices",
                table: "unit_rankings",
                columns: new[] { "province", "index_key", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unit_scores_ranking_id_line",
                schema: "indices",
                table: "unit_scores",
                columns: new[] { "ranking_id", "line" });

            RowLevelSecurity.Enable(migrationBuilder, "indices", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "indices", Tables);

            migrationBuilder.DropTable(
                name: "unit_scores",
                schema: "indices");

            migrationBuilder.DropTable(
                name: "unit_rankings",
                schema: "indices");
        }
    }
}
