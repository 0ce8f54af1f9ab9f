using Xunit.Sdk;

namespace Platform.BrowserTests;

/// <summary>The guard every browser test relies on: a page that does not answer as expected fails the step, readably.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageFailureTests(BrowserHost host) : IAsyncLifetime
{
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _browser = await host.NewSessionAsync();
        // A secretary of both provinces: one account may hold roles in several provinces.
        await _browser.SignInAsync("multi.secretariat");
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task A_page_that_does_not_answer_200_fails_with_its_status_and_what_it_says()
    {
        var failure = await Assert.ThrowsAsync<FailException>(() => _browser.OpenAsync("/ha-giang/members"));

        Assert.StartsWith("GET /ha-giang/members answered 404 Not Found, expected 200.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy trang", failure.Message, StringComparison.Ordinal);
    }
}
