package dk.welfarealliance.internal.validation;

import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The one shared Hibernate Validator of the process, built lazily on first use (about 300 ms), and the
 * conversion of its violations into the library's {@link Violation}s.
 *
 * <p>Messages are not interpolated here: the template is kept and rendered later, on demand, by
 * {@link MessageBundles}. That keeps validation cheap and needs no expression-language implementation.
 */
public final class BeanValidation {
    private static final Set<String> DESCRIPTOR_NOISE = Set.of("groups", "payload", "message");

    private BeanValidation() {}

    private static final class Holder {
        // ignoreXmlConfiguration: an application's META-INF/validation.xml configures its own validators, not the
        // library's (and is not looked up and parsed at start-up)
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new TemplateKeepingInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** @return the violations of {@code bean}'s constraints, reported under {@code type}'s simple name */
    public static List<Violation> validate(Object bean, Class<?> type) {
        Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(bean);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> result = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            result.add(toViolation(cv, type.getSimpleName()));
        }
        return result;
    }

    /** @throws ValidationException if {@code bean} breaks any of its constraints */
    public static void check(Object bean, Class<?> type) {
        List<Violation> found = validate(bean, type);
        if (!found.isEmpty()) {
            Violations.of(type).addAll(found).throwIfAny();
        }
    }

    private static Violation toViolation(ConstraintViolation<Object> cv, String type) {
        String template = cv.getMessageTemplate();
        String rule = template.startsWith("{dk.welfarealliance.") && template.endsWith("}")
                ? template.substring("{dk.welfarealliance.".length(), template.length() - 1)
                : cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = new LinkedHashMap<>();
        cv.getConstraintDescriptor().getAttributes().forEach((k, v) -> {
            if (!DESCRIPTOR_NOISE.contains(k)) {
                attributes.put(k, v);
            }
        });
        HibernateConstraintViolation<?> hv = cv.unwrap(HibernateConstraintViolation.class);
        Map<?, ?> payload = hv.getDynamicPayload(Map.class);
        if (payload != null) {
            payload.forEach((k, v) -> attributes.put(String.valueOf(k), v));
        }
        return Violation.of(type, cv.getPropertyPath().toString(), rule, attributes);
    }

    /** Keeps templates as they are; {@link Violation#message(Locale)} renders them when asked. */
    private static final class TemplateKeepingInterpolator implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
