using System;
using System.Collections.Generic;

namespace PolicyKit.Generators.Emitters;

/// <summary>The helper methods a matcher's rule tests call, each written once however many sections use it.</summary>
internal sealed class Helpers
{
    private readonly List<Action<SourceWriter>> _writers = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public void Add(string name, Action<SourceWriter> write)
    {
        if (_names.Add(name))
        {
            _writers.Add(write);
        }
    }

    public void WriteAll(SourceWriter w)
    {
        // Helpers may add helpers (resource entries), so walk the list by index.
        for (var k = 0; k < _writers.Count; k++)
        {
            _writers[k](w);
        }
    }
}
