using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Indices.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Methodology : Migration
    {
        private static readonly string[] Tables = ["methodologies", "methodology_pillars"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "methodologies",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    index_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    scale_max = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    source_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    entered_by = table.Column<string>(type: "text", nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_methodologies", x => x.id);
                    table.CheckConstraint("ck_methodologies_scale_positive", "scale_max > 0");
                });

            migrationBuilder.CreateTable(
                name: "methodology_pillars",
                schema: "indices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    methodology_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    scale_max = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_methodology_pillars", x => x.id);
                    table.ForeignKey(
                        name: "fk_methodology_pillars_methodologies_methodology_id",
                        column: x => x.methodology_id,
                        principalSchema: "indices",
                        principalTable: "methodologies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_methodologies_province_index_key_from_year",
                schema: "indices",
                table: "methodologies",
                columns: new[] { "province", "index_key", "from_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_methodology_pillars_methodology_id_order",
                schema: "indices",
                table: "methodology_pillars",
                columns: new[] { "methodology_id", "order" });

            RowLevelSecurity.Enable(migrationBuilder, "indices", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "indices", Tables);

            migrationBuilder.DropTable(
                name: "methodology_pillars",
                schema: "indices");

            migrationBuilder.DropTable(
                name: "methodologies",
                schema: "indices");
        }
    }
}
