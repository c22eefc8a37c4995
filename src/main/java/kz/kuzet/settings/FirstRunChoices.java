package kz.kuzet.settings;

/**
 * Everything the first-run wizard asked: the settings to save, the database password for this session only,
 * whether to load demo data, and the first administrator (null when the database already has one).
 */
public record FirstRunChoices(ConsoleSettings settings, String databasePassword, boolean loadDemo,
        FirstAdministrator administrator) {

    public record FirstAdministrator(String username, String displayName, char[] password) {
    }
}
