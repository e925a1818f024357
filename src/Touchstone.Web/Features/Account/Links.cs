using Microsoft.AspNetCore.WebUtilities;
using Touchstone.App.Accounts;

namespace Touchstone.Web.Features.Account;

/// <summary>Absolute links for e-mails, built from the current request's host.</summary>
public static class Links
{
    public static LinkBuilder For(HttpRequest request) => (path, query) =>
        QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{path}", query!);
}
