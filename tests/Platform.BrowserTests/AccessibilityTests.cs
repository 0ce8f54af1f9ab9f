using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>
/// The accessibility check every browser test runs on every page it visits (<see cref="AccessibilityCheck"/>), and what
/// axe cannot judge alone: the focus ring's contrast against every background it appears on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserHost host) : IAsyncLifetime
{
    private const string BrokenPage = "/accessibility-negative-control";

    private BrowserSession _browser = null!;

    public async Task InitializeAsync() => _browser = await host.NewSessionAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task A_page_with_a_serious_violation_fails_the_visit_naming_rule_element_and_page()
    {
        // Negative control: a page with an image without a text alternative and a field without a label (both critical).
        await _browser.Page.RouteAsync("**" + BrokenPage, route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = """
                <!DOCTYPE html><html lang="vi"><head><title>Trang lỗi</title></head>
                <body><main><h1>Trang lỗi</h1>
                <img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <input id="no-label" type="text">
                <label for="described">Họ và tên <span class="hint" id="described-hint">tối đa 10 ký tự</span></label>
                <input id="described" type="text">
                </main></body></html>
                """,
        }));

        var failure = await Assert.ThrowsAsync<FailException>(() => _browser.OpenAsync(BrokenPage));

        Assert.StartsWith(BrokenPage + " has accessibility violations", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- field-description (serious)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("span#described-hint", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_page_made_accessible_passes_the_check()
    {
        await _browser.Page.RouteAsync("**" + BrokenPage, route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = """
                <!DOCTYPE html><html lang="vi"><head><title>Trang đúng</title></head>
                <body><main><h1>Trang đúng</h1>
                <img id="no-alt" alt="Quốc huy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <label for="no-label">Họ và tên</label><input id="no-label" type="text">
                <label for="described">Họ và tên <span class="hint" id="described-hint">tối đa 10 ký tự</span></label>
                <input id="described" type="text" aria-describedby="described-hint">
                </main></body></html>
                """,
        }));

        await _browser.OpenAsync(BrokenPage);
    }

    [Fact]
    public async Task Every_page_of_both_provinces_passes_the_check_in_English_too()
    {
        // The Vietnamese pages are all checked by the page-width crawl; this walks them again in English.
        await _browser.SignInAsync("multi.secretariat");
        await _browser.GoAsync(() => _browser.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/son-la", "/dak-lak"]);
        while (queue.TryDequeue(out var path))
        {
            var answer = await _browser.Page.APIRequest.GetAsync(path);
            var html = (answer.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal)
                && answer.Headers.GetValueOrDefault("content-disposition")?.StartsWith("attachment", StringComparison.Ordinal) != true;
            await answer.DisposeAsync();
            if (!html)
            {
                continue;
            }

            await _browser.OpenAsync(path);
            Assert.Equal("en", await _browser.Page.GetAttributeAsync("html", "lang"));
            foreach (var href in await _browser.Page.EvalOnSelectorAllAsync<string[]>("main a[href], nav a[href]", "links => links.map(a => a.getAttribute('href'))"))
            {
                var next = href.Split('#')[0];
                if ((next.StartsWith("/son-la", StringComparison.Ordinal) || next.StartsWith("/dak-lak", StringComparison.Ordinal)) && seen.Add(Shape(next)))
                {
                    queue.Enqueue(next);
                }
            }
        }

        Assert.True(seen.Count > 30, "The walk reached only " + string.Join(", ", seen));
    }

    [Fact]
    public async Task The_focus_ring_stands_out_at_3_to_1_on_every_background_it_appears_on()
    {
        await _browser.SignInAsync("multi.secretariat");
        var weak = new List<string>();
        var seen = 0;
        foreach (var path in new[] { "/dak-lak", "/dak-lak/members", "/dak-lak/reports" })
        {
            await _browser.OpenAsync(path);
            // From the top of the page: the skip link, the masthead (brand red), the navigation (white), the page (grey), cards.
            for (var i = 0; i < 40; i++)
            {
                await _browser.Keyboard.PressAsync("Tab");
                var ring = await _browser.Page.EvaluateAsync<string[]?>(FocusRing);
                if (ring is null)
                {
                    continue;
                }

                seen++;
                var (name, style, width, color, halo, behind) = (ring[0], ring[1], ring[2], ring[3], ring[4], ring[5]);
                // The colour next to the ring: the halo drawn around it, or else what is behind the element.
                var adjacent = halo.Length > 0 ? halo : behind;
                var contrast = Contrast(Rgb(color), Rgb(adjacent));
                if (style == "none" || double.Parse(width.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) < 2 || contrast < 3)
                {
                    weak.Add($"{path}: {name}: outline {style} {width} {color} next to {adjacent}: {contrast:0.00}:1");
                }
            }
        }

        Assert.True(seen > 30, $"Only {seen} focused elements were seen.");
        Assert.Empty(weak);
    }

    [Fact]
    public async Task Vietnamese_pack_content_is_marked_lang_vi_when_the_pages_are_in_English()
    {
        await _browser.SignInAsync("multi.secretariat");
        await _browser.GoAsync(() => _browser.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync());
        var checks = new (string Path, string Selector)[]
        {
            ("/dak-lak/members", ".masthead .committee-name"),
            ("/dak-lak/members", ".masthead .committee-full"),
            ("/dak-lak/members", "table.members th[scope=row] > a:first-child"),
            ("/dak-lak/members", "table.members .duties li > span:first-child"),
            ("/dak-lak/bodies", "section.card h3 > span:first-child"),
            ("/dak-lak/bodies", ".duties li > span:first-child"),
            ("/dak-lak", ".org .node span:not(.role):not(.holder)"),
            // The regulation's frame is translated (pack.English); its chapters' and articles' own titles are not.
            ("/dak-lak/quy-che", "article.regulation .lead > span"),
            ("/dak-lak/quy-che", "article.regulation h2 > span"),
            ("/son-la/quy-che", "article.regulation li > span"),
        };
        var wrong = new List<string>();
        foreach (var group in checks.GroupBy(c => c.Path))
        {
            await _browser.OpenAsync(group.Key);
            Assert.Equal("en", await _browser.Page.GetAttributeAsync("html", "lang"));
            Assert.Equal("en", await _browser.Page.EvalOnSelectorAsync<string>("main h1, main", "e => e.closest('[lang]').lang"));
            foreach (var (_, selector) in group)
            {
                var langs = await _browser.Page.EvalOnSelectorAllAsync<string[]>(selector, "es => es.map(e => e.closest('[lang]').lang)");
                if (langs.Length == 0 || langs.Any(l => l != "vi"))
                {
                    wrong.Add($"{group.Key} {selector}: {(langs.Length == 0 ? "not found" : string.Join(", ", langs.Distinct()))}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task A_wide_table_scrolls_inside_its_own_labelled_focusable_box_not_the_page()
    {
        await _browser.SignInAsync("multi.secretariat");
        await _browser.Page.SetViewportSizeAsync(640, 768);
        await _browser.OpenAsync("/dak-lak/reports");

        // A period's label as long as a province may write one: the board's cells do not wrap.
        await _browser.Page.EvaluateAsync("() => document.querySelector('table.board tbody td').textContent = 'Báo cáo tháng 12 và năm 2026 (số liệu đến ngày 15/12/2026)'.repeat(3)");
        var box = _browser.Page.Locator(".table-scroll:has(> table.board)");
        await Expect(box).ToHaveAttributeAsync("role", "region");
        await Expect(box).ToHaveAttributeAsync("tabindex", "0");
        await Expect(box).ToHaveAttributeAsync("aria-label", "Báo cáo định kỳ");
        var sizes = await _browser.Page.EvaluateAsync<int[]>("""
            () => { const box = document.querySelector('.table-scroll:has(> table.board)');
                    return [document.documentElement.scrollWidth, document.documentElement.clientWidth, box.scrollWidth, box.clientWidth]; }
            """);
        Assert.True(sizes[0] <= sizes[1], $"The page scrolls sideways: {sizes[0]}px wide for {sizes[1]}px.");
        Assert.True(sizes[2] > sizes[3], $"The table fits its box ({sizes[2]}px for {sizes[3]}px): nothing proves it scrolls there.");

        // A keyboard user scrolls it: focus the box, arrow right.
        await box.FocusAsync();
        await _browser.Keyboard.PressAsync("ArrowRight");
        await Expect(box).ToBeFocusedAsync();
        // The browser may scroll smoothly, over several frames: wait (bounded) for the box to have moved.
        var scrolled = await box.EvaluateAsync<bool>("""
            b => new Promise(done => { const until = performance.now() + 5000;
                 const look = () => b.scrollLeft > 0 ? done(true) : performance.now() > until ? done(false) : requestAnimationFrame(look); look(); })
            """);
        Assert.True(scrolled, "The arrow key did not scroll the table's box.");
    }

    [Fact]
    public async Task A_refused_form_names_each_fields_hint_and_error_in_its_aria_describedby()
    {
        // The head assigns a task directly; sent empty, the text area (shared partial) and the lead agency's select
        // (written by hand on the page) come back with their errors.
        await _browser.SignInAsync("son-la.leader");
        await _browser.OpenAsync("/son-la/tasks/new");
        await _browser.GoAsync(() => _browser.Page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync(), expectedStatus: 422);

        await Expect(_browser.Page.Locator("#Form_Title")).ToHaveAttributeAsync("aria-describedby", new Regex(@"\bForm_Title-max\b.*\bForm_Title-error\b"));
        await Expect(_browser.Page.Locator("#Form_Title-error")).ToHaveClassAsync("field-error");
        await Expect(_browser.Page.Locator("#Form_LeadAgencyKey")).ToHaveAttributeAsync("aria-describedby", "Form_LeadAgencyKey-error");
        await Expect(_browser.Page.Locator("#Form_LeadAgencyKey-error")).ToHaveClassAsync("field-error");
    }

    /// <summary>The focused element's name, outline style, width and colour, its halo (box-shadow colour) and what is behind it.</summary>
    private const string FocusRing = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const opaque = c => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
          let behind = 'rgb(255, 255, 255)';
          for (let p = e.parentElement; p; p = p.parentElement) {
            const c = getComputedStyle(p).backgroundColor;
            if (opaque(c)) { behind = c; break; }
          }
          const halo = s.boxShadow && s.boxShadow !== 'none' ? (s.boxShadow.match(/rgba?\([^)]*\)/) || [''])[0] : '';
          const name = `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} “${(e.textContent || e.value || '').trim().slice(0, 40)}”`;
          return [name, s.outlineStyle, s.outlineWidth, s.outlineColor, halo, behind];
        }
        """;

    private static double[] Rgb(string css)
    {
        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)].Split(',');
        return [.. parts.Take(3).Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>WCAG 2.1's contrast ratio of two colours.</summary>
    private static double Contrast(double[] a, double[] b)
    {
        static double Luminance(double[] c)
        {
            static double Channel(double v) => (v /= 255) <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            return (0.2126 * Channel(c[0])) + (0.7152 * Channel(c[1])) + (0.0722 * Channel(c[2]));
        }

        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    /// <summary>One address per page shape (ids, numbers, seat keys and query strings alike), as the page-width walk does.</summary>
    private static string Shape(string path)
    {
        var segments = path.Split('?')[0].Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && (segments[i].All(char.IsAsciiDigit) || Guid.TryParse(segments[i], out _) || segments[i - 1] == "seats"))
            {
                segments[i] = "*";
            }
        }

        return string.Join('/', segments);
    }
}
