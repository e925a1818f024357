using Touchstone.Bench;

// Usage: dotnet run -c Release --project bench/Touchstone.Bench -- <scenario> [options]
var scenarios = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["exams"] = ExamsScenario.Run,
    ["teamview"] = TeamViewScenario.Run,
    ["ce-dashboard"] = CmcScenarios.CeDashboard,
    ["register-search"] = CmcScenarios.RegisterSearch,
    ["teamview-http"] = HttpScenarios.TeamView,
    ["ce-dashboard-http"] = HttpScenarios.CeDashboard,
    ["register-search-http"] = HttpScenarios.RegisterSearch,
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var scenario))
{
    Console.Error.WriteLine("Usage: Touchstone.Bench <scenario> [options]");
    Console.Error.WriteLine("Scenarios: " + string.Join(", ", scenarios.Keys));
    return 2;
}

return scenario(args[1..]);
