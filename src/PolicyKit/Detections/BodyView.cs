using System;
using PolicyKit.Detection;

namespace PolicyKit;

/// <summary>A typed view of a body node; reads go through <see cref="BodyPaths"/> like the interpreter's.</summary>
public abstract class BodyView
{
    private protected BodyView(IBodyNode? node, string resource)
    {
        Node = node;
        Resource = resource;
    }

    /// <summary>The node (null when the path leads nowhere).</summary>
    public IBodyNode? Node { get; }

    private protected string Resource { get; }

    private protected IBodyNode? At(string path)
    {
        var node = Node;
        foreach (var step in BodyPaths.Split(path))
        {
            node = BodyPaths.Step(node, step, Resource);
        }
        return node;
    }

    private protected string Text(string path) => BodyPaths.String(At(path));

    private protected bool Flag(string path) => BodyPaths.Bool(At(path));

    private protected long? Number(string path) => BodyPaths.Number(At(path));

    private protected ValueList<string> Strings(string path) => ValueList<string>.FromBody(At(path), BodyPaths.String);

    private protected ValueList<T> List<T>(string path, Func<IBodyNode, string, T> make) => ValueList<T>.FromBody(At(path), n => make(n, Resource));
}
