using System.Collections.Generic;

namespace PolicyKit.Analysis;

/// <summary>
/// A set of requests of one kind that is a product of one set per attribute. A rule's match set is a
/// union of cubes; the difference of two cubes is a union of disjoint cubes (one attribute at a time).
/// Resource cubes ignore the path; non-resource cubes ignore the resource attributes, as the apiserver does.
/// </summary>
internal sealed class RequestCube
{
    public RequestCube(bool isResource, UserSet user, StringSet verb, StringSet ns, StringSet group,
        StringSet resource, StringSet subresource, StringSet name, PathSet path)
    {
        IsResource = isResource;
        User = user;
        Verb = verb;
        Namespace = ns;
        Group = group;
        Resource = resource;
        Subresource = subresource;
        Name = name;
        Path = path;
    }

    /// <summary>Every resource request, or every non-resource request.</summary>
    public static RequestCube All(bool isResource)
        => new(isResource, UserSet.Any, StringSet.Any, StringSet.Any, StringSet.Any, StringSet.Any, StringSet.Any, StringSet.Any, PathSet.Any);

    public bool IsResource { get; }

    public UserSet User { get; }

    public StringSet Verb { get; }

    public StringSet Namespace { get; }

    public StringSet Group { get; }

    public StringSet Resource { get; }

    /// <summary>"" is no subresource.</summary>
    public StringSet Subresource { get; }

    /// <summary>"" is no name in the URL.</summary>
    public StringSet Name { get; }

    public PathSet Path { get; }

    public bool IsEmpty => User.IsEmpty || Verb.IsEmpty
        || (IsResource ? Namespace.IsEmpty || Group.IsEmpty || Resource.IsEmpty || Subresource.IsEmpty || Name.IsEmpty : Path.IsEmpty);

    /// <summary>Whether every request of <paramref name="other"/> is in this cube (sound: "false" may only mean "not sure").</summary>
    public bool Contains(RequestCube other)
        => IsResource == other.IsResource && Verb.Contains(other.Verb) && User.Contains(other.User)
           && (IsResource
               ? Group.Contains(other.Group) && Resource.Contains(other.Resource) && Subresource.Contains(other.Subresource)
                 && Namespace.Contains(other.Namespace) && Name.Contains(other.Name)
               : Path.Contains(other.Path));

    /// <summary>Whether some request is in both cubes — exact, and without building the intersection.</summary>
    public bool Overlaps(RequestCube other)
        => IsResource == other.IsResource && Verb.Overlaps(other.Verb)
           && (IsResource
               ? Resource.Overlaps(other.Resource) && Subresource.Overlaps(other.Subresource) && Group.Overlaps(other.Group)
                 && Namespace.Overlaps(other.Namespace) && Name.Overlaps(other.Name)
               : Path.IsAny || other.Path.IsAny || !Path.Intersect(other.Path).IsEmpty)
           && User.Overlaps(other.User);

    /// <summary>The requests in both cubes, or null when there are none.</summary>
    public RequestCube? Intersect(RequestCube other)
    {
        if (!Overlaps(other))
        {
            return null;
        }
        var verb = Verb.Intersect(other.Verb);
        if (verb.IsEmpty)
        {
            return null;
        }
        var cube = IsResource
            ? new RequestCube(true, User.Intersect(other.User), verb, Namespace.Intersect(other.Namespace), Group.Intersect(other.Group),
                Resource.Intersect(other.Resource), Subresource.Intersect(other.Subresource), Name.Intersect(other.Name), PathSet.Any)
            : new RequestCube(false, User.Intersect(other.User), verb, StringSet.Any, StringSet.Any, StringSet.Any, StringSet.Any, StringSet.Any,
                Path.Intersect(other.Path));
        return cube.IsEmpty ? null : cube;
    }

    /// <summary>
    /// This cube without <paramref name="other"/>, as disjoint non-empty cubes: piece k agrees with
    /// <paramref name="other"/> on the attributes before k and lies outside it on attribute k.
    /// </summary>
    public IEnumerable<RequestCube> Minus(RequestCube other)
    {
        if (!Overlaps(other))
        {
            yield return this;
            yield break;
        }
        var current = this;
        if (!other.User.IsAny)
        {
            foreach (var piece in current.User.Minus(other.User))
            {
                if (!piece.IsEmpty)
                {
                    yield return current.With(user: piece);
                }
            }
            current = current.With(user: current.User.Intersect(other.User));
            if (current.User.IsEmpty)
            {
                yield break;
            }
        }
        foreach (var (get, set) in Dimensions(IsResource))
        {
            var mine = get(current);
            var theirs = get(other);
            if (theirs.IsAny)
            {
                continue;
            }
            var outside = mine.Minus(theirs);
            if (!outside.IsEmpty)
            {
                yield return set(current, outside);
            }
            var inside = mine.Intersect(theirs);
            if (inside.IsEmpty)
            {
                yield break;
            }
            current = set(current, inside);
        }
        if (!IsResource && !other.Path.IsAny)
        {
            foreach (var piece in current.Path.Minus(other.Path))
            {
                var cube = current.With(path: piece);
                if (!cube.IsEmpty)
                {
                    yield return cube;
                }
            }
        }
    }

    public RequestCube With(UserSet? user = null, StringSet? verb = null, StringSet? ns = null, StringSet? group = null,
        StringSet? resource = null, StringSet? subresource = null, StringSet? name = null, PathSet? path = null)
        => new(IsResource, user ?? User, verb ?? Verb, ns ?? Namespace, group ?? Group, resource ?? Resource,
            subresource ?? Subresource, name ?? Name, path ?? Path);

    private static readonly (System.Func<RequestCube, StringSet> Get, System.Func<RequestCube, StringSet, RequestCube> Set)[] ResourceDimensions =
    {
        (c => c.Verb, (c, s) => c.With(verb: s)),
        (c => c.Group, (c, s) => c.With(group: s)),
        (c => c.Resource, (c, s) => c.With(resource: s)),
        (c => c.Subresource, (c, s) => c.With(subresource: s)),
        (c => c.Namespace, (c, s) => c.With(ns: s)),
        (c => c.Name, (c, s) => c.With(name: s)),
    };

    private static readonly (System.Func<RequestCube, StringSet> Get, System.Func<RequestCube, StringSet, RequestCube> Set)[] NonResourceDimensions =
    {
        (c => c.Verb, (c, s) => c.With(verb: s)),
    };

    private static (System.Func<RequestCube, StringSet> Get, System.Func<RequestCube, StringSet, RequestCube> Set)[] Dimensions(bool isResource)
        => isResource ? ResourceDimensions : NonResourceDimensions;

    public override string ToString()
        => (IsResource
            ? $"resource: {User}; verb {Verb}; ns {Namespace}; group {Group}; resource {Resource}/{Subresource}; name {Name}"
            : $"non-resource: {User}; verb {Verb}; path {Path}");
}
