package dk.welfarealliance.report.html;

import org.owasp.encoder.Encode;

/**
 * Writes the page. Every text and attribute value goes through the OWASP Java Encoder: {@link #text(String)} for
 * element content, attribute values in {@link #open(String, String...)}. Only {@link #markup(String)} writes
 * unescaped, and it takes the module's own constant markup (the style sheet, path data it computed), never data.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(256 * 1024);

    /**
     * Opens element {@code tag} with attributes given as name, value pairs; values are escaped for a quoted
     * attribute.
     */
    Html open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + tag + "> come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Encode.forHtmlAttribute(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        return this;
    }

    /** Writes an element without content, e.g. {@code <rect .../>}, in the SVG way. */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    /** Closes element {@code tag}. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes {@code text} as element content, escaped. */
    Html text(String text) {
        out.append(Encode.forHtmlContent(text));
        return this;
    }

    /** Writes element {@code tag} holding {@code text}, escaped, with the given attributes. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes the module's own markup as it is; never pass data here. */
    Html markup(String constant) {
        out.append(constant);
        return this;
    }

    /** Writes a line break in the source, to keep it readable. */
    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
