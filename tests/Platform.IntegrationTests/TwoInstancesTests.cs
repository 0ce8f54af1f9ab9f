using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Notifications.Reminders;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Two instances of the host on one database behind Debian's nginx, as docs/operations.md deploys them: a session
/// opened on one is honoured by the other, a change made through one is seen at once through the other, each queued
/// email is delivered once although both instances send, a day's reminders are taken by one instance, and failed
/// passwords counted through one instance hold the client's address back on the other.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances site) : IClassFixture<TwoInstances>
{
    private static readonly IPAddress Office = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress Attacker = IPAddress.Parse("127.0.0.3");

    private static Dictionary<string, string> Credentials(string user, string password) =>
        new() { ["UserName"] = user, ["Password"] = password };

    private static bool SignedIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == false;

    [Fact]
    public async Task A_session_opened_on_one_instance_is_honoured_by_the_other_and_through_the_proxy()
    {
        var cookies = new CookieContainer();
        using var onA = TwoInstances.Client(site.A.Address, cookies, Office, redirects: false);
        using var onB = TwoInstances.Client(site.B.Address, cookies, Office, redirects: false);
        using var proxied = TwoInstances.Client(site.Proxy, cookies, Office, redirects: false);
        using var stranger = TwoInstances.Client(site.B.Address, new CookieContainer(), Office, redirects: false);

        Assert.True(SignedIn(await FormPost.SubmitAsync(onA, "/account/login", Credentials("son-la.viewer", DemoAccounts.Password))));

        // The page needs a session: without one B sends the stranger to sign in; with A's cookie it serves the page.
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/son-la/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/son-la/meetings")).StatusCode);

        // Through the proxy, which alternates between the two, every request is served as signed in.
        var before = site.UpstreamsSeen().Count;
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await proxied.GetAsync("/son-la/meetings")).StatusCode);
        }

        // nginx logs a request once it has answered it: the last line may come a moment after the response.
        var until = DateTime.UtcNow.AddSeconds(5);
        while (site.UpstreamsSeen().Count < before + 6 && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        var upstreams = site.UpstreamsSeen().Skip(before).Distinct().Order().ToList();
        Assert.Equal(new[] { site.A.Address.Authority, site.B.Address.Authority }.Order(), upstreams);

        // The proxy and an orchestrator ask each instance whether it lives and whether it can serve.
        foreach (var instance in new[] { onA, onB, proxied })
        {
            Assert.Equal("Healthy", await instance.GetStringAsync("/healthz"));
            Assert.Equal("Healthy", await instance.GetStringAsync("/readyz"));
        }
    }

    [Fact]
    public async Task A_form_from_one_instance_is_accepted_by_the_other_and_its_change_is_seen_at_once_everywhere()
    {
        var cookies = new CookieContainer();
        using var onA = TwoInstances.Client(site.A.Address, cookies, Office);
        using var onB = TwoInstances.Client(site.B.Address, cookies, Office);
        using var proxied = TwoInstances.Client(site.Proxy, cookies, Office);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(proxied, "/account/login", Credentials("son-la.secretariat", DemoAccounts.Password))).StatusCode);

        // The form (and its antiforgery token) comes from B; it is sent to A.
        var plan = new MeetingPlan("Phiên họp trên hai máy chủ", MeetingSteps.DaysAhead(20));
        var form = await Forms.OpenAsync(onB, "/son-la/meetings/edit", "[name='Form.Title']");
        var saved = await form.SendAsync(onA, MeetingSteps.Form(plan));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = saved.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/son-la/meetings/", page, StringComparison.Ordinal);
        Assert.NotEqual("/son-la/meetings/edit", page);

        Assert.Contains(plan.Title, (await Html.GetAsync(onB, page)).Text(), StringComparison.Ordinal);
        Assert.Contains(plan.Title, (await Html.GetAsync(onB, "/son-la/meetings")).Text(), StringComparison.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains(plan.Title, (await Html.GetAsync(proxied, page)).Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Both_instances_send_mail_and_each_queued_email_arrives_exactly_once()
    {
        await site.A.Database.ExecuteAsync("""
            update identity.accounts set email = replace(user_name, '.', '-') || '@sonla.example.vn', normalized_email = upper(replace(user_name, '.', '-') || '@sonla.example.vn')
            where user_name like 'son-la.%'
            """);
        var cookies = new CookieContainer();
        using var proxied = TwoInstances.Client(site.Proxy, cookies, Office);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(proxied, "/account/login", Credentials("son-la.secretariat", DemoAccounts.Password))).StatusCode);

        var meetings = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            meetings.Add(await MeetingSteps.ScheduleAsync(proxied, "son-la", new MeetingPlan($"Phiên họp gửi thư từ hai máy số {i}", MeetingSteps.DaysAhead(40 + i))));
        }

        var links = string.Join(", ", meetings.Select(m => $"'/son-la/meetings/{m}'"));
        var ours = $"from notifications.deliveries d join notifications.outbox o on o.id = d.message_id where o.link in ({links}) and d.address is not null";
        var queued = await site.A.Database.ScalarAsync<long>($"select count(*) {ours}");
        Assert.True(queued >= 8, $"{queued} emails queued");

        // Both background senders (every second) work the queue; wait until nothing of ours is left to send.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await site.A.Database.ScalarAsync<long>($"select count(*) {ours} and d.state <> 2") > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }

        Assert.Equal(queued, await site.A.Database.ScalarAsync<long>($"select count(*) {ours} and d.state = 2"));
        var sent = (await site.A.Database.ScalarAsync<string>($"select string_agg(d.mail_message_id, ' ') {ours}")).Split(' ');
        var received = site.Smtp.Received().Select(m => m.MessageId).ToList();
        foreach (var id in sent)
        {
            Assert.Equal(1, received.Count(r => r == id));
        }
    }

    [Fact]
    public async Task A_days_reminders_are_taken_by_one_instance_when_both_run_the_round()
    {
        var cookies = new CookieContainer();
        using var proxied = TwoInstances.Client(site.Proxy, cookies, Office);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(proxied, "/account/login", Credentials("son-la.leader", DemoAccounts.Password))).StatusCode);
        var due = new DateOnly(2033, 3, 17);
        var task = await TaskSteps.AssignAsync(proxied, "son-la", new Assignment("Nhiệm vụ nhắc hạn khi hai máy chủ cùng chạy", "so-noi-vu", due));

        foreach (var province in new[] { "son-la", "dak-lak" })
        {
            var rounds = await Task.WhenAll(
                site.A.RemindAsync(province, due.AddDays(-1)),
                site.B.RemindAsync(province, due.AddDays(-1)));
            Assert.Single(rounds, r => r is not null);
            Assert.Equal(1L, await site.A.Database.ScalarAsync<long>(
                $"select count(*) from notifications.reminder_runs where province = '{province}' and day = '{due.AddDays(-1):yyyy-MM-dd}'"));
        }

        Assert.Equal(1L, await site.A.Database.ScalarAsync<long>(
            $"select count(*) from notifications.outbox where kind = 'reminder.task' and link = '/son-la/tasks/{task}'"));
    }

    [Fact]
    public async Task Failed_passwords_through_either_instance_count_for_the_clients_address_and_a_forged_one_changes_nothing()
    {
        using var viaA = TwoInstances.Client(site.ProxyToA, new CookieContainer(), Attacker, redirects: false);
        using var viaB = TwoInstances.Client(site.ProxyToB, new CookieContainer(), Attacker, redirects: false);
        using var viaEither = TwoInstances.Client(site.Proxy, new CookieContainer(), Attacker, redirects: false);
        using var directToB = TwoInstances.Client(site.B.Address, new CookieContainer(), Attacker, redirects: false);

        // Five wrong passwords, the account's free allowance from one address: three through A, two through B.
        for (var i = 0; i < 5; i++)
        {
            var response = await FormPost.SubmitAsync(i < 3 ? viaA : viaB, "/account/login", Credentials("dak-lak.member", $"doan-sai-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // The sixth waits, through either instance, even with the right password.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FormPost.SubmitAsync(viaA, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FormPost.SubmitAsync(viaB, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password))).StatusCode);

        // A client that names another address itself gains nothing: the proxy appends the real one, which the host takes;
        // sent straight to an instance, the header is not the proxy's and is ignored.
        viaEither.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        directToB.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FormPost.SubmitAsync(viaEither, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await FormPost.SubmitAsync(directToB, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password))).StatusCode);

        // The failures were counted once each, under the client's own address, not the proxy's.
        Assert.Equal(5, await site.A.Database.ScalarAsync<int>("select failures from identity.sign_in_throttles where key = 'pair:DAK-LAK.MEMBER|127.0.0.3'"));
        Assert.Equal(0L, await site.A.Database.ScalarAsync<long>("select count(*) from identity.sign_in_throttles where key like '%127.0.0.1' or key like '%198.51.100.9'"));

        // The owner, from another address through the same proxy, signs in at once.
        using var owner = TwoInstances.Client(site.Proxy, new CookieContainer(), Office, redirects: false);
        Assert.True(SignedIn(await FormPost.SubmitAsync(owner, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password))));
    }
}

