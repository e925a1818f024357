using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Touchstone.App.Tests.Infrastructure;

/// <summary>Browser-like helpers: read pages, post forms with their antiforgery token, log in.</summary>
public static class WebTest
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"GET {url}: {Excerpt(html)}");
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>GETs <paramref name="pageUrl"/>, takes the antiforgery token from it and posts the fields to <paramref name="postUrl"/> (default: the same page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
        var form = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, object fields, string? postUrl = null) =>
        client.PostFormAsync(pageUrl, ToPairs(fields), postUrl);

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<HttpClient> LoginAsync(TouchstoneFactory factory, string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"log-in of {email} failed: {Excerpt(await response.Content.ReadAsStringAsync())}");
        return client;
    }

    public static IEnumerable<KeyValuePair<string, string>> ToPairs(object fields) => fields switch
    {
        IEnumerable<KeyValuePair<string, string>> pairs => pairs,
        _ => fields.GetType().GetProperties().Select(p => new KeyValuePair<string, string>(p.Name.Replace('_', '.'), Convert.ToString(p.GetValue(fields), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)),
    };

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    private static string Excerpt(string html) => html.Length > 600 ? html[..600] : html;
}
