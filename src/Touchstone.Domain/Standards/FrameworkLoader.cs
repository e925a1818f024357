using System.Globalization;
using Touchstone.Domain.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Touchstone.Domain.Standards;

/// <summary>
/// Reads and validates a framework data file (the YAML format written by <see cref="FrameworkExporter"/>).
/// Reports every problem it finds, each with file name, line number and what is wrong, instead of
/// stopping at the first one, so an editor can fix a file in one pass (DOMAIN.md §1: standards as data).
/// </summary>
public static class FrameworkLoader
{
    /// <summary>Error code of every load problem; the message carries "file:line: what is wrong".</summary>
    public const string ProblemCode = "framework.invalid";

    private const string Rule = "DOMAIN §1 Standards as data";

    /// <summary>Loads a framework from YAML text. The caller reads the file; this method does no I/O.</summary>
    public static Result<Framework> Load(string fileName, string yamlText)
    {
        var ctx = new LoadContext(fileName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException ex)
        {
            ctx.Problem(ex.Start.Line, "invalid YAML: " + ex.Message);
            return Result<Framework>.Failure(ctx.Problems);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            ctx.Problem(1, "the file must hold exactly one YAML document whose root is a mapping");
            return Result<Framework>.Failure(ctx.Problems);
        }

        var framework = ReadFramework(new MapReader(root, ctx, "framework",
            "code", "version", "title", "language", "kind", "source", "notes", "scales", "ea-codes",
            "sections", "levels", "dimensions", "tasks", "competencies"), ctx);

        return ctx.Problems.Count == 0 && framework is not null
            ? Result<Framework>.Success(framework)
            : Result<Framework>.Failure(ctx.Problems);
    }

