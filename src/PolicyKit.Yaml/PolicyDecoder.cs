using System;
using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Yaml;

/// <summary>Turns a parsed YAML tree into the Core model, collecting findings and node positions.</summary>
internal sealed class PolicyDecoder
{
    private const string V1 = "audit.k8s.io/v1";

    private readonly KubernetesVersion _version;
    private readonly List<SourceFinding> _findings = new();
    private readonly Dictionary<string, SourceLocation> _locations = new();

    /// <summary>The rule being decoded, which every finding meanwhile is about; null outside the rules.</summary>
    private int? _rule;

    public PolicyDecoder(KubernetesVersion version) => _version = version;

    public PolicyDocument Decode(YamlNode root)
    {
        _locations[""] = root.Location;
        if (root.Kind != YamlNodeKind.Mapping)
        {
            Error("", root, $"the document is {root.Describe()}, not an audit Policy (a mapping with apiVersion: {V1}, kind: Policy, rules)");
            return Result(null, null);
        }
        // The kind decides whether the rest is worth reading: a ConfigMap's fields are not typos.
        var kindNode = root.Entries.LastOrDefault(e => e.Key.Kind == YamlNodeKind.Scalar && e.Key.Value == "kind").Value;
        var kind = kindNode is null ? null : String(kindNode, "kind");
        if (kind is null)
        {
            Error("kind", root, "kind is missing: an audit policy file needs kind: Policy");
        }
        else if (kind != Policy.Kind)
        {
            Error("kind", kindNode!, $"this is a {(kind.Length == 0 ? "document without a kind" : kind)}, not an audit Policy (kind: Policy, apiVersion: {V1})");
            return Result(null, null);
        }
        var fields = Fields(root, "", FieldMeanings.PolicyFields, "the Policy");
        var apiVersion = fields.TryGetValue("apiVersion", out var av) ? String(av, "apiVersion") : null;
        CheckApiVersion(apiVersion, av, root);

        string? name = null;
        if (fields.TryGetValue("metadata", out var metadata) && metadata.Kind != YamlNodeKind.Mapping && !IsNull(metadata))
        {
            Error("metadata", metadata, $"metadata must be a mapping, found {metadata.Describe()}; the apiserver refuses the file");
        }
        else if (metadata is not null && metadata.Kind == YamlNodeKind.Mapping)
        {
            var nameNode = metadata.Entries.LastOrDefault(e => e.Key.Value == "name").Value;
            name = nameNode is null ? null : String(nameNode, "metadata.name");
        }
        var policy = new Policy(Rules(fields.TryGetValue("rules", out var r) ? r : null))
        {
            Name = string.IsNullOrEmpty(name) ? null : name,
            OmitStages = fields.TryGetValue("omitStages", out var os) ? StageSet(os, "omitStages") : Stages.None,
            OmitManagedFields = fields.TryGetValue("omitManagedFields", out var omf) && (Bool(omf, "omitManagedFields") ?? false),
        };
        foreach (var f in PolicyValidator.Validate(policy, _version))
        {
            _findings.Add(PolicyDocument.Place(_locations, f));
        }
        return Result(policy, apiVersion);
    }

    private PolicyDocument Result(Policy? policy, string? apiVersion)
    {
        var ordered = _findings.Select((f, i) => (f, i))
            .OrderBy(x => x.f.Location.Line).ThenBy(x => x.f.Location.Column).ThenBy(x => x.i)
            .Select(x => x.f).ToArray();
        return new PolicyDocument(policy, apiVersion, ordered, _locations);
    }

    private void CheckApiVersion(string? apiVersion, YamlNode? node, YamlNode root)
    {
        if (apiVersion is null)
        {
            Error("apiVersion", root, $"apiVersion is missing: the apiserver loads only apiVersion: {V1}");
        }
        else if (apiVersion is "audit.k8s.io/v1beta1" or "audit.k8s.io/v1alpha1")
        {
            Add(DiagnosticIds.RemovedApiVersion, "apiVersion", node!,
                $"{apiVersion} was removed in Kubernetes 1.24: the apiserver refuses to start with this file. " +
                $"Change the line to 'apiVersion: {V1}'; the Policy fields are the same in v1");
        }
        else if (apiVersion != V1)
        {
            Error("apiVersion", node!, $"unknown apiVersion \"{apiVersion}\": the apiserver loads only {V1}");
        }
    }

