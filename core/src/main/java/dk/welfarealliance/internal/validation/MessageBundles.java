package dk.welfarealliance.internal.validation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the library's message templates from its explicit {@code _en} and {@code _da} bundles.
 *
 * <p>The bundles use Hibernate Validator's contributor bundle name, so an application's own
 * {@code ValidationMessages} cannot shadow them. Lookup never falls back to the JVM's default locale:
 * Danish is asked for with {@code da}, everything else gets English. Every copy of the bundle on the class
 * path is merged (other libraries may ship one too); the library's keys are namespaced.
 */
public final class MessageBundles {
    static final String BUNDLE = "ContributorValidationMessages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    private MessageBundles() {}

    private static final class English {
        static final Map<String, String> MESSAGES = load("en");
    }

    private static final class Danish {
        static final Map<String, String> MESSAGES = load("da");
    }

    /** @return the bundle for {@code da} or {@code en}, as loaded from every copy on the class path */
    public static Map<String, String> messages(Locale locale) {
        return "da".equals(locale.getLanguage()) ? Danish.MESSAGES : English.MESSAGES;
    }

    /**
     * Renders {@code key} with {@code {name}} placeholders replaced by attribute values. An unknown key
     * renders as the key itself, so a missing message shows up instead of disappearing.
     */
    public static String render(String key, Map<String, Object> attributes, Locale locale) {
        String template = messages(locale).get(key);
        if (template == null) {
            return key;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = attributes.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> load(String language) {
        String resource = BUNDLE + "_" + language + ".properties";
        Map<String, String> merged = new HashMap<>();
        try {
            ClassLoader loader = MessageBundles.class.getClassLoader();
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(urls.nextElement().openStream(), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().forEach(k -> merged.putIfAbsent(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
        return Collections.unmodifiableMap(merged);
    }
}
