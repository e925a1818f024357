using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Touchstone.E2E;

/// <summary>
/// Waits until a page's address is the expected one by polling the address, not by waiting for load events.
/// <c>WaitForURLAsync</c> waits for a load state when the address already matches, and on the loaded CI machine a
/// fast page's load event sometimes never reached that waiter (the run saw only "NetworkIdle") — a minute lost and
/// a red run for a page that was there. What the test does next waits for the elements it needs.
/// </summary>
public static class PageArrival
{
    /// <summary>
    /// <paramref name="url"/> is a full address, or a glob as Playwright writes them: <c>**</c> any characters,
    /// <c>*</c> any characters but '/'; everything else, '?' included, stands for itself.
    /// </summary>
    public static Task WaitForArrivalAsync(this IPage page, string url) => page.WaitForArrivalAsync(Glob(url));

    public static Task WaitForArrivalAsync(this IPage page, Regex url) => Expect(page).ToHaveURLAsync(url);

    /// <summary>Polls the address until <paramref name="arrived"/> holds for it (at most <see cref="BrowserApp.ActionTimeout"/>).</summary>
    public static async Task WaitForArrivalAsync(this IPage page, Func<string, bool> arrived)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserApp.ActionTimeout);
        while (!arrived(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The glob as an anchored regular expression.</summary>
    public static Regex Glob(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] != '*')
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
            else if (i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else
            {
                pattern.Append("[^/]*");
            }
        }

        return new Regex(pattern.Append('$').ToString());
    }
}
