package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void theDefaultHashIsSlowSaltedPbkdf2AndVerifies() {
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("correct horse battery".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(stored).doesNotContain("correct horse");
        assertThat(hasher.verify("correct horse battery".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct horse batterY".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String a = fast.hash("same password here".toCharArray());
        String b = fast.hash("same password here".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(fast.verify("same password here".toCharArray(), a)).isTrue();
        assertThat(fast.verify("same password here".toCharArray(), b)).isTrue();
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AA$AA",
                "pbkdf2-sha256$1000$!!!$AA"}) {
            assertThat(fast.verify("anything at all".toCharArray(), stored)).as(stored).isFalse();
        }
    }

    @Test
    void aHashWithFewerIterationsThanNowNeedsRehashing() {
        String old = fast.hash("some password 1".toCharArray());
        assertThat(new PasswordHasher(2_000).needsRehash(old)).isTrue();
        assertThat(fast.needsRehash(old)).isFalse();
        assertThat(new PasswordHasher(2_000).verify("some password 1".toCharArray(), old)).isTrue();
    }
}
