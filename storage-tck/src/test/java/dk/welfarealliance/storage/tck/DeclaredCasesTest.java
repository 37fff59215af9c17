package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract declares exactly the cases it has, each named as a sentence, in groups the contract nests. */
class DeclaredCasesTest {
    @Test
    void the_declared_number_of_cases_is_the_number_of_case_methods_in_the_groups() {
        assertThat(caseMethods()).hasSize(AllianceStoreContract.DECLARED_CASES);
    }

    @Test
    void every_case_is_named_as_a_sentence_in_lower_snake_case() {
        assertThat(caseMethods()).allSatisfy(m -> assertThat(m.getName())
                .as("%s.%s", m.getDeclaringClass().getSimpleName(), m.getName())
                .matches("[a-z0-9]+(_[a-z0-9]+){3,}"));
    }

    @Test
    void every_group_is_a_nested_class_of_the_contract_extending_a_cases_class() {
        List<Class<?>> groups = groups();
        assertThat(groups).hasSize(15);
        assertThat(groups).allSatisfy(g -> assertThat(g.getSuperclass().getSimpleName()).isEqualTo(g.getSimpleName() + "Cases"));
        assertThat(DeclaredCaseCount.groups()).containsExactlyInAnyOrderElementsOf(groups.stream().map(Class::getSimpleName).toList());
    }

    private static List<Class<?>> groups() {
        return Arrays.stream(AllianceStoreContract.class.getDeclaredClasses()).filter(c -> c.isAnnotationPresent(Nested.class))
                .toList();
    }

    private static List<Method> caseMethods() {
        List<Method> cases = new ArrayList<>();
        for (Class<?> group : groups()) {
            for (Class<?> c = group; c != Object.class; c = c.getSuperclass()) {
                Arrays.stream(c.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).forEach(cases::add);
            }
        }
        return cases;
    }
}
