package kz.kuzet.security;

import static kz.kuzet.security.Permission.AUDIT_READ;
import static kz.kuzet.security.Permission.DATA_EXPORT;
import static kz.kuzet.security.Permission.DATA_IMPORT;
import static kz.kuzet.security.Permission.DEMO_LOAD;
import static kz.kuzet.security.Permission.NOTICE_PREPARE;
import static kz.kuzet.security.Permission.NOTICE_SEND;
import static kz.kuzet.security.Permission.RECORD_ASSIGN;
import static kz.kuzet.security.Permission.RECORD_CHANGE;
import static kz.kuzet.security.Permission.RECORD_FOLLOW_UP;
import static kz.kuzet.security.Permission.RECORD_READ;
import static kz.kuzet.security.Permission.REGISTRY_CHANGE;
import static kz.kuzet.security.Permission.REGISTRY_READ;
import static kz.kuzet.security.Permission.SETTINGS_MANAGE;
import static kz.kuzet.security.Permission.USER_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The role matrix, spelled out: a change to it is a deliberate change to this test. */
class RoleMatrixTest {

    @Test
    void eachRoleHasExactlyItsPermissions() {
        assertThat(Role.ANALYST.permissions()).containsExactlyInAnyOrder(RECORD_READ, RECORD_CHANGE,
                RECORD_FOLLOW_UP, REGISTRY_READ, NOTICE_PREPARE, NOTICE_SEND, DATA_IMPORT, DATA_EXPORT);
        assertThat(Role.SHIFT_LEAD.permissions()).containsExactlyInAnyOrder(RECORD_READ, RECORD_CHANGE,
                RECORD_ASSIGN, RECORD_FOLLOW_UP, REGISTRY_READ, REGISTRY_CHANGE, NOTICE_PREPARE, NOTICE_SEND,
                DATA_IMPORT, DATA_EXPORT);
        assertThat(Role.COORDINATOR.permissions()).containsExactlyInAnyOrder(RECORD_READ, RECORD_FOLLOW_UP,
                REGISTRY_READ, REGISTRY_CHANGE, DATA_EXPORT);
        assertThat(Role.AUDITOR.permissions()).containsExactlyInAnyOrder(RECORD_READ, REGISTRY_READ, AUDIT_READ,
                DATA_EXPORT);
        assertThat(Role.ADMINISTRATOR.permissions()).containsExactlyInAnyOrder(USER_MANAGE, SETTINGS_MANAGE,
                AUDIT_READ, REGISTRY_READ, DEMO_LOAD);
        assertThat(Role.values()).filteredOn(Role::isScopedToStateBody).containsExactly(Role.COORDINATOR);
    }

    @Test
    void rolesAreReadAsPeopleTypeThem() {
        assertThat(Role.fromId("admin")).isEqualTo(Role.ADMINISTRATOR);
        assertThat(Role.fromId("Shift-Lead")).isEqualTo(Role.SHIFT_LEAD);
        assertThat(Role.fromId("coordinator").id()).isEqualTo("coordinator");
        assertThatThrownBy(() -> Role.fromId("root")).hasMessage(
                "Unknown role 'root': use analyst, shift_lead, coordinator, auditor or admin.");
    }

    @Test
    void aCoordinatorWithoutAStateBodyCannotExist() {
        assertThatThrownBy(() -> Actor.user("c", Role.COORDINATOR, null, null))
                .hasMessageContaining("must belong to a state body");
        assertThat(Actor.user("a", Role.ANALYST, 5L, "MF").stateBodyId()).isNull();
        assertThatThrownBy(() -> new NewUser("kate", null, Role.COORDINATOR, null))
                .hasMessageContaining("give its code");
        assertThatThrownBy(() -> new NewUser("ann", null, Role.ANALYST, "MF"))
                .hasMessageContaining("Only a coordinator belongs to a state body");
        assertThatThrownBy(() -> new NewUser("a b", null, Role.ANALYST, null)).hasMessageContaining("not valid");
    }
}
