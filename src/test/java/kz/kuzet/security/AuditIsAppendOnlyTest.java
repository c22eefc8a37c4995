package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

/** The application offers no way to change or delete an audit entry. */
class AuditIsAppendOnlyTest {

    @Test
    void entriesHaveNoSettersAndHibernateTreatsThemAsImmutable() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).allMatch(name -> name.startsWith("get"));
        assertThat(Arrays.stream(AuditEntry.class.getConstructors())).isEmpty();
    }

    @Test
    void theAuditServicesOnlyAppendAndRead() {
        for (Class<?> service : List.of(AuditTrail.class, AuditQueries.class, AuditVerifier.class)) {
            assertThat(Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .map(Method::getName))
                    .as(service.getSimpleName())
                    .allMatch(name -> List.of("change", "event", "recordEvent", "list", "listWithImported", "actors", "verify")
                            .contains(name));
        }
    }
}
