using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Touchstone.App.Accounts;
using Touchstone.App.Cases;
using Touchstone.Domain.Cases;

namespace Touchstone.Web.Features.Cases;

/// <summary>Shared bits of the case pages: the acting person and the option lists.</summary>
public static class CaseWeb
{
    public static CaseActor ToCaseActor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new CaseActor(
                user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown",
                user.FindFirstValue(TouchstoneClaimTypes.DisplayName) ?? user.Identity.Name ?? "unknown",
                user.Roles())
            : CaseActor.Public("anonymous");

    public static IEnumerable<SelectListItem> Schemes(CaseType? type = null) =>
        CaseSchemes.Catalog.Schemes.Where(s => type is null || s.Offers(type.Value)).Select(s => new SelectListItem($"{s.Code} – {s.Name}", s.Code));

    public static IEnumerable<SelectListItem> Types(IStringLocalizer t, bool withAppeal = false, bool withAll = false) =>
        (withAll ? [new SelectListItem(t["Cases.All"], string.Empty)] : Array.Empty<SelectListItem>())
            .Concat(Enum.GetValues<CaseType>().Where(x => withAppeal || x != CaseType.Appeal)
                .Select(x => new SelectListItem(t["Cases.Type." + x], x.ToString())));

    public static IEnumerable<SelectListItem> States(IStringLocalizer t) =>
        new[] { new SelectListItem(t["Cases.All"], string.Empty) }
            .Concat(Enum.GetValues<CaseState>().Select(x => new SelectListItem(t["Cases.State." + x], x.ToString())));

    public static IEnumerable<SelectListItem> Channels(IStringLocalizer t) =>
        Enum.GetValues<SubmissionChannel>().Select(x => new SelectListItem(t["Cases.Channel." + x], x.ToString()));

    /// <summary>A decided CMC application as staff choose it: candidate · decision · date.</summary>
    public static SelectListItem CmcDecisionOption(CmcDecisionTarget d, IStringLocalizer t, bool selected) =>
        new($"{d.CandidateName} · {t["Cmc.Decision." + d.Decision]} · {d.DecidedOn:yyyy-MM-dd}", d.ApplicationId.ToString(), selected);

    public static async Task<CaseUpload?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        return new CaseUpload(file.FileName, await Touchstone.Web.Infrastructure.Errors.RequestSizeLimits.ReadBoundedAsync(file, ct));
    }
}
