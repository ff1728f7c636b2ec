using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using CustomerJourney.Client;

namespace CustomerJourney;

/// <summary>
/// The public API is checked in (<c>src/CustomerJourney.Sdk/PublicAPI.txt</c>) so every change to it
/// shows in review. After an intended change, run the tests with <c>UPDATE_PUBLIC_API=1</c> and
/// commit the listing.
/// </summary>
public class PublicApiTests
{
    private static readonly NullabilityInfoContext s_nullability = new();

    [Fact]
    public void PublicApi_IsTheCheckedInListing()
    {
        string listingPath = Path.Combine(RepositoryRoot(), "src", "CustomerJourney.Sdk", "PublicAPI.txt");
        string actual = Listing(typeof(JourneyClient).Assembly);

        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(listingPath, actual);
        }

        string expected = File.Exists(listingPath) ? File.ReadAllText(listingPath).ReplaceLineEndings("\n") : string.Empty;
        string[] added = [.. actual.Split('\n').Except(expected.Split('\n'))];
        string[] removed = [.. expected.Split('\n').Except(actual.Split('\n'))];
        Assert.True(
            added.Length == 0 && removed.Length == 0,
            $"The public API changed. Review, then run the tests with UPDATE_PUBLIC_API=1 and commit PublicAPI.txt.\nAdded:\n  {string.Join("\n  ", added)}\nRemoved:\n  {string.Join("\n  ", removed)}");
    }

    [Fact]
    public void PublicTypes_AreSealedOrAbstractOrDesignedForMocking()
    {
        Type[] open = [.. typeof(JourneyClient).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t) && t != typeof(JourneyClient))];

        Assert.Empty(open);
    }

    // Types in name order, each followed by its members in name order.
    private static string Listing(Assembly assembly)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}{Bases(type)}");
            lines.AddRange(type.GetMembers(Declared)
                .Where(IsVisible)
                .Select(Describe)
                .OfType<string>()
                .Select(line => "  " + line)
                .Distinct()
                .Order(StringComparer.Ordinal));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !m.IsSpecialName || m is ConstructorInfo { IsPublic: true } or ConstructorInfo { IsFamily: true },
        PropertyInfo p => p.GetMethod is { } g && (g.IsPublic || g.IsFamily),
        FieldInfo f => (f.IsPublic || f.IsFamily) && !f.IsSpecialName,
        EventInfo e => e.AddMethod is { IsPublic: true },
        Type => false,
        _ => false,
    };

    private static string? Describe(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo c:
                return $"{(c.IsFamily ? "protected " : string.Empty)}{(c.IsStatic ? "static " : string.Empty)}.ctor({Parameters(c)})";
            case MethodInfo m when m.GetCustomAttribute<CompilerGeneratedAttribute>() is null || m.Name is "ToString" or "Equals" or "GetHashCode":
                return $"{Modifiers(m)}{m.Name}{Generic(m)}({Parameters(m)}) -> {TypeName(m.ReturnType, s_nullability.Create(m.ReturnParameter))}";
            case PropertyInfo p:
                string setter = p.SetMethod is { } s && (s.IsPublic || s.IsFamily)
                    ? s.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? " init;" : " set;"
                    : string.Empty;
                return $"{(p.GetMethod!.IsStatic ? "static " : string.Empty)}{p.Name} {{ get;{setter} }} -> {TypeName(p.PropertyType, s_nullability.Create(p))}";
            case FieldInfo f:
                return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{f.Name} -> {TypeName(f.FieldType, s_nullability.Create(f))}";
            case EventInfo e:
                return $"event {e.Name} -> {TypeName(e.EventHandlerType!, null)}";
            default:
                return null;
        }
    }

    private static string Modifiers(MethodInfo m) =>
        (m.IsFamily ? "protected " : string.Empty) + (m.IsStatic ? "static " : string.Empty) + (m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal && m.GetBaseDefinition() == m ? "virtual " : string.Empty);

    private static string Generic(MethodInfo m) => m.IsGenericMethod ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{TypeName(p.ParameterType, s_nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";

    private static string Bases(Type type)
    {
        if (type.IsEnum)
        {
            return string.Empty;
        }

        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(TypeName(b, null));
        }

        bases.AddRange(type.GetInterfaces().Select(i => TypeName(i, null)).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        string nullable = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, null) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        }

        if (type.IsGenericType)
        {
            Type[] arguments = type.GetGenericArguments();
            string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            var builder = new StringBuilder(name).Append('<');
            for (int i = 0; i < arguments.Length; i++)
            {
                builder.Append(i > 0 ? ", " : string.Empty).Append(TypeName(arguments[i], nullability?.GenericTypeArguments.ElementAtOrDefault(i)));
            }

            return builder.Append('>').Append(nullable).ToString();
        }

        return (type.Namespace?.StartsWith("CustomerJourney", StringComparison.Ordinal) == true ? type.Name : type.FullName ?? type.Name) + nullable;
    }

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "CustomerJourney.Sdk.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The repository root (CustomerJourney.Sdk.sln) was not found above the test binaries.");
    }
}
