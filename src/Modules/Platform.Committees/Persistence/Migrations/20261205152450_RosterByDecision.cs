using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Committees.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RosterByDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "added_by_date",
                schema: "committees",
                table: "seats",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "added_by_number",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "added_by_signer",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "added_by_title",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_by_date",
                schema: "committees",
                table: "seats",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by_number",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by_signer",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by_title",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_from",
                schema: "committees",
                table: "seats",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "part_of",
                schema: "committees",
                table: "seats",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "added_by_date",
                schema: "committees",
                table: "agencies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "added_by_number",
                schema: "committees",
                table: "agencies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "added_by_signer",
                schema: "committees",
                table: "agencies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "added_by_title",
                schema: "committees",
                table: "agencies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_by_date",
                schema: "committees",
                table: "agencies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by_number",
                schema: "committees",
                table: "agencies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by_signer",
                schema: "committees",
                table: "agencies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ended_by_title",
                schema: "committees",
                table: "agencies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "origin",
                schema: "committees",
                table: "agencies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_from",
                schema: "committees",
                table: "agencies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_until",
                schema: "committees",
                table: "agencies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "committees",
                table: "agencies",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "added_by_date",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "added_by_number",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "added_by_signer",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "added_by_title",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "ended_by_date",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "ended_by_number",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "ended_by_signer",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "ended_by_title",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "ended_from",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "part_of",
                schema: "committees",
                table: "seats");

            migrationBuilder.DropColumn(
                name: "added_by_date",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "added_by_number",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "added_by_signer",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "added_by_title",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "ended_by_date",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "ended_by_number",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "ended_by_signer",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "ended_by_title",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "origin",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "valid_from",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "valid_until",
                schema: "committees",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "committees",
                table: "agencies");
        }
    }
}
