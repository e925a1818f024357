using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Standards;
using Touchstone.Domain.Standards;

namespace Touchstone.Web.Features.Standards;

/// <summary>One framework version: the tree with a text filter; for a competency standard the task matrices and competencies.</summary>
public sealed class FrameworkModel(GetFrameworkHandler frameworks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>For competency standards: the task shown as a level × dimension matrix (all when empty).</summary>
    [BindProperty(SupportsGet = true, Name = "task")]
    public string? TaskCode { get; set; }

    public LoadedFramework Loaded { get; private set; } = null!;

    public Framework Framework => Loaded.Framework;

    public async Task<IActionResult> OnGetAsync(string code, string version, CancellationToken ct)
    {
        var loaded = await frameworks.LoadAsync(code, version, ct);
        if (loaded is null)
        {
            return NotFound();
        }

        Loaded = loaded;
        return Page();
    }

    /// <summary>The version as a YAML data file (the same format import-framework reads).</summary>
    public async Task<IActionResult> OnGetYamlAsync(string code, string version, CancellationToken ct)
    {
        var framework = await frameworks.FindAsync(code, version, ct);
        return framework is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(FrameworkExporter.ToYaml(framework)), "application/yaml", $"{framework.Code}-{framework.Version}.yaml");
    }

    public bool Matches(params string?[] texts) =>
        string.IsNullOrWhiteSpace(Q) || texts.Any(t => t?.Contains(Q.Trim(), StringComparison.CurrentCultureIgnoreCase) == true);

    public bool SectionMatches(FrameworkSection s) =>
        Matches(s.Code, s.Title, s.Aim) || s.AllRequirements().Any(r => Matches(r.Code, r.Text)) || s.Sections.Any(SectionMatches);
}
