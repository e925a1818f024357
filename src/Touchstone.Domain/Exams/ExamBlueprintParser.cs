using System.Globalization;
using Touchstone.Domain.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Touchstone.Domain.Exams;

/// <summary>
/// Reads an exam blueprint (frameworks/*-exam-blueprint.yaml). Pure: the caller supplies the file
/// name and its text. Returns the blueprint, or every problem found, each naming file and line.
/// </summary>
public static class ExamBlueprintParser
{
    /// <summary>Error code of every blueprint problem; the message starts with "file:line:column:".</summary>
    public const string ProblemCode = "exams.blueprint.invalid";

    public static Result<ExamBlueprint> Parse(string fileName, string yamlText)
    {
        var reader = new Reader(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException ex)
        {
            reader.Problem(ex.Start, "YAML syntax: " + ex.Message);
            return Result<ExamBlueprint>.Failure(reader.Problems);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Problem(Mark.Empty, "The file must hold one YAML document whose root is a mapping.");
            return Result<ExamBlueprint>.Failure(reader.Problems);
        }

        var blueprint = reader.ReadBlueprint(root);
        return reader.Problems.Count == 0 && blueprint is not null
            ? Result<ExamBlueprint>.Success(blueprint)
            : Result<ExamBlueprint>.Failure(reader.Problems);
    }

    private sealed class Reader(string fileName)
    {
        public List<DomainError> Problems { get; } = [];

        public void Problem(Mark mark, string message) =>
            Problems.Add(new DomainError(ProblemCode, $"{fileName}:{Math.Max(mark.Line, 1)}:{Math.Max(mark.Column, 1)}: {message}", "Examenreglement 8.2") { Args = [fileName, Math.Max(mark.Line, 1), Math.Max(mark.Column, 1), message] });

        public void Problem(YamlNode node, string message) => Problem(node.Start, message);

        public ExamBlueprint? ReadBlueprint(YamlMappingNode root)
        {
            Known(root, "id", "version", "name", "source", "passRule", "components");
            var id = RequiredString(root, "id");
            var version = RequiredString(root, "version");
            var name = RequiredString(root, "name");
            var source = RequiredString(root, "source");

            var passRule = Required<YamlMappingNode>(root, "passRule") is { } pr
                ? new PassRule(RequiredBand(pr, "minimumBand") ?? ResultBand.Voldoende)
                : null;

            var components = new List<ExamComponent>();
            if (Required<YamlSequenceNode>(root, "components") is { } seq)
            {
                if (seq.Children.Count == 0)
                {
                    Problem(seq, "An exam needs at least one component.");
                }

                foreach (var child in seq.Children)
                {
                    if (child is not YamlMappingNode map)
                    {
                        Problem(child, "A component must be a mapping.");
                        continue;
                    }

                    if (ReadComponent(map) is { } component)
                    {
                        if (components.Any(c => c.Code == component.Code))
                        {
                            Problem(map, $"Component code '{component.Code}' is used twice.");
                        }

                        components.Add(component);
                    }
                }
            }

            return id is null || version is null || name is null || source is null || passRule is null
                ? null
                : new ExamBlueprint(id, version, name, source, passRule, components);
        }

        private ExamComponent? ReadComponent(YamlMappingNode map)
        {
            var code = RequiredString(map, "code");
            var name = RequiredString(map, "name");
            var article = RequiredString(map, "article");
            var kind = RequiredString(map, "kind");
            var interpretation = OptionalString(map, "interpretation");
            MarkingScheme? scheme = kind switch
            {
                null => null,
                "multipleChoice" => ReadMultipleChoice(map),
                "itemMinimums" => ReadItemMinimums(map),
                "criteriaPoints" => ReadCriteriaPoints(map, interpretation),
                _ => Unknown(map, kind),
            };

            return code is null || name is null || article is null || scheme is null
                ? null
                : new ExamComponent(code, name, article, scheme with { Interpretation = interpretation });
        }