    private static Framework? ReadFramework(MapReader map, LoadContext ctx)
    {
        var code = map.String("code");
        var version = map.String("version");
        var title = map.String("title");
        var language = map.String("language");
        var kindText = map.String("kind");
        FrameworkKind? kind = kindText switch
        {
            null => null,
            "quality-standard" => FrameworkKind.QualityStandard,
            "competency-standard" => FrameworkKind.CompetencyStandard,
            "scheme" => FrameworkKind.Scheme,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            ctx.Problem(map.LineOf("kind"), $"unknown kind '{kindText}' (expected quality-standard, competency-standard or scheme)");
        }

        var source = map.Map("source") is { } sourceNode ? ReadSource(new MapReader(sourceNode, ctx, "source",
            "title", "publisher", "year", "licence", "attribution")) : null;
        var notes = map.Sequence("notes", required: false) is { } notesNode
            ? notesNode.Children.Select(n => ctx.Scalar(n, "note")).OfType<string>().ToEquatableList()
            : EquatableList<string>.Empty;

        var scales = ReadList(map.Sequence("scales", required: false), ctx, "scale", ReadScale);
        CheckUnique(ctx, scales, s => s.Value.Code, "scale code");

        var eaCodes = ReadList(map.Sequence("ea-codes", required: false), ctx, "EA code", n =>
        {
            var m = new MapReader(n, ctx, "EA code", "code", "description");
            var number = m.Int("code");
            var description = m.String("description");
            return number is null || description is null ? null : new EaCode(number.Value, description);
        });
        CheckUnique(ctx, eaCodes, e => e.Value.Code.ToString(CultureInfo.InvariantCulture), "EA code");

        var isCompetency = kind == FrameworkKind.CompetencyStandard;
        var sectionsNode = map.Sequence("sections", required: kind is FrameworkKind.QualityStandard or FrameworkKind.Scheme);
        var sections = ReadList(sectionsNode, ctx, "section", n => ReadSection(n, ctx));
        var codes = ctx.Codes;

        var levels = ReadList(map.Sequence("levels", required: isCompetency), ctx, "level", n => ReadLevel(n, ctx));
        CheckUnique(ctx, levels, l => l.Value.Code, "level code");
        CheckUnique(ctx, levels, l => l.Value.Number.ToString(CultureInfo.InvariantCulture), "level number");
        for (var i = 1; i < levels.Count; i++)
        {
            if (levels[i].Value.Number <= levels[i - 1].Value.Number)
            {
                ctx.Problem(levels[i].Line, $"bad level: level '{levels[i].Value.Code}' ({levels[i].Value.Number}) must come after a lower level number");
            }
        }

        var dimensions = ReadList(map.Sequence("dimensions", required: isCompetency), ctx, "dimension", n =>
        {
            var m = new MapReader(n, ctx, "dimension", "code", "name", "description");
            var c = m.String("code");
            var name = m.String("name");
            return c is null || name is null ? null : new Dimension(c, name, m.String("description", required: false) ?? "");
        });
        CheckUnique(ctx, dimensions, d => d.Value.Code, "dimension code");

        var levelMap = levels.Select(l => l.Value).ToList();
        var dimensionCodes = dimensions.Select(d => d.Value.Code).ToList();
        var tasks = ReadList(map.Sequence("tasks", required: isCompetency), ctx, "task", n => ReadTask(n, ctx, levelMap, dimensionCodes));
        CheckUnique(ctx, tasks, t => t.Value.Number.ToString(CultureInfo.InvariantCulture), "task number");
        codes.AddRange(tasks.Select(t => (t.Value.Code, t.Line, "task code")));

        var competencies = ReadList(map.Sequence("competencies", required: false), ctx, "competency", n => ReadCompetency(n, ctx, levelMap));
        codes.AddRange(competencies.Select(c => (c.Value.Code, c.Line, "competency code")));

        foreach (var dup in codes.GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            foreach (var (c, line, what) in dup.Skip(1))
            {
                ctx.Problem(line, $"duplicate code '{c}' ({what}); codes must be unique in the framework");
            }
        }

        if (code is null || version is null || title is null || language is null || kind is null || source is null)
        {
            return null;
        }

        return new Framework
        {
            Code = code,
            Version = version,
            Title = title,
            Language = language,
            Kind = kind.Value,
            Source = source,
            Notes = notes,
            Scales = scales.Select(s => s.Value).ToEquatableList(),
            EaCodes = eaCodes.Select(e => e.Value).ToEquatableList(),
            Sections = sections.Select(s => s.Value).ToEquatableList(),
            Levels = levelMap.ToEquatableList(),
            Dimensions = dimensions.Select(d => d.Value).ToEquatableList(),
            Tasks = tasks.Select(t => t.Value).ToEquatableList(),
            Competencies = competencies.Select(c => c.Value).ToEquatableList(),
        };
    }

    private static FrameworkSource? ReadSource(MapReader m)
    {
        var title = m.String("title");
        var attribution = m.String("attribution");
        var publisher = m.String("publisher", required: false) ?? "";
        var year = m.String("year", required: false) ?? "";
        var licence = m.String("licence", required: false) ?? "";
        return title is null || attribution is null
            ? null
            : new FrameworkSource { Title = title, Attribution = attribution, Publisher = publisher, Year = year, Licence = licence };
    }

    private static RatingScale? ReadScale(YamlMappingNode node, LoadContext ctx)
    {
        var m = new MapReader(node, ctx, "scale", "code", "name", "description", "values");
        var code = m.String("code");
        var name = m.String("name");
        var description = m.String("description", required: false) ?? "";
        var valuesNode = m.Sequence("values");
        var values = ReadList(valuesNode, ctx, "scale value", n =>
        {
            var v = new MapReader(n, ctx, "scale value", "code", "label", "score");
            var c = v.String("code");
            var label = v.String("label");
            var score = v.Decimal("score");
            return c is null || label is null || score is null ? null : new ScaleValue(c, label, score.Value);
        });
        CheckUnique(ctx, values, v => v.Value.Code, $"value code in scale '{code}'");
        if (valuesNode is not null && valuesNode.Children.Count < 2)
        {
            ctx.Problem(m.Line, $"scale '{code}' needs at least two values");
        }

        for (var i = 1; i < values.Count; i++)
        {
            if (values[i].Value.Score <= values[i - 1].Value.Score)
            {
                ctx.Problem(values[i].Line,
                    $"scale value out of order: '{values[i].Value.Code}' (score {values[i].Value.Score.ToString(CultureInfo.InvariantCulture)}) must score higher than '{values[i - 1].Value.Code}'; list values from low to high");
            }
        }

        return code is null || name is null
            ? null
            : new RatingScale { Code = code, Name = name, Description = description, Values = values.Select(v => v.Value).ToEquatableList() };
    }

