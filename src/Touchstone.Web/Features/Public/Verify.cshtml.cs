using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Touchstone.App.Exams;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.Web.Features.Public;

/// <summary>
/// The public diploma check (Examenreglement 10.6): a diploma number with the holder's surname or date of
/// birth gives valid, revoked or not found; never a list. Rate-limited per client.
/// </summary>
[EnableRateLimiting(RateLimits.PublicLookup)]
public sealed class VerifyModel(VerifyDiplomaHandler verify) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Surname { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DateOfBirth { get; set; }

    public DiplomaVerification? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Number) && (!string.IsNullOrWhiteSpace(Surname) || DateOfBirth is not null))
        {
            Outcome = await verify.HandleAsync(new VerifyDiploma(Number, Surname, DateOfBirth), ct);
        }
    }
}