        private MarkingScheme? Unknown(YamlMappingNode map, string kind)
        {
            Problem(map.Children[new YamlScalarNode("kind")], $"Unknown component kind '{kind}' (expected multipleChoice, itemMinimums or criteriaPoints).");
            return null;
        }

        private MultipleChoiceScheme? ReadMultipleChoice(YamlMappingNode map)
        {
            Known(map, "code", "name", "article", "kind", "interpretation", "questions", "pointsPerQuestion", "cutPercentage", "bands");
            var questions = RequiredInt(map, "questions", min: 1);
            var perQuestion = RequiredInt(map, "pointsPerQuestion", min: 1);
            var cut = RequiredDecimal(map, "cutPercentage");
            if (questions is null || perQuestion is null || cut is null)
            {
                return null;
            }

            var max = questions.Value * perQuestion.Value;
            var bands = ReadBands(map, max);
            if (bands is null)
            {
                return null;
            }

            // Art. 1 "Cesuur" and 8.7: the cut score is the lowest Voldoende score; the stated percentage
            // must agree with the table unless an interpretation note explains the difference.
            CheckCutPercentage(map, cut.Value, max, bands);
            return new MultipleChoiceScheme(questions.Value, perQuestion.Value, cut.Value, bands);
        }

        private ItemMinimumsScheme? ReadItemMinimums(YamlMappingNode map)
        {
            Known(map, "code", "name", "article", "kind", "interpretation", "items", "totalMax", "goodTotal", "secondMarkingWhenBelow");
            var items = new List<ScoredItem>();
            if (Required<YamlSequenceNode>(map, "items") is { } seq)
            {
                foreach (var child in seq.Children)
                {
                    if (child is not YamlMappingNode item)
                    {
                        Problem(child, "An item must be a mapping with number, max and min.");
                        continue;
                    }

                    Known(item, "number", "max", "min");
                    var number = RequiredInt(item, "number", min: 1);
                    var max = RequiredInt(item, "max", min: 1);
                    var min = RequiredInt(item, "min", min: 0);
                    if (number is null || max is null || min is null)
                    {
                        continue;
                    }

                    if (min > max)
                    {
                        Problem(item, $"Item {number}: minimum {min} exceeds maximum {max}.");
                    }

                    if (items.Count > 0 && number != items[^1].Number + 1)
                    {
                        Problem(item, $"Items must be numbered 1, 2, 3, ...; expected {items[^1].Number + 1}, found {number}.");
                    }

                    items.Add(new ScoredItem(number.Value, max.Value, min.Value));
                }
            }

            var totalMax = RequiredInt(map, "totalMax", min: 1);
            var goodTotal = RequiredInt(map, "goodTotal", min: 0);
            var below = OptionalBand(map, "secondMarkingWhenBelow") ?? ResultBand.Voldoende;
            if (totalMax is null || goodTotal is null || items.Count == 0)
            {
                return null;
            }

            var sum = items.Sum(i => i.Max);
            if (sum != totalMax)
            {
                Problem(map.Children[new YamlScalarNode("totalMax")], $"totalMax is {totalMax} but the item maximums add up to {sum}.");
            }

            if (goodTotal > totalMax)
            {
                Problem(map.Children[new YamlScalarNode("goodTotal")], $"goodTotal {goodTotal} exceeds totalMax {totalMax}.");
            }

            return new ItemMinimumsScheme(items, totalMax.Value, goodTotal.Value, below);
        }

