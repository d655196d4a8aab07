using System;
using System.Text;

namespace ContentGen.Generator.Emit;

/// <summary>A minimal indented writer: generated files are built line by line, never by syntax trees.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        // Generated files always use LF, whatever the OS, so output is byte-identical everywhere.
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (when given), an opening brace, and indents until the result is disposed.</summary>
    public Block Open(string? header)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return new Block(this);
    }

    /// <summary>Indents until the result is disposed, without writing braces.</summary>
    public Block Indent()
    {
        _indent++;
        return new Block(this, closeBrace: false);
    }

    public override string ToString() => _builder.ToString();

    public readonly struct Block(SourceWriter writer, bool closeBrace = true) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            if (closeBrace)
            {
                writer.Line("}");
            }
        }
    }
}
