using System.Globalization;
using System.Text;
using ContentGen.Shared;

namespace ContentGen;

/// <summary>
/// Stylesheets for the code blocks ContentGen highlights at compile time: each token is a
/// <c>&lt;span class="hl-..."&gt;</c> inside <c>&lt;pre class="hl"&gt;</c>, and a theme is only CSS.
/// Serve one of these (or copy it into your own stylesheet), for example
/// <c>app.MapGet("/code.css", () => Results.Text(CodeStyles.Auto, "text/css"))</c>.
/// </summary>
/// <remarks>
/// Shipped as strings in the runtime library rather than as files in the package: they come
/// from the same table as the class names the generator writes (src/Shared/CodeTokens.cs), so the
/// two cannot drift apart, and any host can serve them without static-web-asset machinery.
/// </remarks>
public static class CodeStyles
{
    /// <summary>Colours for a light page (GitHub's light syntax colours).</summary>
    public static string Light { get; } = Theme(dark: false, indent: string.Empty);

    /// <summary>Colours for a dark page (GitHub's dark syntax colours).</summary>
    public static string Dark { get; } = Theme(dark: true, indent: string.Empty);

    /// <summary>Light, and dark when the reader's system prefers it (<c>prefers-color-scheme: dark</c>).</summary>
    public static string Auto { get; } = Light + "@media (prefers-color-scheme: dark) {\n" + Theme(dark: true, indent: "  ") + "}\n";

    private static string Theme(bool dark, string indent)
    {
        (string foreground, string background) = dark ? CodeTokens.DarkBlock : CodeTokens.LightBlock;
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $"{indent}pre.{CodeTokens.Block} {{ color: {foreground}; background: {background}; }}\n");
        foreach ((string name, string light, string darkColour, string? font) in CodeTokens.Palette)
        {
            css.Append(CultureInfo.InvariantCulture, $"{indent}.{CodeTokens.Block} .{CodeTokens.Block}-{name} {{ color: {(dark ? darkColour : light)};");
            if (font is not null)
            {
                css.Append(font == "bold" ? " font-weight: bold;" : " font-style: " + font + ";");
            }

            css.Append(" }\n");
        }

        return css.ToString();
    }
}