    private EquatableArray<PolicyRule> Rules(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return default;
        }
        if (node.Kind != YamlNodeKind.Sequence)
        {
            Error("rules", node, $"rules must be a list of rules, found {node.Describe()}");
            return default;
        }
        var rules = new List<PolicyRule>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            _rule = i;
            rules.Add(Rule(node.Items[i], FieldPath.Rule(i)));
            _rule = null;
        }
        return new EquatableArray<PolicyRule>(rules);
    }

    private PolicyRule Rule(YamlNode node, string path)
    {
        _locations[path] = node.Location;
        if (node.Kind != YamlNodeKind.Mapping)
        {
            Error(path, node, $"a rule must be a mapping with at least a level, found {node.Describe()}");
            return new PolicyRule(Level.None);
        }
        var f = Fields(node, path, FieldMeanings.RuleFields, "a rule");
        var level = Level.None;
        var levelPath = FieldPath.Child(path, "level");
        var levelText = f.TryGetValue("level", out var ln) ? String(ln, levelPath) ?? "" : "";
        if (levelText.Length == 0)
        {
            Add(PolicyFinding.Upstream, levelPath, ln ?? node, UpstreamMessages.RequiredValue);
        }
        else if (!AuditNames.TryParseLevel(levelText, out level))
        {
            Add(PolicyFinding.Upstream, levelPath, ln!, UpstreamMessages.UnsupportedLevel(levelText));
        }
        return new PolicyRule(level)
        {
            Users = Strings(f, "users", path),
            UserGroups = Strings(f, "userGroups", path),
            Verbs = Strings(f, "verbs", path),
            Resources = Resources(f.TryGetValue("resources", out var rn) ? rn : null, FieldPath.Child(path, "resources")),
            Namespaces = Strings(f, "namespaces", path),
            NonResourceUrls = Strings(f, "nonResourceURLs", path),
            OmitStages = f.TryGetValue("omitStages", out var os) ? StageSet(os, FieldPath.Child(path, "omitStages")) : Stages.None,
            OmitManagedFields = f.TryGetValue("omitManagedFields", out var omf) ? Bool(omf, FieldPath.Child(path, "omitManagedFields")) : null,
        };
    }

    private EquatableArray<GroupResources> Resources(YamlNode? node, string path)
    {
        if (node is null || IsNull(node))
        {
            return default;
        }
        if (node.Kind != YamlNodeKind.Sequence)
        {
            Error(path, node, $"resources must be a list of {{group, resources, resourceNames}} entries, found {node.Describe()}; the apiserver refuses the file");
            return default;
        }
        var list = new List<GroupResources>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            var entry = FieldPath.Index(path, i);
            _locations[entry] = item.Location;
            if (item.Kind != YamlNodeKind.Mapping)
            {
                Error(entry, item, $"a resources entry must be a mapping with group, resources and resourceNames, found {item.Describe()}; the apiserver refuses the file");
                continue;
            }
            var f = Fields(item, entry, FieldMeanings.GroupResourcesFields, "a resources entry");
            list.Add(new GroupResources(
                f.TryGetValue("group", out var g) ? String(g, FieldPath.Child(entry, "group")) : "",
                Strings(f, "resources", entry),
                Strings(f, "resourceNames", entry)));
        }
        return new EquatableArray<GroupResources>(list);
    }

    private EquatableArray<string> Strings(Dictionary<string, YamlNode> fields, string key, string parent)
    {
        if (!fields.TryGetValue(key, out var node) || IsNull(node))
        {
            return default;
        }
        var path = FieldPath.Child(parent, key);
        if (node.Kind != YamlNodeKind.Sequence)
        {
            Error(path, node, $"{key} must be a list of strings, found {node.Describe()}; the apiserver refuses the file. Write [{node.Value}] or a '- ' item");
            return default;
        }
        var values = new List<string>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            values.Add(String(node.Items[i], FieldPath.Index(path, i)) ?? "");
        }
        return new EquatableArray<string>(values);
    }

    private Stages StageSet(YamlNode node, string path)
    {
        _locations[path] = node.Location;
        if (IsNull(node))
        {
            return Stages.None;
        }
        if (node.Kind != YamlNodeKind.Sequence)
        {
            Error(path, node, $"omitStages must be a list of stages, found {node.Describe()}; the apiserver refuses the file");
            return Stages.None;
        }
        var set = Stages.None;
        for (var i = 0; i < node.Items.Count; i++)
        {
            var at = FieldPath.Index(path, i);
            var text = String(node.Items[i], at);
            if (text is null)
            {
                continue;
            }
            if (AuditNames.TryParseStage(text, out var stage))
            {
                set |= stage.ToSet();
            }
            else
            {
                Add(PolicyFinding.Upstream, at, node.Items[i], UpstreamMessages.InvalidStage(text));
            }
        }
        return set;
    }

    /// <summary>A string field. Scalars that YAML 1.1 types as bool or number cannot fill it: the apiserver refuses the file.</summary>
    private string? String(YamlNode node, string path)
    {
        _locations[path] = node.Location;
        if (node.Kind != YamlNodeKind.Scalar)
        {
            Error(path, node, $"expected a string, found {node.Describe()}; the apiserver refuses the file");
            return null;
        }
        switch (ScalarResolver.Resolve(node))
        {
            case ScalarType.String:
                return node.Value;
            case ScalarType.Null:
                return "";
            case var type:
                var what = type == ScalarType.Bool ? "a boolean" : "a number";
                Error(path, node, $"{node.Value} is read as {what} by the apiserver's YAML parser (YAML 1.1), not as a string, and the apiserver refuses the file; quote it: \"{node.Value}\"");
                return null;
        }
    }

    private bool? Bool(YamlNode node, string path)
    {
        _locations[path] = node.Location;
        if (node.Kind == YamlNodeKind.Scalar && ScalarResolver.Resolve(node) == ScalarType.Null)
        {
            return null;
        }
        var value = node.Kind == YamlNodeKind.Scalar ? ScalarResolver.AsBool(node) : null;
        if (value is null)
        {
            Error(path, node, $"expected true or false, found {node.Describe()}; the apiserver refuses the file");
        }
        return value;
    }

    /// <summary>The fields of a mapping by name (the last of duplicates, as the apiserver keeps), reporting unknown and duplicate keys.</summary>
    private Dictionary<string, YamlNode> Fields(YamlNode mapping, string path, string[] known, string objectName)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var keys = new HashSet<string>(mapping.Entries.Where(e => e.Key.Kind == YamlNodeKind.Scalar).Select(e => e.Key.Value), StringComparer.Ordinal);
        // YAML merge keys ("<<: *defaults"), which the apiserver's YAML parser applies: merged fields
        // first, so that the mapping's own fields override them.
        var merged = mapping.Entries.Where(IsMergeKey).SelectMany(e => MergedEntries(e.Value, path)).Where(e => !keys.Contains(e.Key.Value)).ToList();
        var mergedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in merged.Where(e => mergedKeys.Add(e.Key.Value)).Concat(mapping.Entries.Where(e => !IsMergeKey(e))))
        {
            var key = entry.Key;
            if (key.Kind != YamlNodeKind.Scalar)
            {
                Error(path, key, $"a key must be a field name, found {key.Describe()}");
                continue;
            }
            var at = FieldPath.Child(path, key.Value);
            if (Array.IndexOf(known, key.Value) < 0)
            {
                Add(DiagnosticIds.DroppedField, at, key, FieldMeanings.Unknown(key.Value, known, keys, objectName));
                continue;
            }
            if (firstSeen.TryGetValue(key.Value, out var first))
            {
                Add(DiagnosticIds.DroppedField, at, key,
                    $"duplicate field \"{key.Value}\" (first at line {first.Location.Line}): the apiserver keeps only this last one and drops line {first.Location.Line}'s");
            }
            else
            {
                firstSeen[key.Value] = key;
            }
            _locations[at] = key.Location;
            result[key.Value] = entry.Value;
        }
        return result;
    }

    private static bool IsMergeKey(KeyValuePair<YamlNode, YamlNode> entry)
        => entry.Key.Kind == YamlNodeKind.Scalar && entry.Key.IsPlain && entry.Key.Value == "<<";

    /// <summary>The entries a merge key brings: of a mapping, or of each mapping in a list (earlier ones win), with their own merges.</summary>
    private IEnumerable<KeyValuePair<YamlNode, YamlNode>> MergedEntries(YamlNode source, string path)
    {
        var mappings = source.Kind == YamlNodeKind.Sequence ? source.Items : new List<YamlNode> { source };
        foreach (var m in mappings)
        {
            if (m.Kind != YamlNodeKind.Mapping)
            {
                Error(path, m, $"a merge key (<<) takes a mapping or a list of mappings, found {m.Describe()}; the apiserver refuses the file");
                continue;
            }
            foreach (var e in m.Entries.Where(e => !IsMergeKey(e)))
            {
                yield return e;
            }
            foreach (var e in m.Entries.Where(IsMergeKey).SelectMany(e => MergedEntries(e.Value, path)))
            {
                yield return e;
            }
        }
    }

    private static bool IsNull(YamlNode node) => node.Kind == YamlNodeKind.Scalar && ScalarResolver.Resolve(node) == ScalarType.Null;

    private void Error(string path, YamlNode at, string message) => Add(DiagnosticCatalog.Yaml.Id, path, at, message);

    private void Add(string id, string path, YamlNode at, string message)
        => _findings.Add(new SourceFinding(id, DiagnosticCatalog.SeverityOf(id), path, message, at.Location) { RuleIndex = _rule });
}
