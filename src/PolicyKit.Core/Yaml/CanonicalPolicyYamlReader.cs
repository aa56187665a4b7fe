using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PolicyKit.Yaml;

/// <summary>A policy read back from its canonical YAML, with the writer options that reproduce the text.</summary>
public sealed record CanonicalPolicy(Policy Policy, PolicyYamlOptions Options);

/// <summary>Text that is not exactly what <see cref="PolicyYamlWriter"/> writes; <see cref="Line"/> is 1-based.</summary>
public sealed class CanonicalYamlException : FormatException
{
    public CanonicalYamlException(int line, string message) : base(message) => Line = line;

    public int Line { get; }
}

/// <summary>
/// Reads back the one fixed shape <see cref="PolicyYamlWriter"/> writes, and nothing else: it lets a
/// consumer without a YAML library (the MSBuild task) re-validate generated YAML exactly. Exactness
/// comes from the round trip: the model read is written again and must give the same text byte for
/// byte, so any text this reader could misread is refused instead.
/// </summary>
public static class CanonicalPolicyYamlReader
{
    private const string SchemaHeader = "# yaml-language-server: $schema=";

    public static CanonicalPolicy Read(string text)
    {
        var parsed = new Parser(text).Parse();
        var again = PolicyYamlWriter.Write(parsed.Policy, parsed.Options);
        if (again != text)
        {
            throw new CanonicalYamlException(FirstDifferentLine(text, again), "the text is not PolicyKit's canonical form of the policy it describes");
        }
        return parsed;
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var line = 1;
        for (var i = 0; i < a.Length && i < b.Length && a[i] == b[i]; i++)
        {
            line += a[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    private sealed class Parser
    {
        private readonly string[] _lines;
        private int _at;

        public Parser(string text)
        {
            if (text.Length == 0 || text[text.Length - 1] != '\n')
            {
                throw new CanonicalYamlException(1, "the text is empty or does not end with a line break");
            }
            _lines = text.Substring(0, text.Length - 1).Split('\n');
        }

        public CanonicalPolicy Parse()
        {
            string? schema = null;
            if (Peek().StartsWith(SchemaHeader, StringComparison.Ordinal))
            {
                schema = Next().Substring(SchemaHeader.Length);
            }
            var header = new List<string>();
            while (Peek().StartsWith("#", StringComparison.Ordinal))
            {
                var line = Next();
                header.Add(line.Length == 1 ? "" : After(line, "# "));
            }
            Expect("apiVersion: " + Policy.ApiVersion);
            Expect("kind: " + Policy.Kind);
            string? name = null;
            if (Peek() == "metadata:")
            {
                Next();
                name = Scalar(After(Next(), "  name: "));
            }
            var omitStages = Stages("", "omitStages");
            var omitManagedFields = false;
            if (Peek() == "omitManagedFields: true")
            {
                Next();
                omitManagedFields = true;
            }
            var rules = new List<PolicyRule>();
            if (Peek() == "rules: []")
            {
                Next();
            }
            else
            {
                Expect("rules:");
                while (_at < _lines.Length)
                {
                    rules.Add(Rule());
                }
            }
            if (_at < _lines.Length)
            {
                throw Error("unexpected text after the rules");
            }
            var options = new PolicyYamlOptions { SchemaUrl = schema, HeaderComments = header, RuleNameComments = true };
            return new CanonicalPolicy(new Policy(new EquatableArray<PolicyRule>(rules.ToArray()), omitStages, omitManagedFields, name), options);
        }

        private PolicyRule Rule()
        {
            string? name = null;
            if (Peek().StartsWith("  # ", StringComparison.Ordinal))
            {
                name = Next().Substring(4);
            }
            var levelName = After(Next(), "  - level: ");
            if (!AuditNames.TryParseLevel(levelName, out var level))
            {
                throw Error("unknown level " + levelName, _at);
            }
            const string indent = "    ";
            var users = List(indent, "users");
            var userGroups = List(indent, "userGroups");
            var verbs = List(indent, "verbs");
            var resources = new List<GroupResources>();
            if (Peek() == indent + "resources:")
            {
                Next();
                while (Peek().StartsWith(indent + "  - group: ", StringComparison.Ordinal))
                {
                    var group = Scalar(Next().Substring(indent.Length + 11));
                    resources.Add(new GroupResources(group, List(indent + "    ", "resources"), List(indent + "    ", "resourceNames")));
                }
                if (resources.Count == 0)
                {
                    throw Error("resources without entries");
                }
            }
            var namespaces = List(indent, "namespaces");
            var urls = List(indent, "nonResourceURLs");
            var omitStages = Stages(indent, "omitStages");
            bool? omitManagedFields = Peek() switch
            {
                indent + "omitManagedFields: true" => true,
                indent + "omitManagedFields: false" => false,
                _ => null,
            };
            if (omitManagedFields is not null)
            {
                Next();
            }
            return new PolicyRule(level, name, users, userGroups, verbs, new EquatableArray<GroupResources>(resources.ToArray()), namespaces, urls, omitStages, omitManagedFields);
        }

        private EquatableArray<string> List(string indent, string key)
        {
            if (Peek() != indent + key + ":")
            {
                return default;
            }
            Next();
            var items = new List<string>();
            var item = indent + "  - ";
            while (Peek().StartsWith(item, StringComparison.Ordinal))
            {
                items.Add(Scalar(Next().Substring(item.Length)));
            }
            if (items.Count == 0)
            {
                throw Error(key + " without entries");
            }
            return new EquatableArray<string>(items.ToArray());
        }

        private Stages Stages(string indent, string key)
        {
            var stages = PolicyKit.Stages.None;
            foreach (var name in List(indent, key))
            {
                if (!AuditNames.TryParseStage(name, out var stage))
                {
                    throw Error("unknown stage " + name, _at);
                }
                stages |= stage.ToSet();
            }
            return stages;
        }

        /// <summary>A plain scalar is the text itself; a double-quoted one has the writer's escapes.</summary>
        private string Scalar(string token)
        {
            if (token.Length == 0 || token[0] != '"')
            {
                return token;
            }
            if (token.Length < 2 || token[token.Length - 1] != '"')
            {
                throw Error("unterminated quoted string", _at);
            }
            var sb = new StringBuilder(token.Length);
            for (var i = 1; i < token.Length - 1; i++)
            {
                var c = token[i];
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }
                if (++i >= token.Length - 1)
                {
                    throw Error("dangling escape", _at);
                }
                switch (token[i])
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u' when i + 4 < token.Length - 1
                        && int.TryParse(token.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        sb.Append((char)code);
                        i += 4;
                        break;
                    default: throw Error("unknown escape \\" + token[i], _at);
                }
            }
            return sb.ToString();
        }

        private string Peek() => _at < _lines.Length ? _lines[_at] : "";

        private string Next() => _at < _lines.Length ? _lines[_at++] : throw Error("unexpected end of the text");

        private void Expect(string line)
        {
            if (Next() != line)
            {
                throw Error("expected \"" + line + "\"", _at);
            }
        }

        private string After(string line, string prefix)
            => line.StartsWith(prefix, StringComparison.Ordinal) ? line.Substring(prefix.Length) : throw Error("expected \"" + prefix.Trim() + "\"", _at);

        private CanonicalYamlException Error(string message, int? line = null) => new(line ?? _at + 1, message);
    }
}
