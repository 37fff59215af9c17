package dk.welfarealliance.internal.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The text rules of docs/model.md: valid Unicode scalar values only (no unpaired surrogates), no control
 * characters except a line feed where allowed, not blank (empty, or only characters that render as nothing:
 * see {@link InvisibleText}), at most {@code max} UTF-16 units. Text is never changed, only judged.
 */
public final class TextRules {
    /** Names and titles. */
    public static final int NAME_MAX = 200;
    /** Descriptions, reasons, evaluations. */
    public static final int LONG_TEXT_MAX = 4000;
    /** Codes. */
    public static final int CODE_MAX = 40;

    private TextRules() {}

    /** One broken text rule and the index of the offending UTF-16 unit, or -1. */
    public record Finding(Rule rule, int index) {}

    /** @return every broken rule, at most one of each kind, in a fixed order; empty if the text is fine */
    public static List<Finding> check(String text, int max, boolean lineFeedAllowed) {
        List<Finding> findings = new ArrayList<>(1);
        int surrogate = -1;
        int control = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (surrogate < 0) {
                    surrogate = i;
                }
            } else if (Character.isLowSurrogate(c)) {
                if (surrogate < 0) {
                    surrogate = i;
                }
            } else if (Character.getType(c) == Character.CONTROL && !(lineFeedAllowed && c == '\n')) {
                if (control < 0) {
                    control = i;
                }
            }
        }
        if (surrogate >= 0) {
            findings.add(new Finding(Rule.TEXT_UNPAIRED_SURROGATE, surrogate));
        }
        if (control >= 0) {
            findings.add(new Finding(Rule.TEXT_CONTROL_CHARACTER, control));
        }
        if (InvisibleText.isInvisible(text)) {
            findings.add(new Finding(Rule.TEXT_BLANK, -1));
        }
        if (text.length() > max) {
            findings.add(new Finding(Rule.TEXT_TOO_LONG, -1));
        }
        return findings;
    }

    /** Adds the findings for {@code text} at {@code path} to {@code violations}. */
    public static void check(Violations violations, String path, String text, int max, boolean lineFeedAllowed) {
        for (Finding f : check(text, max, lineFeedAllowed)) {
            if (f.rule() == Rule.TEXT_TOO_LONG) {
                violations.add(path, f.rule(), "max", max);
            } else if (f.index() >= 0) {
                violations.add(path, f.rule(), "index", f.index());
            } else {
                violations.add(path, f.rule());
            }
        }
    }
}
