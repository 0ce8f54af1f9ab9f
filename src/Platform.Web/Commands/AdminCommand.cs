using Platform.Identity;

namespace Platform.Web.Commands;

/// <summary>
/// <c>Platform.Web create-admin &lt;user&gt; "&lt;full name&gt;"</c>: on a production install (no demo data), applies the
/// migrations and creates the first system administrator. The password comes from PLATFORM_ADMIN_PASSWORD or, when
/// that is unset, from the first line of standard input — never from the command line, where it would be logged.
/// </summary>
internal static class AdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        if (args.Length < 2 || args.Length > 3)
        {
            await output.WriteLineAsync($"Cách dùng / usage: {Name} <tên đăng nhập> [\"họ và tên\"]  (mật khẩu: PLATFORM_ADMIN_PASSWORD hoặc stdin)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("PLATFORM_ADMIN_PASSWORD") ?? await input.ReadLineAsync() ?? "";
        await services.GetRequiredService<DatabaseStartup>().StartAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAccountCreation>()
            .CreateAdministratorAsync(args[1], args.Length == 3 ? args[2] : args[1], password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync("Không tạo được / not created: " + error);
            }

            return 1;
        }

        await output.WriteLineAsync($"Đã tạo quản trị hệ thống '{args[1]}'. / System administrator '{args[1]}' created.");
        return 0;
    }
}
