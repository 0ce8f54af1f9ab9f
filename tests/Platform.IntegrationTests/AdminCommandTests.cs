using System.Net;
using Microsoft.AspNetCore.Hosting;
using Platform.Testing;
using Platform.Web.Commands;

namespace Platform.IntegrationTests;

/// <summary>A production install has no demo accounts; one command creates its first administrator.</summary>
public sealed class AdminCommandTests(AdminCommandTests.ProductionHost host) : IClassFixture<AdminCommandTests.ProductionHost>
{
    /// <summary>The host as a province deploys it: no demo data.</summary>
    public sealed class ProductionHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Load", "false");
        }
    }

    [Fact]
    public async Task The_first_administrator_is_created_by_command_and_can_sign_in()
    {
        _ = host.Services;
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync(DemoAccounts.MultiSecretariat));
        var output = new StringWriter();

        var exit = await AdminCommand.RunAsync(host.Services, ["create-admin", "truong.phong", "Trưởng phòng CNTT"],
            new StringReader("Một-mật-khẩu-đủ-dài-2025\n"), output);

        Assert.Equal(0, exit);
        Assert.Contains("truong.phong", output.ToString(), StringComparison.Ordinal);
        var admin = await host.SignInAsync("truong.phong", "Một-mật-khẩu-đủ-dài-2025");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_says_why()
    {
        _ = host.Services;
        var output = new StringWriter();

        var exit = await AdminCommand.RunAsync(host.Services, ["create-admin", "yeu.qua"], new StringReader("password1234\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains("quá dễ đoán", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_demo_password_is_refused_outside_demo_mode()
    {
        _ = host.Services;
        var output = new StringWriter();

        var exit = await AdminCommand.RunAsync(host.Services, ["create-admin", "dung.mau"], new StringReader(DemoAccounts.Password + "\n"), output);

        Assert.Equal(1, exit);
        Assert.Contains("quá dễ đoán", output.ToString(), StringComparison.Ordinal);
    }
}