    private static FrameworkSection? ReadSection(YamlMappingNode node, LoadContext ctx)
    {
        var m = new MapReader(node, ctx, "section", "code", "kind", "title", "aim", "sections", "requirements");
        var code = m.String("code");
        var kind = m.String("kind");
        var title = m.String("title");
        var aim = m.String("aim", required: false) ?? "";
        var children = ReadList(m.Sequence("sections", required: false), ctx, "section", n => ReadSection(n, ctx));
        var requirements = ReadList(m.Sequence("requirements", required: false), ctx, "requirement", n =>
        {
            var r = new MapReader(n, ctx, "requirement", "code", "text");
            var c = r.String("code");
            var text = r.String("text");
            return c is null || text is null ? null : new Requirement(c, text);
        });
        if (children.Count == 0 && requirements.Count == 0)
        {
            ctx.Problem(m.Line, $"section '{code}' has neither sections nor requirements");
        }

        if (code is not null)
        {
            ctx.Codes.Add((code, (int)m.Line, "section code"));
        }

        ctx.Codes.AddRange(requirements.Select(r => (r.Value.Code, r.Line, "requirement code")));
        return code is null || kind is null || title is null
            ? null
            : new FrameworkSection
            {
                Code = code,
                Kind = kind,
                Title = title,
                Aim = aim,
                Sections = children.Select(c => c.Value).ToEquatableList(),
                Requirements = requirements.Select(r => r.Value).ToEquatableList(),
            };
    }

    private static CompetencyLevel? ReadLevel(YamlMappingNode node, LoadContext ctx)
    {
        var m = new MapReader(node, ctx, "level", "code", "number", "name", "description");
        var code = m.String("code");
        var number = m.Int("number");
        var name = m.String("name");
        if (number is < 0 or > 3)
        {
            ctx.Problem(m.LineOf("number"), $"bad level: number {number} is outside 0..3");
        }

        return code is null || number is null || name is null
            ? null
            : new CompetencyLevel(code, number.Value, name, m.String("description", required: false) ?? "");
    }

