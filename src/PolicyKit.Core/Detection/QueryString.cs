using System;
using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>The query parameters of a requestURI, URL-decoded ('+' is a space, %XX a byte of UTF-8).</summary>
public static class QueryString
{
    /// <summary>Every value of the parameter, in order (a parameter may repeat: exec's command=sh&amp;command=-c).</summary>
    public static IReadOnlyList<string> Values(string requestUri, string name)
    {
        var q = requestUri.IndexOf('?');
        if (q < 0)
        {
            return Array.Empty<string>();
        }
        List<string>? values = null;
        var query = requestUri.Substring(q + 1);
        var hash = query.IndexOf('#');
        if (hash >= 0)
        {
            query = query.Substring(0, hash);
        }
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=');
            var key = Decode(eq < 0 ? pair : pair.Substring(0, eq));
            if (key == name)
            {
                (values ??= new List<string>()).Add(eq < 0 ? "" : Decode(pair.Substring(eq + 1)));
            }
        }
        return values is null ? Array.Empty<string>() : values;
    }

    /// <summary>The path of a requestURI (before '?').</summary>
    public static string PathOf(string requestUri)
    {
        var q = requestUri.IndexOf('?');
        return q < 0 ? requestUri : requestUri.Substring(0, q);
    }

    private static string Decode(string s)
    {
        try
        {
            return Uri.UnescapeDataString(s.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return s;
        }
    }
}
