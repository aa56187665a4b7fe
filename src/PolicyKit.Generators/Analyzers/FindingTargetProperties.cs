using System.Collections.Immutable;
using System.Globalization;
using PolicyKit.Validation;

namespace PolicyKit.Generators.Analyzers;

/// <summary>
/// A finding's <see cref="FindingTarget"/> in a diagnostic's properties (strings are all Roslyn carries), one
/// property per part, so the code fixes read back the rule, field, entry and item without parsing a path.
/// </summary>
internal static class FindingTargetProperties
{
    public const string Rule = "rule";
    public const string Field = "field";
    public const string Entry = "entry";
    public const string EntryField = "entryField";
    public const string Item = "item";

    public static ImmutableDictionary<string, string?> Add(ImmutableDictionary<string, string?> properties, FindingTarget target)
        => properties
            .Add(Rule, Int(target.Rule))
            .Add(Field, target.Field)
            .Add(Entry, Int(target.Entry))
            .Add(EntryField, target.EntryField)
            .Add(Item, Int(target.Item));

    public static FindingTarget Read(ImmutableDictionary<string, string?> properties)
        => new()
        {
            Rule = Int(properties, Rule),
            Field = properties.TryGetValue(Field, out var field) ? field : null,
            Entry = Int(properties, Entry),
            EntryField = properties.TryGetValue(EntryField, out var entryField) ? entryField : null,
            Item = Int(properties, Item),
        };

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int? Int(ImmutableDictionary<string, string?> properties, string key)
        => properties.TryGetValue(key, out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
}
