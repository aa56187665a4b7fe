using System.Text;

namespace PolicyKit.Yaml;

/// <summary>The encodings a policy file may come in besides UTF-8, and where in the file a decoding problem is.</summary>
internal static class TextEncodings
{
    /// <summary>The text of a UTF-16 or UTF-32 file with a byte order mark, or null when there is none or it does not decode.</summary>
    public static string? DecodeWithBom(byte[] bytes)
    {
        var encoding = bytes switch
        {
            [0xFF, 0xFE, 0, 0, ..] => new UTF32Encoding(false, true, true),
            [0, 0, 0xFE, 0xFF, ..] => new UTF32Encoding(true, true, true),
            [0xFF, 0xFE, ..] => new UnicodeEncoding(false, true, true),
            [0xFE, 0xFF, ..] => (Encoding)new UnicodeEncoding(true, true, true),
            _ => null,
        };
        if (encoding is null)
        {
            return null;
        }
        var bom = encoding.GetPreamble().Length;
        try
        {
            return encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Line and column (1-based, in characters) of byte <paramref name="index"/> of UTF-8 input valid up to there.</summary>
    public static SourceLocation LocationOf(byte[] bytes, int index)
    {
        index = System.Math.Max(0, System.Math.Min(index, bytes.Length));
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart) + 1);
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="from"/>, or null.</summary>
    public static SourceLocation? IndentingTab(string text, SourceLocation from)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            if (line >= from.Line)
            {
                for (var i = start; i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '-'); i++)
                {
                    if (text[i] == '\t')
                    {
                        return new SourceLocation(line, i - start + 1);
                    }
                }
            }
            line++;
            start = end + 1;
        }
        return null;
    }

    /// <summary>Line and column (1-based) of character <paramref name="index"/> of a text.</summary>
    public static SourceLocation LocationOf(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, index - lineStart + 1);
    }
}
