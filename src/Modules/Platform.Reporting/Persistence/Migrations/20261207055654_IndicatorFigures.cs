using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorFigures : Migration
    {
        private static readonly string[] Tables = ["indicator_figures"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_figures",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicator_figures_submissions_submission_id",
                        column: x => x.submission_id,
                        principalSchema: "reporting",
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_figures_indicator_key",
                schema: "reporting",
                table: "indicator_figures",
                column: "indicator_key");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_figures_submission_id_indicator_key",
                schema: "reporting",
                table: "indicator_figures",
                columns: new[] { "submission_id", "indicator_key" },
                unique: true);

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "reporting", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "reporting", Tables);
            migrationBuilder.DropTable(
                name: "indicator_figures",
                schema: "reporting");
        }
    }
}