/// <summary>
/// Two hosts with Kestrel on free ports and one database, both sending mail to one SMTP sink, behind Debian's nginx
/// (a child process with its configuration in a temporary folder): one address alternating between them, and one
/// address for each, to send a request through the proxy to the instance a test chooses.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-tests", "nginx-" + Guid.NewGuid().ToString("N"));
    private Process? _nginx;

    public SmtpSink Smtp { get; } = new();

    private Instance? _a;
    private Instance? _b;

    public Instance A => _a ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public Instance B => _b ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>The proxy's address, round-robin over both instances.</summary>
    public Uri Proxy { get; private set; } = null!;

    /// <summary>The same proxy, to instance A only.</summary>
    public Uri ProxyToA { get; private set; } = null!;

    /// <summary>The same proxy, to instance B only.</summary>
    public Uri ProxyToB { get; private set; } = null!;

    private string AccessLog => Path.Combine(_folder, "access.log");

    public async Task InitializeAsync()
    {
        var nginx = FindNginx() ?? throw new InvalidOperationException(
            "nginx is not installed. Run the tests with ./test.sh, which installs Debian's nginx (apt-get install nginx).");
        Smtp.Start();
        _a = new Instance(Smtp.Port, null);
        await _a.StartAsync();
        _b = new Instance(Smtp.Port, _a);
        await _b.StartAsync();

        Directory.CreateDirectory(_folder);
        var ports = new[] { FreePort(), FreePort(), FreePort() };
        Proxy = new Uri($"http://127.0.0.1:{ports[0]}/");
        ProxyToA = new Uri($"http://127.0.0.1:{ports[1]}/");
        ProxyToB = new Uri($"http://127.0.0.1:{ports[2]}/");
        var config = Path.Combine(_folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(ports));
        var start = new ProcessStartInfo(nginx, ["-p", _folder, "-e", Path.Combine(_folder, "error.log"), "-c", config, "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        _nginx = Process.Start(start)!;
        await WaitForAsync(ports[0]);
        await WaitForAsync(ports[1]);
        await WaitForAsync(ports[2]);
    }

    /// <summary>The upstream (host:port) of each request the proxy has passed on so far, in order.</summary>
    public IReadOnlyList<string> UpstreamsSeen()
    {
        using var stream = new FileStream(AccessLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[1])];
    }

    /// <summary>
    /// A client as one browser at <paramref name="from"/> (an address of the loopback network): its connections leave
    /// from that address, so the proxy sees it as the client's; its cookies are kept in <paramref name="cookies"/>,
    /// which a browser would send to either instance, as both answer at the same host name.
    /// </summary>
    public static HttpClient Client(Uri address, CookieContainer cookies, IPAddress from, bool redirects = true) =>
        new(new SocketsHttpHandler
        {
            CookieContainer = cookies,
            AllowAutoRedirect = redirects,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = address,
        };

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        _nginx?.Dispose();
        // Both hosts stop before the shared database is dropped under either.
        foreach (var instance in new[] { _b, _a })
        {
            if (instance is not null)
            {
                await instance.StopAsync();
            }
        }

        foreach (var instance in new[] { _b, _a })
        {
            if (instance is not null)
            {
                await ((IAsyncLifetime)instance).DisposeAsync();
            }
        }

        Smtp.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>As docs/operations.md gives it, with everything the proxy writes kept in the temporary folder.</summary>
    private string Configuration(int[] ports)
    {
        var folder = _folder;
        // As root, nginx would hand its workers to www-data, who cannot write into the test's folder.
        var user = Environment.UserName == "root" ? "user root;" : "";
        string Server(int port, string upstream) => $$"""
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://{{upstream}};
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header X-Forwarded-Host $http_host;
                    }
                }
            """;
        return $$"""
            {{user}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                log_format upstream '$remote_addr $upstream_addr $status $request_method $request_uri';
                access_log {{folder}}/access.log upstream;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                client_max_body_size 100m;
                upstream platform {
                    server {{A.Address.Authority}};
                    server {{B.Address.Authority}};
                    keepalive 8;
                }
                upstream platform_a { server {{A.Address.Authority}}; }
                upstream platform_b { server {{B.Address.Authority}}; }
            {{Server(ports[0], "platform")}}
            {{Server(ports[1], "platform_a")}}
            {{Server(ports[2], "platform_b")}}
            }
            """;
    }

    private async Task WaitForAsync(int port)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                if (_nginx!.HasExited)
                {
                    var log = Path.Combine(_folder, "error.log");
                    throw new InvalidOperationException("nginx did not start: " + await _nginx.StandardError.ReadToEndAsync()
                        + (File.Exists(log) ? await File.ReadAllTextAsync(log) : ""));
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nginx did not listen on {port} in time.");
    }

    private static string? FindNginx() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "nginx"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// One instance: the real host with Kestrel on a free port, trusting forwarded headers from the proxy's address only,
    /// its background mail sender on. The second shares the first one's database and audit key, as a second server of
    /// the same deployment does; each keeps its own folder (checkpoint file).
    /// </summary>
    public sealed class Instance(int smtpPort, Instance? first) : PlatformFactory
    {
        public Uri Address { get; private set; } = null!;

        protected override bool SenderEnabled => true;

        public async Task StartAsync()
        {
            await InitializeAsync();
            UseKestrel(0);
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Address = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/");
        }

        public Task StopAsync() => DisposeAsync().AsTask();

        /// <summary>Runs this instance's reminder round for a province's day; null when the day was taken already.</summary>
        public Task<int?> RemindAsync(string province, DateOnly day) =>
            Services.GetRequiredService<ReminderRound>().RunAsync(
                Services.GetRequiredService<IProvinceCatalog>().Find(province)!, day, CancellationToken.None);

        protected override async Task<TestDatabase> CreateDatabaseAsync()
        {
            if (first is null)
            {
                return await base.CreateDatabaseAsync();
            }

            File.Copy(first.AuditKeyFile, AuditKeyFile, overwrite: true);
            return await TestDatabase.ExistingAsync(
                Environment.GetEnvironmentVariable("PLATFORM_TEST_DB") ?? throw new InvalidOperationException("PLATFORM_TEST_DB is not set."),
                first.Database.Name);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
            builder.UseSetting("Platform:TrustedProxies:0", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Smtp:Security", "None");
            builder.UseSetting("Mail:Smtp:TimeoutSeconds", "10");
            builder.UseSetting("Mail:From", "bcd@sonla.example.vn");
            builder.UseSetting("Mail:PollSeconds", "1");
        }
    }
}
