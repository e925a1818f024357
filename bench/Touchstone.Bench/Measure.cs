using System.Diagnostics;

namespace Touchstone.Bench;

/// <summary>Stopwatch timing with warm-up; reports the median of N runs.</summary>
internal static class Measure
{
    public static (double MedianMs, double MinMs, double MaxMs) Run(string name, int warmups, int runs, Action action)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        var median = runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
        Console.WriteLine($"{name,-48} median {median,9:F1} ms   min {times[0],9:F1} ms   max {times[^1],9:F1} ms   (n={runs}, warm-up {warmups})");
        return (median, times[0], times[^1]);
    }

    public static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(relative + " not found above " + AppContext.BaseDirectory);
    }
}
