using Touchstone.Domain.Cases;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.Cases;

// Examenreglement 11.1, 14 (by analogy, frameworks/case-types.yaml CMC); seed 000 "Na een assessment": the decision-maker
// grants or refuses. Only the candidate harmed by the decision objects, so only a refusal (or no decision yet, judged
// premature at admissibility) can be the object of an objection.
public class CertificationObjectionTests
{
    [Fact]
    public void AGrantCannotBeObjectedAgainstForItHarmsNoCandidate()
    {
        var refused = CertificationObjection.Contestable(DecisionOutcome.Granted);
        refused.IsSuccess.ShouldBeFalse();
        refused.Errors.Single().Code.ShouldBe("cases.cmc-link.granted");
        refused.Errors.Single().Rule.ShouldBe("Examenreglement 11.1, 14 (by analogy)");
    }

    [Fact]
    public void ARefusalOrADecisionNotYetTakenMayBeLinked()
    {
        CertificationObjection.Contestable(DecisionOutcome.Refused).IsSuccess.ShouldBeTrue();
        CertificationObjection.Contestable(null).IsSuccess.ShouldBeTrue();
    }
}
