using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using PolicyKit.Cli.Commands;

namespace PolicyKit.Cli.PolicyTests;

/// <summary>The results of one test file against its policy, as the reports print them.</summary>
internal sealed record PolicyTestFileResult(string File, string Policy, IReadOnlyList<PolicyTestResult> Results);

/// <summary>
/// <c>policykit test</c>'s output: text (failures located at their case, then a count), JSON, or JUnit XML for
/// CI systems (one testsuite per test file, one testcase per case, a failure element with the mismatches).
/// </summary>
internal static class PolicyTestReport
{
    public static string Text(IReadOnlyList<PolicyTestFileResult> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var r in file.Results.Where(r => !r.Passed))
            {
                text.Append(file.File).Append(':').Append(r.Case.At.Line).Append(':').Append(r.Case.At.Column)
                    .Append(": FAIL ").Append(r.Case.Name).Append(": ").Append(string.Join("; ", r.Mismatches)).Append('\n');
            }
        }
        var all = files.SelectMany(f => f.Results).ToList();
        text.Append(all.Count(r => r.Passed)).Append(" passed, ").Append(all.Count(r => !r.Passed)).Append(" failed (")
            .Append(FindingJson.Plural(files.Count, "test file")).Append(")\n");
        return text.ToString();
    }

    public static string Json(IReadOnlyList<PolicyTestFileResult> files) => FindingJson.Document(json =>
    {
        var all = files.SelectMany(f => f.Results).ToList();
        json.WriteStartObject();
        json.WriteNumber("passed", all.Count(r => r.Passed));
        json.WriteNumber("failed", all.Count(r => !r.Passed));
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteString("policy", file.Policy);
            json.WriteStartArray("cases");
            foreach (var r in file.Results)
            {
                json.WriteStartObject();
                json.WriteString("name", r.Case.Name);
                json.WriteNumber("line", r.Case.At.Line);
                json.WriteNumber("column", r.Case.At.Column);
                json.WriteBoolean("passed", r.Passed);
                json.WriteStartObject("actual");
                json.WriteString("level", r.Actual.Level.ToName());
                json.WriteStartArray("omitStages");
                foreach (var stage in r.Actual.OmitStages.Enumerate())
                {
                    json.WriteStringValue(stage.ToName());
                }
                json.WriteEndArray();
                json.WriteBoolean("omitManagedFields", r.Actual.OmitManagedFields);
                if (r.Actual.Rule is { } rule)
                {
                    json.WriteNumber("rule", rule);
                }
                else
                {
                    json.WriteNull("rule");
                }
                json.WriteEndObject();
                json.WriteStartArray("mismatches");
                foreach (var m in r.Mismatches)
                {
                    json.WriteStringValue(m);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string JUnit(IReadOnlyList<PolicyTestFileResult> files)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(output, settings))
        {
            var all = files.SelectMany(f => f.Results).ToList();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "policykit test");
            xml.WriteAttributeString("tests", Count(all.Count));
            xml.WriteAttributeString("failures", Count(all.Count(r => !r.Passed)));
            foreach (var file in files)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", file.File);
                xml.WriteAttributeString("tests", Count(file.Results.Count));
                xml.WriteAttributeString("failures", Count(file.Results.Count(r => !r.Passed)));
                xml.WriteAttributeString("errors", "0");
                foreach (var r in file.Results)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", r.Case.Name);
                    xml.WriteAttributeString("classname", file.File);
                    xml.WriteAttributeString("file", file.File);
                    xml.WriteAttributeString("line", Count(r.Case.At.Line));
                    if (!r.Passed)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", string.Join("; ", r.Mismatches));
                        xml.WriteString($"{file.File}:{r.Case.At.Line}:{r.Case.At.Column}: {string.Join("\n", r.Mismatches)}");
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