    private static CompetencyTask? ReadTask(YamlMappingNode node, LoadContext ctx, List<CompetencyLevel> levels, List<string> dimensions)
    {
        var m = new MapReader(node, ctx, "task", "code", "number", "name", "type", "description", "descriptors");
        var code = m.String("code");
        var number = m.Int("number");
        var name = m.String("name");
        var typeText = m.String("type");
        TaskType? type = typeText switch
        {
            null => null,
            "primary" => TaskType.Primary,
            "secondary" => TaskType.Secondary,
            _ => null,
        };
        if (typeText is not null && type is null)
        {
            ctx.Problem(m.LineOf("type"), $"unknown task type '{typeText}' (expected primary or secondary)");
        }

        var descriptors = new List<TaskDescriptor>();
        if (m.Map("descriptors") is { } descriptorNode)
        {
            foreach (var (key, value) in descriptorNode.Children)
            {
                var dimension = ctx.Scalar(key, "dimension");
                if (dimension is null)
                {
                    continue;
                }

                if (!dimensions.Contains(dimension))
                {
                    ctx.Problem(key.Start.Line, $"unknown dimension '{dimension}' in task '{code}'");
                    continue;
                }

                if (value is not YamlMappingNode cells)
                {
                    ctx.Problem(value.Start.Line, $"dimension '{dimension}' of task '{code}' must map level codes to texts");
                    continue;
                }

                foreach (var (levelKey, textNode) in cells.Children)
                {
                    var levelCode = ctx.Scalar(levelKey, "level");
                    var level = levels.FirstOrDefault(l => l.Code == levelCode);
                    if (level is null || level.Number == 0)
                    {
                        ctx.Problem(levelKey.Start.Line, $"bad level '{levelCode}' in task '{code}' dimension '{dimension}' (expected a level numbered 1..3)");
                        continue;
                    }

                    if (ctx.Scalar(textNode, "descriptor") is { } text)
                    {
                        descriptors.Add(new TaskDescriptor(dimension, level.Code, text.Trim()));
                    }
                }
            }
        }

        // Store every (dimension, level) cell in standard order so an absent cell and "" are the same.
        var ordered = (from d in dimensions
                       from l in levels.Where(l => l.Number > 0)
                       select new TaskDescriptor(d, l.Code,
                           descriptors.FirstOrDefault(x => x.Dimension == d && x.Level == l.Code)?.Text ?? "")).ToEquatableList();

        return code is null || number is null || name is null || type is null
            ? null
            : new CompetencyTask
            {
                Code = code,
                Number = number.Value,
                Name = name,
                Type = type.Value,
                Description = m.String("description", required: false) ?? "",
                Descriptors = ordered,
            };
    }

    private static Competency? ReadCompetency(YamlMappingNode node, LoadContext ctx, List<CompetencyLevel> levels)
    {
        var m = new MapReader(node, ctx, "competency", "code", "name", "definition", "cumulative", "indicators");
        var code = m.String("code");
        var name = m.String("name");
        var cumulative = m.Bool("cumulative") ?? true;
        var indicators = new List<Indicator>();
        if (m.Map("indicators") is { } indicatorNode)
        {
            foreach (var (key, value) in indicatorNode.Children)
            {
                var levelCode = ctx.Scalar(key, "level");
                var level = levels.FirstOrDefault(l => l.Code == levelCode);
                if (level is null || level.Number == 0)
                {
                    ctx.Problem(key.Start.Line, $"bad level '{levelCode}' in competency '{code}' (expected a level numbered 1..3)");
                    continue;
                }

                if (value is not YamlSequenceNode list)
                {
                    ctx.Problem(value.Start.Line, $"indicators of competency '{code}' at level '{levelCode}' must be a list");
                    continue;
                }

                var index = 1;
                foreach (var item in list.Children)
                {
                    if (ctx.Scalar(item, "indicator") is { } text)
                    {
                        indicators.Add(new Indicator($"{code}.{level.Number}.{index++}", level.Number, text.Trim()));
                    }
                }
            }
        }

        return code is null || name is null
            ? null
            : new Competency
            {
                Code = code,
                Name = name,
                Definition = m.String("definition", required: false) ?? "",
                Cumulative = cumulative,
                Indicators = indicators.OrderBy(i => i.Level).ToEquatableList(),
            };
    }

    private static List<(T Value, int Line)> ReadList<T>(YamlSequenceNode? node, LoadContext ctx, string what, Func<YamlMappingNode, T?> read)
        where T : class
    {
        var list = new List<(T, int)>();
        if (node is null)
        {
            return list;
        }

        foreach (var child in node.Children)
        {
            if (child is not YamlMappingNode map)
            {
                ctx.Problem(child.Start.Line, $"each {what} must be a mapping");
                continue;
            }

            if (read(map) is { } value)
            {
                list.Add((value, (int)map.Start.Line));
            }
        }

        return list;
    }

    private static List<(T Value, int Line)> ReadList<T>(YamlSequenceNode? node, LoadContext ctx, string what, Func<YamlMappingNode, LoadContext, T?> read)
        where T : class => ReadList(node, ctx, what, n => read(n, ctx));

