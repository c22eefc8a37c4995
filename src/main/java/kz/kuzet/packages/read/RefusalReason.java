package kz.kuzet.packages.read;

import java.util.Locale;

/** Why a package was refused; each has a message in kk, ru and en (bundle {@code kz/kuzet/i18n/packages}). */
public enum RefusalReason {
    /** The file cannot be read at all. */
    UNREADABLE,
    /** Not a zip, or its end (central directory) is missing: cut short in transfer, or damaged. */
    TRUNCATED,
    /** No manifest.json, or it is not a version this Kuzet reads. */
    NOT_A_PACKAGE,
    UNSUPPORTED_VERSION,
    /** No signature beside the manifest. */
    UNSIGNED,
    /** The signature does not match the manifest: the manifest was changed after signing. */
    BAD_SIGNATURE,
    /** Signed correctly, but with a key this machine does not trust. */
    UNTRUSTED_SIGNER,
    /** An entry's content does not match its SHA-256 or size in the manifest. */
    TAMPERED_ENTRY,
    /** The zip holds an entry the manifest does not list. */
    UNLISTED_ENTRY,
    /** The manifest lists an entry the zip does not hold. */
    MISSING_ENTRY,
    /** An entry name that would escape the folder it is unpacked into (../, absolute, backslash, drive letter). */
    UNSAFE_PATH,
    /** Two entries with the same name. */
    DUPLICATE_ENTRY,
    /** More entries than any real package has. */
    TOO_MANY_ENTRIES,
    /** One entry larger than the limit. */
    ENTRY_TOO_LARGE,
    /** All entries together larger than the limit. */
    TOO_LARGE,
    /** An entry that expands far more than real content does (a zip bomb). */
    COMPRESSION_RATIO,
    /** Signed and intact, but an entry is not what the format says. */
    MALFORMED_CONTENT;

    /** The code machines read: {@code tampered_entry}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
