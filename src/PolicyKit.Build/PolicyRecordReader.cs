using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PolicyKit.Build;

/// <summary>
/// Reads the compiled policy records of an assembly from its metadata alone: no assembly is loaded
/// and no user code runs, so a build never executes what it compiled and never locks the file.
/// </summary>
internal static class PolicyRecordReader
{
    private const string AttributeNamespace = "PolicyKit";
    private const string AttributeName = "CompiledAuditPolicyAttribute";

    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<PolicyRecord> Read(string assemblyPath)
    {
        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        return Read(stream);
    }

    /// <summary>The records of an assembly held in a stream (e.g. a package entry copied to memory); the stream must be seekable.</summary>
    public static IReadOnlyList<PolicyRecord> Read(Stream stream)
    {
        using var pe = new PEReader(stream, PEStreamOptions.LeaveOpen);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("the file has no .NET metadata");
        }
        var md = pe.GetMetadataReader();
        if (!md.IsAssembly)
        {
            throw new BadImageFormatException("the file is a module, not an assembly");
        }
        var records = new List<PolicyRecord>();
        foreach (var handle in md.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = md.GetCustomAttribute(handle);
            if (!IsPolicyRecord(md, attribute.Constructor))
            {
                continue;
            }
            var args = attribute.DecodeValue(new TypeNames()).FixedArguments;
            if (args.Length != 5 || args[0].Value is not string name || args[1].Value is not string type
                || args[2].Value is not string version || args[3].Value is not int ruleCount || args[4].Value is not string yaml)
            {
                throw new BadImageFormatException("a CompiledAuditPolicy record does not have the expected (name, type, version, rule count, yaml) shape");
            }
            records.Add(new PolicyRecord(name, type, version, ruleCount, yaml));
        }
        return records;
    }

    private static bool IsPolicyRecord(MetadataReader md, EntityHandle constructor)
    {
        EntityHandle type;
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = md.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = md.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                break;
            default:
                return false;
        }
        return type.Kind switch
        {
            HandleKind.TypeReference => Is(md, md.GetTypeReference((TypeReferenceHandle)type).Namespace, md.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Is(md, md.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, md.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool Is(MetadataReader md, StringHandle ns, StringHandle name)
        => md.StringComparer.Equals(ns, AttributeNamespace) && md.StringComparer.Equals(name, AttributeName);

    /// <summary>Decodes attribute arguments with types as their names; a Type argument becomes its serialized name.</summary>
    private sealed class TypeNames : ICustomAttributeTypeProvider<string>
    {
        private const string SystemType = "System.Type";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => SystemType;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            return Qualified(reader.GetString(type.Namespace), reader.GetString(type.Name));
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            return Qualified(reader.GetString(type.Namespace), reader.GetString(type.Name));
        }

        public string GetTypeFromSerializedName(string name)
        {
            // "Namespace.Outer+Inner, Assembly, Version=..." → "Namespace.Outer.Inner", as C# spells it.
            var comma = name.IndexOf(',');
            return (comma < 0 ? name : name.Substring(0, comma)).Replace('+', '.');
        }

        public PrimitiveTypeCode GetUnderlyingEnumType(string type)
            => throw new BadImageFormatException("unexpected enum argument of type " + type);

        public bool IsSystemType(string type) => type == SystemType;

        private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
    }
}
