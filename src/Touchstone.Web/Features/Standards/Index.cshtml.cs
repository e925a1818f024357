using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Touchstone.App.Standards;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Standards;

/// <summary>The frameworks and their versions; administrators and back office can import a new version.</summary>
public sealed class IndexModel(GetFrameworkHandler frameworks, ImportFrameworkHandler import, IStringLocalizer<SharedResource> t) : PageModel
{
    public List<FrameworkSummary> Versions { get; private set; } = [];

    public bool CanImport => User.IsInRole(nameof(Role.Administrator)) || User.IsInRole(nameof(Role.BackOffice));

    public async Task OnGetAsync(CancellationToken ct) => Versions = await frameworks.ListAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, t["Standards.Import.NoFile"]);
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var result = await import.HandleAsync(new ImportFramework(file.FileName, await reader.ReadToEndAsync(ct)), ct);
            if (result.IsSuccess)
            {
                TempData["Message"] = t["Standards.Import.Done", result.Value.Key].Value;
                return RedirectToPage();
            }

            ModelState.AddErrors(result.Errors);
        }

        Versions = await frameworks.ListAsync(ct);
        return Page();
    }
}
