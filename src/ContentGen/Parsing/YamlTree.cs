using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentGen.Generator.Parsing;

/// <summary>A YAML node with its span in the content file (not in the YAML text).</summary>
internal abstract record YamlNode(TextSpan Span)
{
    public abstract string Describe();
}

internal sealed record YamlScalar(string Value, bool IsPlain, TextSpan Span) : YamlNode(Span)
{
    /// <summary>YAML 1.2 core schema null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "empty" : $"'{Value}'";
}

internal sealed record YamlSequence(List<YamlNode> Items, TextSpan Span) : YamlNode(Span)
{
    public override string Describe() => "a list";
}

internal sealed record YamlMapping(List<KeyValuePair<YamlScalar, YamlNode>> Entries, TextSpan Span) : YamlNode(Span)
{
    public override string Describe() => "a mapping";
}

/// <summary>Thrown for YAML that parses but is not what front matter may hold (aliases, complex keys).</summary>
internal sealed class UnsupportedYamlException(TextSpan span, string message) : Exception(message)
{
    public TextSpan Span { get; } = span;
}

/// <summary>
/// Reads YAML with YamlDotNet's event parser into a small tree that keeps every node's position,
/// and keeps duplicate keys (the representation model throws on them; ContentGen reports CG0004).
/// </summary>
internal static class YamlTree
{
    /// <summary>Parses one YAML document; null when the text holds none (empty front matter).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="offset">Where <paramref name="yaml"/> starts in the content file.</param>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    /// <exception cref="UnsupportedYamlException">Valid YAML that front matter does not support.</exception>
    /// <param name="what">What the YAML is, for messages: <c>front matter</c> or <c>a data file</c>.</param>
    public static YamlNode? Parse(string yaml, int offset, string what = "front matter")
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        YamlNode root;
        try
        {
            root = ReadNode(parser, offset, what);
        }
        catch (InvalidOperationException) when (parser.Current is { } last)
        {
            // YamlDotNet 18 throws this, not a YamlException, for some unclosed flow collections
            // ("name: [unclosed" followed by "b: {}"): a position is still better than a crash.
            throw new UnsupportedYamlException(TextSpan.FromBounds(Position(last.Start, offset), Position(last.End, offset)), "the YAML cannot be read after this point; check that the '[', '{' or quote that opens here is closed");
        }

        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
        {
            throw new UnsupportedYamlException(Span(parser.Current!, offset), what == "front matter"
                ? "front matter holds one YAML document; use '---' only to open and close it"
                : $"{what} holds one YAML document; remove the second '---'");
        }

        return root;
    }

    private static YamlNode ReadNode(IParser parser, int offset, string what)
    {
        ParsingEvent current = parser.Current ?? throw new InvalidOperationException("unexpected end of YAML");
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Span(scalar, offset));

            case SequenceStart start:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                SequenceEnd? end;
                while (!parser.TryConsume<SequenceEnd>(out end))
                {
                    items.Add(ReadNode(parser, offset, what));
                }

                return new YamlSequence(items, TextSpan.FromBounds(Position(start.Start, offset), Position(end!.End, offset)));
            }

            case MappingStart start:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                MappingEnd? end;
                while (!parser.TryConsume<MappingEnd>(out end))
                {
                    if (ReadNode(parser, offset, what) is not YamlScalar key)
                    {
                        throw new UnsupportedYamlException(Span(start, offset), $"keys in {what} must be plain names, not lists or mappings");
                    }

                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, ReadNode(parser, offset, what)));
                }

                return new YamlMapping(entries, TextSpan.FromBounds(Position(start.Start, offset), Position(end!.End, offset)));
            }

            case AnchorAlias alias:
                throw new UnsupportedYamlException(Span(alias, offset), $"YAML aliases (*{alias.Value}) are not supported in {what}; repeat the value");

            default:
                throw new UnsupportedYamlException(Span(current, offset), $"unexpected YAML {current.GetType().Name}");
        }
    }

    public static int Position(Mark mark, int offset) => offset + (int)mark.Index;

    private static TextSpan Span(ParsingEvent e, int offset) =>
        TextSpan.FromBounds(Position(e.Start, offset), Math.Max(Position(e.Start, offset), Position(e.End, offset)));
}
