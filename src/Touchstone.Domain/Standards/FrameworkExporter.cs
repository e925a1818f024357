using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Touchstone.Domain.Standards;

/// <summary>Writes a framework back to the YAML data-file format that <see cref="FrameworkLoader"/> reads.</summary>
public static class FrameworkExporter
{
    /// <summary>Serialises the framework; loading the result gives an equal framework.</summary>
    public static string ToYaml(Framework framework)
    {
        var root = new YamlMappingNode
        {
            { "code", Text(framework.Code) },
            { "version", Text(framework.Version) },
            { "title", Text(framework.Title) },
            { "language", Text(framework.Language) },
            { "kind", Text(KindName(framework.Kind)) },
            {
                "source", new YamlMappingNode
                {
                    { "title", Text(framework.Source.Title) },
                    { "publisher", Text(framework.Source.Publisher) },
                    { "year", Text(framework.Source.Year) },
                    { "licence", Text(framework.Source.Licence) },
                    { "attribution", Text(framework.Source.Attribution) },
                }
            },
        };

        if (framework.Notes.Count > 0)
        {
            root.Add("notes", new YamlSequenceNode(framework.Notes.Select(n => (YamlNode)Text(n))));
        }

        if (framework.Scales.Count > 0)
        {
            root.Add("scales", new YamlSequenceNode(framework.Scales.Select(s => (YamlNode)new YamlMappingNode
            {
                { "code", Text(s.Code) },
                { "name", Text(s.Name) },
                { "description", Text(s.Description) },
                { "values", new YamlSequenceNode(s.Values.Select(v => (YamlNode)new YamlMappingNode
                    {
                        { "code", Text(v.Code) },
                        { "label", Text(v.Label) },
                        { "score", Number(v.Score) },
                    }))
                },
            })));
        }

        if (framework.EaCodes.Count > 0)
        {
            root.Add("ea-codes", new YamlSequenceNode(framework.EaCodes.Select(e => (YamlNode)new YamlMappingNode
            {
                { "code", Number(e.Code) },
                { "description", Text(e.Description) },
            })));
        }

        if (framework.Sections.Count > 0)
        {
            root.Add("sections", new YamlSequenceNode(framework.Sections.Select(Section)));
        }

        if (framework.Levels.Count > 0)
        {
            root.Add("levels", new YamlSequenceNode(framework.Levels.Select(l => (YamlNode)new YamlMappingNode
            {
                { "code", Text(l.Code) },
                { "number", Number(l.Number) },
                { "name", Text(l.Name) },
                { "description", Text(l.Description) },
            })));
        }

        if (framework.Dimensions.Count > 0)
        {
            root.Add("dimensions", new YamlSequenceNode(framework.Dimensions.Select(d => (YamlNode)new YamlMappingNode
            {
                { "code", Text(d.Code) },
                { "name", Text(d.Name) },
                { "description", Text(d.Description) },
            })));
        }

        if (framework.Tasks.Count > 0)
        {
            root.Add("tasks", new YamlSequenceNode(framework.Tasks.Select(t => (YamlNode)Task(t, framework))));
        }

        if (framework.Competencies.Count > 0)
        {
            root.Add("competencies", new YamlSequenceNode(framework.Competencies.Select(c => (YamlNode)Competency(c, framework))));
        }

        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var yaml = writer.ToString();

        // The emitter ends a document with "...": not needed for a single-document file.
        return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml;
    }

    private static YamlNode Section(FrameworkSection s)
    {
        var node = new YamlMappingNode
        {
            { "code", Text(s.Code) },
            { "kind", Text(s.Kind) },
            { "title", Text(s.Title) },
        };
        if (s.Aim.Length > 0)
        {
            node.Add("aim", Text(s.Aim));
        }

        if (s.Sections.Count > 0)
        {
            node.Add("sections", new YamlSequenceNode(s.Sections.Select(Section)));
        }

        if (s.Requirements.Count > 0)
        {
            node.Add("requirements", new YamlSequenceNode(s.Requirements.Select(r => (YamlNode)new YamlMappingNode
            {
                { "code", Text(r.Code) },
                { "text", Text(r.Text) },
            })));
        }

        return node;
    }

    private static YamlMappingNode Task(CompetencyTask t, Framework framework)
    {
        var descriptors = new YamlMappingNode();
        foreach (var dimension in framework.Dimensions)
        {
            var cells = new YamlMappingNode();
            foreach (var level in framework.Levels.Where(l => l.Number > 0))
            {
                cells.Add(level.Code, Text(t.Descriptor(dimension.Code, level.Code)));
            }

            descriptors.Add(dimension.Code, cells);
        }

        return new YamlMappingNode
        {
            { "code", Text(t.Code) },
            { "number", Number(t.Number) },
            { "name", Text(t.Name) },
            { "type", Text(t.Type == TaskType.Primary ? "primary" : "secondary") },
            { "description", Text(t.Description) },
            { "descriptors", descriptors },
        };
    }

    private static YamlMappingNode Competency(Competency c, Framework framework)
    {
        var indicators = new YamlMappingNode();
        foreach (var level in framework.Levels.Where(l => l.Number > 0))
        {
            var list = c.IndicatorsAt(level.Number).Select(i => (YamlNode)Text(i.Text)).ToList();
            if (list.Count > 0)
            {
                indicators.Add(level.Code, new YamlSequenceNode(list));
            }
        }

        return new YamlMappingNode
        {
            { "code", Text(c.Code) },
            { "name", Text(c.Name) },
            { "definition", Text(c.Definition) },
            { "cumulative", new YamlScalarNode(c.Cumulative ? "true" : "false") },
            { "indicators", indicators },
        };
    }

    /// <summary>Kind name as written in data files.</summary>
    public static string KindName(FrameworkKind kind) => kind switch
    {
        FrameworkKind.QualityStandard => "quality-standard",
        FrameworkKind.CompetencyStandard => "competency-standard",
        FrameworkKind.Scheme => "scheme",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // Text is always quoted so values like "2016", "yes" or "" stay strings for any YAML reader.
    private static YamlScalarNode Text(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    private static YamlScalarNode Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static YamlScalarNode Number(int value) => new(value.ToString(CultureInfo.InvariantCulture));
}
