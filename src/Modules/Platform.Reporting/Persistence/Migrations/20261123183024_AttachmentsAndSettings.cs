using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Core.Persistence;

#nullable disable

namespace Platform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AttachmentsAndSettings : Migration
    {
        private static readonly string[] Tables = ["files", "file_contents", "settings"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "file_contents",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_contents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "reporting",
                columns: table => new
                {
                    province = table.Column<string>(type: "text", nullable: false),
                    remind_days_before = table.Column<int>(type: "integer", nullable: true),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.province);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "text", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    added_by = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_files_file_contents_content_id",
                        column: x => x.content_id,
                        principalSchema: "reporting",
                        principalTable: "file_contents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_files_submissions_submission_id",
                        column: x => x.submission_id,
                        principalSchema: "reporting",
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_files_content_id",
                schema: "reporting",
                table: "files",
                column: "content_id");

            migrationBuilder.CreateIndex(
                name: "ix_files_submission_id",
                schema: "reporting",
                table: "files",
                column: "submission_id");

            // The application role sees only the province its connection acts for (app.province).
            RowLevelSecurity.Enable(migrationBuilder, "reporting", Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP POLICY IF EXISTS province_isolation ON reporting.{table};");
            }

            migrationBuilder.DropTable(
                name: "files",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "file_contents",
                schema: "reporting");
        }
    }
}