        private CriteriaPointsScheme? ReadCriteriaPoints(YamlMappingNode map, string? interpretation)
        {
            Known(map, "code", "name", "article", "kind", "interpretation", "parts", "maxPoints", "cutPercentage", "bands", "onTheSpotResit");
            var parts = new List<CriteriaPart>();
            if (Required<YamlSequenceNode>(map, "parts") is { } seq)
            {
                foreach (var child in seq.Children)
                {
                    if (child is not YamlMappingNode part)
                    {
                        Problem(child, "A part must be a mapping with number and steps.");
                        continue;
                    }

                    Known(part, "number", "criteria", "steps");
                    var number = RequiredInt(part, "number", min: 1);
                    var criteria = part.Children.ContainsKey(new YamlScalarNode("criteria")) ? RequiredInt(part, "criteria", min: 1) : null;
                    var criteriaGiven = criteria is not null || !part.Children.ContainsKey(new YamlScalarNode("criteria"));
                    var steps = new List<CriteriaStep>();
                    if (Required<YamlSequenceNode>(part, "steps") is { } stepSeq)
                    {
                        foreach (var s in stepSeq.Children)
                        {
                            if (s is not YamlMappingNode step)
                            {
                                Problem(s, "A step must be a mapping with met and points.");
                                continue;
                            }

                            Known(step, "met", "points");
                            var met = RequiredInt(step, "met", min: 1);
                            var points = RequiredInt(step, "points", min: 1);
                            if (met is null || points is null)
                            {
                                continue;
                            }

                            if (steps.Count > 0 && (met >= steps[^1].Met || points >= steps[^1].Points))
                            {
                                Problem(step, $"Part {number}: list steps from the highest down; each needs fewer criteria and fewer points than the one before.");
                            }

                            steps.Add(new CriteriaStep(met.Value, points.Value));
                        }
                    }

                    if (number is not null && criteriaGiven && steps.Count > 0)
                    {
                        if (parts.Count > 0 && number != parts[^1].Number + 1)
                        {
                            Problem(part, $"Parts must be numbered 1, 2, 3, ...; expected {parts[^1].Number + 1}, found {number}.");
                        }

                        if (steps[0].Met > criteria)
                        {
                            Problem(part.Children[new YamlScalarNode("criteria")], $"Part {number} has {criteria} criteria but its highest step needs {steps[0].Met} met.");
                        }

                        parts.Add(new CriteriaPart(number.Value, steps, criteria));
                    }
                }
            }

            var maxPoints = RequiredInt(map, "maxPoints", min: 1);
            var cut = OptionalDecimal(map, "cutPercentage");
            if (maxPoints is null || parts.Count == 0)
            {
                return null;
            }

            var sum = parts.Sum(p => p.MaxPoints);
            if (sum != maxPoints)
            {
                Problem(map.Children[new YamlScalarNode("maxPoints")], $"maxPoints is {maxPoints} but the parts' highest steps add up to {sum}.");
            }

            var bands = ReadBands(map, maxPoints.Value);
            if (bands is null)
            {
                return null;
            }

            if (cut is not null && interpretation is null)
            {
                CheckCutPercentage(map, cut.Value, maxPoints.Value, bands);
            }

            ResitRule? resit = null;
            if (Optional<YamlMappingNode>(map, "onTheSpotResit") is { } r)
            {
                Known(r, "maxParts", "minimumTotal");
                var maxParts = RequiredInt(r, "maxParts", min: 1);
                var minimumTotal = RequiredInt(r, "minimumTotal", min: 0);
                if (maxParts is not null && minimumTotal is not null)
                {
                    resit = new ResitRule(maxParts.Value, minimumTotal.Value);
                }
            }

            return new CriteriaPointsScheme(parts, cut, bands, resit);
        }

        private void CheckCutPercentage(YamlMappingNode map, decimal cut, int max, BandTable bands)
        {
            if (map.Children.ContainsKey(new YamlScalarNode("interpretation")))
            {
                return;
            }

            var expected = (int)Math.Ceiling(cut * max / 100m);
            var lowestPass = bands.LowestPointsFor(ResultBand.Voldoende);
            if (lowestPass != expected)
            {
                Problem(map.Children[new YamlScalarNode("cutPercentage")],
                    $"A cut score of {cut.ToString(CultureInfo.InvariantCulture)}% of {max} points means Voldoende from {expected}, but the band table starts Voldoende at {lowestPass?.ToString(CultureInfo.InvariantCulture) ?? "no score"}; fix one or add an interpretation note.");
            }
        }

