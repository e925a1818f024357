using Touchstone.Domain.Common;

namespace Touchstone.Domain.Cases;

/// <summary>
/// The domain's evaluation of an admissibility checklist: every failed requirement with its article,
/// and the items staff have not answered yet. A verdict with open items cannot complete the check.
/// </summary>
public sealed record AdmissibilityVerdict(IReadOnlyList<DomainError> Failures, IReadOnlyList<string> Unanswered, bool IsLate)
{
    public bool IsComplete => Unanswered.Count == 0;

    public bool IsAdmissible => IsComplete && Failures.Count == 0;
}

/// <summary>Collects failures and open items while a checklist is evaluated.</summary>
internal sealed class VerdictBuilder
{
    private readonly List<DomainError> _failures = [];
    private readonly List<string> _unanswered = [];

    public bool IsLate { get; set; }

    /// <summary>A yes/no requirement: null means not yet checked, false is a failure.</summary>
    public void Require(bool? answer, string item, string code, string message, string rule, params object?[] args)
    {
        if (answer is null)
        {
            _unanswered.Add(item);
        }
        else if (!answer.Value)
        {
            Fail(code, message, rule, args);
        }
    }

    public void Unanswered(string item) => _unanswered.Add(item);

    public void Fail(string code, string message, string rule, params object?[] args) => _failures.Add(new DomainError(code, message, rule) { Args = args });

    public AdmissibilityVerdict Build() => new(_failures.ToArray(), _unanswered.ToArray(), IsLate);
}
