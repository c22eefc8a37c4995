package kz.kuzet.ui.review;

/**
 * Why a package was not opened: {@code reason} is the reader's code (e.g. {@code tampered_entry}, it picks the
 * short headline), {@code message} says what is wrong and what to do, already in the reader's language.
 */
public record Refusal(String fileName, String reason, String message) {
}