    private static void CheckUnique<T>(LoadContext ctx, IEnumerable<(T Value, int Line)> items, Func<(T Value, int Line), string> key, string what)
    {
        foreach (var group in items.GroupBy(key).Where(g => g.Count() > 1))
        {
            foreach (var item in group.Skip(1))
            {
                ctx.Problem(item.Line, $"duplicate {what} '{group.Key}'");
            }
        }
    }

    /// <summary>Collects problems and line positions while one file is read.</summary>
    private sealed class LoadContext(string fileName)
    {
        public List<DomainError> Problems { get; } = [];

        /// <summary>Every code that must be unique in the framework, with its line.</summary>
        public List<(string Code, int Line, string What)> Codes { get; } = [];

        public void Problem(long line, string message) =>
            Problems.Add(new DomainError(ProblemCode, $"{fileName}:{line}: {message}", Rule) { Args = [fileName, line, message] });

        public string? Scalar(YamlNode node, string what)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value ?? "";
            }

            Problem(node.Start.Line, $"{what} must be a single value");
            return null;
        }
    }

    /// <summary>Reads one YAML mapping, reporting unknown keys, missing fields and wrong types.</summary>
    private sealed class MapReader
    {
        private readonly YamlMappingNode _node;
        private readonly LoadContext _ctx;
        private readonly string _what;

        public MapReader(YamlMappingNode node, LoadContext ctx, string what, params string[] allowed)
        {
            _node = node;
            _ctx = ctx;
            _what = what;
            var seen = new HashSet<string>();
            foreach (var key in node.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "?";
                if (!allowed.Contains(name))
                {
                    ctx.Problem(key.Start.Line, $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
                }
                else if (!seen.Add(name))
                {
                    ctx.Problem(key.Start.Line, $"key '{name}' appears twice in {what}");
                }
            }
        }

        public long Line => _node.Start.Line;

        public long LineOf(string key) => Find(key)?.Start.Line ?? Line;

        private YamlNode? Find(string key) =>
            _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private YamlNode? Required(string key, bool required)
        {
            var value = Find(key);
            if (value is null && required)
            {
                _ctx.Problem(Line, $"missing field '{key}' in {_what}");
            }

            return value;
        }

        public string? String(string key, bool required = true)
        {
            var node = Required(key, required);
            if (node is null)
            {
                return null;
            }

            var value = _ctx.Scalar(node, $"'{key}' in {_what}");
            if (value is not null && required && string.IsNullOrWhiteSpace(value))
            {
                _ctx.Problem(node.Start.Line, $"field '{key}' in {_what} is empty");
                return null;
            }

            return value;
        }

        public int? Int(string key)
        {
            var text = String(key);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            _ctx.Problem(LineOf(key), $"field '{key}' in {_what} must be a whole number, not '{text}'");
            return null;
        }

        public decimal? Decimal(string key)
        {
            var text = String(key);
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            _ctx.Problem(LineOf(key), $"field '{key}' in {_what} must be a number, not '{text}'");
            return null;
        }

        public bool? Bool(string key)
        {
            var text = String(key, required: false);
            switch (text)
            {
                case null:
                    return null;
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    _ctx.Problem(LineOf(key), $"field '{key}' in {_what} must be true or false, not '{text}'");
                    return null;
            }
        }

        public YamlSequenceNode? Sequence(string key, bool required = true)
        {
            var node = Required(key, required);
            if (node is null or YamlSequenceNode)
            {
                return node as YamlSequenceNode;
            }

            _ctx.Problem(node.Start.Line, $"field '{key}' in {_what} must be a list");
            return null;
        }

        public YamlMappingNode? Map(string key, bool required = true)
        {
            var node = Required(key, required);
            if (node is null or YamlMappingNode)
            {
                return node as YamlMappingNode;
            }

            _ctx.Problem(node.Start.Line, $"field '{key}' in {_what} must be a mapping");
            return null;
        }
    }
}
