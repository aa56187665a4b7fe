using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace PolicyKit.Cli.Ci;

/// <summary>A test case of a JUnit report: passed, or failed with a type (the id), a one-line message and the details.</summary>
internal sealed record JUnitCase(string Name, string ClassName, string? FailureType = null, string? FailureMessage = null, string? Details = null, string? SystemOut = null);

/// <summary>A test suite of a JUnit report: a policy file (lint) or a run of detection rules (detect).</summary>
internal sealed record JUnitSuite(string Name, IReadOnlyList<JUnitCase> Cases);

/// <summary>
/// JUnit XML as CI systems read it (Jenkins, GitLab, Azure Pipelines, the GitHub test-report actions): testsuites,
/// a testsuite per file with its counts, a testcase per rule or check, a failure element with its message.
/// Characters XML cannot hold (control characters from a log) are written as U+FFFD, never as broken XML.
/// </summary>
internal static class JUnitXml
{
    public static string Write(string name, IReadOnlyList<JUnitSuite> suites)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" }))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Clean(name));
            xml.WriteAttributeString("tests", suites.Sum(s => s.Cases.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", suites.Sum(s => s.Cases.Count(c => c.FailureType is not null)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var suite in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(suite.Name));
                xml.WriteAttributeString("tests", suite.Cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("failures", suite.Cases.Count(c => c.FailureType is not null).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", "0");
                foreach (var c in suite.Cases)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", Clean(c.Name));
                    xml.WriteAttributeString("classname", Clean(c.ClassName));
                    if (c.FailureType is not null)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("type", Clean(c.FailureType));
                        xml.WriteAttributeString("message", Clean(c.FailureMessage ?? ""));
                        xml.WriteString(Clean(c.Details ?? ""));
                        xml.WriteEndElement();
                    }
                    if (c.SystemOut is not null)
                    {
                        xml.WriteElementString("system-out", Clean(c.SystemOut));
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // XmlWriter over a StringWriter declares utf-16; the bytes written are UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"");
    }

    private static string Clean(string value)
    {
        if (value.All(XmlConvert.IsXmlChar))
        {
            return value;
        }
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(value, i++, 2);
            }
            else
            {
                text.Append(XmlConvert.IsXmlChar(value[i]) ? value[i] : '\uFFFD');
            }
        }
        return text.ToString();
    }
}