        private BandTable? ReadBands(YamlMappingNode map, int maxPoints)
        {
            if (Required<YamlSequenceNode>(map, "bands") is not { } seq)
            {
                return null;
            }

            var ranges = new List<BandRange>();
            foreach (var child in seq.Children)
            {
                if (child is not YamlMappingNode b)
                {
                    Problem(child, "A band must be a mapping with band, from and to.");
                    continue;
                }

                Known(b, "band", "from", "to");
                var band = RequiredBand(b, "band");
                var from = RequiredInt(b, "from", min: 0);
                var to = RequiredInt(b, "to", min: 0);
                if (band is not null && from is not null && to is not null)
                {
                    ranges.Add(new BandRange(band.Value, from.Value, to.Value));
                }
            }

            var problems = BandTable.Validate(ranges, maxPoints);
            foreach (var p in problems)
            {
                Problem(seq, p);
            }

            return problems.Count == 0 ? new BandTable(ranges) : null;
        }

        private void Known(YamlMappingNode map, params string[] keys)
        {
            foreach (var key in map.Children.Keys)
            {
                if (key is YamlScalarNode { Value: { } k } && !keys.Contains(k))
                {
                    Problem(key, $"Unknown key '{k}' (expected one of: {string.Join(", ", keys)}).");
                }
            }
        }

        private T? Required<T>(YamlMappingNode map, string key)
            where T : YamlNode
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                Problem(map, $"Missing '{key}'.");
                return null;
            }

            if (node is not T typed)
            {
                Problem(node, $"'{key}' has the wrong shape (expected a {Shape<T>()}).");
                return null;
            }

            return typed;
        }

        private T? Optional<T>(YamlMappingNode map, string key)
            where T : YamlNode =>
            map.Children.ContainsKey(new YamlScalarNode(key)) ? Required<T>(map, key) : null;

        private static string Shape<T>() =>
            typeof(T) == typeof(YamlMappingNode) ? "mapping" : typeof(T) == typeof(YamlSequenceNode) ? "list" : "single value";

        private string? RequiredString(YamlMappingNode map, string key)
        {
            var node = Required<YamlScalarNode>(map, key);
            if (node is not null && string.IsNullOrWhiteSpace(node.Value))
            {
                Problem(node, $"'{key}' must not be empty.");
                return null;
            }

            return node?.Value;
        }

        private string? OptionalString(YamlMappingNode map, string key) =>
            map.Children.ContainsKey(new YamlScalarNode(key)) ? RequiredString(map, key) : null;

        private int? RequiredInt(YamlMappingNode map, string key, int min)
        {
            if (Required<YamlScalarNode>(map, key) is not { } node)
            {
                return null;
            }

            if (!int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                Problem(node, $"'{key}' must be a whole number, not '{node.Value}'.");
                return null;
            }

            if (value < min)
            {
                Problem(node, $"'{key}' must be at least {min}, not {value}.");
                return null;
            }

            return value;
        }

        private decimal? RequiredDecimal(YamlMappingNode map, string key)
        {
            if (Required<YamlScalarNode>(map, key) is not { } node)
            {
                return null;
            }

            if (!decimal.TryParse(node.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value is <= 0 or > 100)
            {
                Problem(node, $"'{key}' must be a percentage above 0 and at most 100, not '{node.Value}'.");
                return null;
            }

            return value;
        }

        private decimal? OptionalDecimal(YamlMappingNode map, string key) =>
            map.Children.ContainsKey(new YamlScalarNode(key)) ? RequiredDecimal(map, key) : null;

        private ResultBand? RequiredBand(YamlMappingNode map, string key)
        {
            if (Required<YamlScalarNode>(map, key) is not { } node)
            {
                return null;
            }

            if (string.IsNullOrEmpty(node.Value) || !char.IsLetter(node.Value[0]) || !Enum.TryParse<ResultBand>(node.Value, ignoreCase: false, out var band))
            {
                Problem(node, $"'{key}' must be Onvoldoende, Voldoende or Goed, not '{node.Value}'.");
                return null;
            }

            return band;
        }

        private ResultBand? OptionalBand(YamlMappingNode map, string key) =>
            map.Children.ContainsKey(new YamlScalarNode(key)) ? RequiredBand(map, key) : null;
    }
}
