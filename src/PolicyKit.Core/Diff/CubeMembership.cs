using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>Whether one concrete request lies in a cube: each attribute in its set, as the analysis means it.</summary>
internal static class CubeMembership
{
    public static bool Contains(RequestCube cube, in AuditRequest request)
    {
        if (cube.IsResource != request.IsResourceRequest || !cube.Verb.Contains(request.Verb) || !InUsers(cube.User, request))
        {
            return false;
        }
        if (!cube.IsResource)
        {
            return InPaths(cube.Path, request.Path);
        }
        return cube.Namespace.Contains(request.Namespace) && cube.Group.Contains(request.ApiGroup) && cube.Resource.Contains(request.Resource)
            && cube.Subresource.Contains(request.Subresource) && cube.Name.Contains(request.Name);
    }

    private static bool InUsers(UserSet users, in AuditRequest request)
    {
        if (!request.HasUser)
        {
            return users.NoUser;
        }
        if (!users.Names.Contains(request.User!))
        {
            return false;
        }
        var groups = request.Groups;
        foreach (var group in groups)
        {
            if (users.Groups.Forbidden.Contains(group))
            {
                return false;
            }
        }
        foreach (var clause in users.Groups.Clauses)
        {
            var met = false;
            foreach (var group in groups)
            {
                met |= clause.Contains(group);
            }
            if (!met)
            {
                return false;
            }
        }
        return true;
    }

    private static bool InPaths(PathSet paths, string path)
    {
        foreach (var negative in paths.Negative)
        {
            if (negative.Matches(path))
            {
                return false;
            }
        }
        if (paths.Positive is null)
        {
            return true;
        }
        foreach (var positive in paths.Positive)
        {
            if (positive.Matches(path))
            {
                return true;
            }
        }
        return false;
    }
}
