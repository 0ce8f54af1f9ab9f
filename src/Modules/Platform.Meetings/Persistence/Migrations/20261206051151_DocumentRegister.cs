using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Meetings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentRegister : Migration
    {
        private static readonly string[] Tables = ["document_numbers"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_numbers",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    type_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    reserved_by = table.Column<string>(type: "text", nullable: false),
                    reserved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_by = table.Column<string>(type: "text", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_numbers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_document_numbers_province_year_type_code_number",
                schema: "meetings",
                table: "document_numbers",
                columns: new[] { "province", "year", "type_code", "number" },
                unique: true);

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "meetings", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "meetings", Tables);
            migrationBuilder.DropTable(
                name: "document_numbers",
                schema: "meetings");
        }
    }
}
